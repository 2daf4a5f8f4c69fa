import { edit } from '../../../../../test/support/harness';
import { LAA, laa } from '../../../../../test/support/laa-drafts';
import { expectFindings } from '../../../../../test/support/rule-cases';

const RULE = 'laa/duty-to-consult';
const GROUPS =
  '  groups: [residents, children-and-young-people, hard-to-reach, third-sector, businesses, parish-councils, elected-members]';
const REACH =
  'the duty to consult on a Local Area Agreement reaches local people, businesses, parish and town councils, elected members and the third sector';

describe('laa/duty-to-consult', () => {
  it('lists the missing groups at the list of groups', () => {
    const text = edit(
      LAA,
      GROUPS,
      '  groups: ⟦[residents, children-and-young-people, hard-to-reach, third-sector, elected-members]⟧',
    );
    expectFindings(RULE, laa(text), [
      {
        severity: 'warning',
        message: `The consultation groups do not include \`parish-councils\` and \`businesses\`; ${REACH}, so consult these groups and add them to \`consultation.groups\`.`,
      },
    ]);
  });

  it('names a single missing group, in a block list', () => {
    const text = edit(
      LAA,
      GROUPS,
      '  groups:\n    ⟦- parish-councils\n    - elected-members\n    - businesses\n    - third-sector⟧',
    );
    expectFindings(RULE, laa(text), [
      {
        severity: 'warning',
        message: `The consultation groups do not include \`residents\`; ${REACH}, so consult this group and add it to \`consultation.groups\`.`,
      },
    ]);
  });

  it('lists all five for an empty list', () => {
    expectFindings(RULE, laa(edit(LAA, GROUPS, '  groups: ⟦[]⟧')), [
      {
        severity: 'warning',
        message:
          'The consultation groups do not include `parish-councils`, `elected-members`, `businesses`, `residents` and `third-sector`; ' +
          `${REACH}, so consult these groups and add them to \`consultation.groups\`.`,
      },
    ]);
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
