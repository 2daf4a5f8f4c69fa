import { edit } from '../../../../../test/support/harness';
import { LAA, laa } from '../../../../../test/support/laa-drafts';
import { expectFindings } from '../../../../../test/support/rule-cases';

const RULE = 'laa/duty-to-consult';
const GROUPS =
  '  groups: [residents, children-and-young-people, hard-to-reach, third-sector, businesses, parish-councils, elected-members]';
const REACH =
  'as the duty to consult on a Local Area Agreement reaches local people, businesses, parish and town councils, elected members and the third sector';

describe('laa/duty-to-consult', () => {
  /** The LAA consulting `groups` (the line written out, its expected place marked) gets one warning: `message`. */
  const warns = (groups: string, message: string) =>
    expectFindings(RULE, laa(edit(LAA, GROUPS, groups)), [{ severity: 'warning', message }]);

  it('lists the missing groups at the list of groups', () => {
    warns(
      '  groups: ⟦[residents, children-and-young-people, hard-to-reach, third-sector, elected-members]⟧',
      `‘consultation.groups’ lacks two groups: consult ‘parish-councils’ and ‘businesses’ and add them to the list, ${REACH}.`,
    );
  });

  it('names a single missing group, in a block list', () => {
    warns(
      '  groups:\n    ⟦- parish-councils\n    - elected-members\n    - businesses\n    - third-sector⟧',
      `‘consultation.groups’ lacks one group: consult ‘residents’ and add it to the list, ${REACH}.`,
    );
  });

  it('lists all five for an empty list', () => {
    warns(
      '  groups: ⟦[]⟧',
      '‘consultation.groups’ lacks five groups: consult ‘parish-councils’, ‘elected-members’, ‘businesses’, ‘residents’ and ‘third-sector’ ' +
        `and add them to the list, ${REACH}.`,
    );
  });

  it('stays quiet on a correct agreement', () => {
    expectFindings(RULE, laa(LAA), []);
  });

  it('leaves a missing consultation to involve/representatives and missing groups to format/schema', () => {
    expectFindings(
      RULE,
      laa(edit(LAA, `consultation:\n  from: 2008-01-21\n  to: 2008-03-28\n${GROUPS}\n  feedback: 2008-05-09\n`, '')),
      [],
    );
    expectFindings(RULE, laa(edit(LAA, `${GROUPS}\n`, '')), []);
    expectFindings(RULE, laa(edit(LAA, GROUPS, '  groups: residents')), []);
  });
});
