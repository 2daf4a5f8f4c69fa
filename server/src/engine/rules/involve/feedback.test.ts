import { deepStrictEqual } from 'node:assert/strict';
import { MINIMAL_SCS } from '../../../../../test/support/drafts';
import { edit } from '../../../../../test/support/harness';
import { checklistStatusOf, type Drafts, expectFindings } from '../../../../../test/support/rule-cases';

const RULE = 'involve/feedback';
const SCS = MINIMAL_SCS;

const consulted = (to: string, feedback = '') =>
  edit(
    SCS,
    'status: draft\n',
    `status: draft\nconsultation:\n  from: 2008-01-14\n  to: ${to}\n  groups: [residents, children-and-young-people, hard-to-reach, elected-members]\n${feedback}`,
  );
const on = (today: string, text: string): Drafts => ({ files: { 'draft.md': text }, check: 'draft.md', today });
const message = (to: string) =>
  `The consultation closed on ${to} and no feedback to consultees is recorded: tell consultees the results of the consultation ` +
  'and what is happening as a result, as authorities should, and record the date in ‘consultation.feedback’ (YYYY-MM-DD).';

describe('involve/feedback', () => {
  it('reports a closed consultation without feedback at `consultation.to`', () => {
    expectFindings(RULE, consulted('⟦2008-04-04⟧'), [{ severity: 'warning', message: message('2008-04-04') }]);
  });

  it('reports a consultation that closed yesterday, and not one that closes today or later', () => {
    expectFindings(RULE, on('2026-11-21', consulted('⟦2026-11-20⟧')), [{ severity: 'warning', message: message('2026-11-20') }]);
    expectFindings(RULE, on('2026-11-21', consulted('2026-11-21')), []);
    expectFindings(RULE, on('2026-11-21', consulted('2027-01-31')), []);
    expectFindings(RULE, on('2008-03-01', consulted('2008-04-04')), []);
  });

  it('reads a quoted date too', () => {
    expectFindings(RULE, consulted('⟦"2008-04-04"⟧'), [{ severity: 'warning', message: message('2008-04-04') }]);
  });

  it('stays quiet once feedback is recorded', () => {
    expectFindings(RULE, consulted('2008-04-04', '  feedback: 2008-06-02\n'), []);
  });

  it('stays quiet without a consultation, and leaves malformed dates to format/schema', () => {
    expectFindings(RULE, SCS, []);
    const malformed: [string, string][] = [
      [consulted('⟦2008-13-45⟧'), '‘consultation.to’ has the wrong form: make it a date written YYYY-MM-DD, not ‘2008-13-45’.'],
      [
        consulted('⟦4 April 2008⟧'),
        '‘consultation.to’ has the wrong form: make it a date written YYYY-MM-DD, not ‘4 April 2008’.',
      ],
      [
        consulted('2008-04-04', '  feedback:⟦⟧\n'),
        '‘consultation.feedback’ has the wrong form: make it a date written YYYY-MM-DD, not nothing.',
      ],
    ];
    for (const [text, schema] of malformed) {
      expectFindings(['format/schema', RULE], text, [{ rule: 'format/schema', severity: 'error', message: schema }]);
    }
  });

  it('checks every kind', () => {
    const housing = edit(consulted('⟦2008-04-04⟧'), 'kind: sustainable-community-strategy', 'kind: housing-strategy');
    expectFindings(RULE, housing, [{ severity: 'warning', message: message('2008-04-04') }]);
  });
});

describe('involve/feedback in the review checklist', () => {
  it('applies once the consultation has closed, and says why not before', () => {
    deepStrictEqual(checklistStatusOf(RULE, SCS), {
      status: 'not-applicable',
      reason: 'Applies once a consultation has closed; no ‘consultation.to’ date is given.',
    });
    deepStrictEqual(checklistStatusOf(RULE, on('2008-03-01', consulted('2008-04-11'))), {
      status: 'not-applicable',
      reason: 'Applies once the consultation has closed; it runs to 2008-04-11.',
    });
    deepStrictEqual(checklistStatusOf(RULE, on('2008-06-01', consulted('2008-04-11'))), { status: 'not-met' });
    deepStrictEqual(checklistStatusOf(RULE, on('2008-06-01', consulted('2008-04-11', '  feedback: 2008-05-20\n'))), {
      status: 'met',
    });
  });
});
