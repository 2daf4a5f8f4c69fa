import { deepStrictEqual } from 'node:assert/strict';
import { MINIMAL_SCS } from '../../../../../test/support/drafts';
import { crlf, edit } from '../../../../../test/support/harness';
import { checklistStatusOf, expectFindings, findingsOf } from '../../../../../test/support/rule-cases';

const RULE = 'scs/full-council';
const SCS = MINIMAL_SCS;

const approved = (body: string, status = 'adopted') =>
  edit(
    edit(SCS, 'status: draft', `status: ${status}`),
    '    title: Safer communities\n',
    `    title: Safer communities\napproval:\n  body: ${body}\n  date: 2008-07-10\n`,
  );

describe('scs/full-council', () => {
  const MESSAGE =
    '‘executive’ approved this adopted SCS: set ‘approval.body: full-council’, as the SCS must be agreed at full council.';
  const TITLE = 'Set ‘approval.body’ to ‘full-council’';

  it('reports an adopted SCS approved by the executive, at `approval.body`', () => {
    expectFindings(RULE, approved('⟦executive⟧'), [{ severity: 'error', message: MESSAGE }]);
  });

  it('offers to set the body to `full-council`', () => {
    deepStrictEqual(findingsOf(RULE, approved('executive'))[0].fix, { title: TITLE, result: approved('full-council') });
    deepStrictEqual(findingsOf(RULE, crlf(approved('executive')))[0].fix, {
      title: TITLE,
      result: crlf(approved('full-council')),
    });
  });

  it('replaces a quoted body, quotes and all', () => {
    expectFindings(RULE, approved('⟦"executive"⟧'), [{ severity: 'error', message: MESSAGE }]);
    deepStrictEqual(findingsOf(RULE, approved('"executive"'))[0].fix?.result, approved('full-council'));
  });

  it('stays quiet when full council agreed it', () => {
    expectFindings(RULE, approved('full-council'), []);
  });

  it('stays quiet until the SCS is adopted', () => {
    for (const status of ['draft', 'consultation', 'submitted', 'superseded']) {
      expectFindings(RULE, approved('executive', status), []);
    }
  });

  it('leaves an unknown body or a missing approval to format/schema', () => {
    expectFindings(['format/schema', RULE], approved('⟦cabinet⟧'), [
      {
        rule: 'format/schema',
        severity: 'error',
        message: '‘cabinet’ is not a valid ‘approval.body’; use ‘full-council’ or ‘executive’.',
      },
    ]);
    expectFindings(['format/schema', RULE], edit(SCS, 'status: draft', 'status: ⟦adopted⟧'), [
      {
        rule: 'format/schema',
        severity: 'error',
        message:
          'An adopted document needs ‘approval’ with the ‘body’ that approved it and the ‘date’: add ‘approval: {body: full-council, date: YYYY-MM-DD}’.',
      },
    ]);
  });

  it('checks only sustainable community strategies', () => {
    expectFindings(RULE, edit(approved('executive'), 'kind: sustainable-community-strategy', 'kind: housing-strategy'), []);
  });
});

describe('scs/full-council in the review checklist', () => {
  it('is not applicable until the SCS is adopted, and says why', () => {
    deepStrictEqual(checklistStatusOf(RULE, SCS), {
      status: 'not-applicable',
      reason: 'Applies once the SCS is adopted; its status is ‘draft’.',
    });
    deepStrictEqual(checklistStatusOf(RULE, approved('full-council')), { status: 'met' });
    deepStrictEqual(checklistStatusOf(RULE, approved('executive')), { status: 'not-met' });
  });
});
