import { CORE, MINIMAL_SCS } from '../../../../../test/support/drafts';
import { edit } from '../../../../../test/support/harness';
import { expectFindings } from '../../../../../test/support/rule-cases';

const RULE = 'core/community-involvement';
const SCS = MINIMAL_SCS;

const WITHOUT = edit(CORE, 'community-involvement:\n  adopted: 2007-05-01\n', '');

describe('core/community-involvement', () => {
  it('reports a Core Strategy without a Statement of Community Involvement at the opening fence', () => {
    expectFindings(RULE, edit(WITHOUT, '---\n', '⟦---⟧\n'), [
      {
        severity: 'info',
        message:
          'This Core Strategy does not name its Statement of Community Involvement: add ‘community-involvement:’ with the path to the statement, ' +
          'or ‘{adopted: YYYY-MM-DD}’ with the date it was adopted; the authority must prepare the statement and follow it.',
      },
    ]);
  });

  it('stays quiet when the statement is dated or linked', () => {
    expectFindings(RULE, CORE, []);
    expectFindings(RULE, edit(CORE, 'community-involvement:\n  adopted: 2007-05-01', 'community-involvement: ../sci.md'), []);
  });

  it('leaves a key with no value to format/schema', () => {
    expectFindings(
      ['format/schema', RULE],
      edit(CORE, 'community-involvement:\n  adopted: 2007-05-01', 'community-involvement:⟦⟧'),
      [
        {
          rule: 'format/schema',
          severity: 'error',
          message:
            '‘community-involvement’ has the wrong form: make it a relative path, or a map with the ‘adopted’ date, not nothing.',
        },
      ],
    );
  });

  it('checks only Core Strategies', () => {
    expectFindings(RULE, SCS, []);
  });
});
