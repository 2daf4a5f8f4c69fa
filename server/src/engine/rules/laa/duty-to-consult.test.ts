import { deepStrictEqual } from 'node:assert/strict';
import { crlf } from '../../../../../test/support/harness';
import { LAA, checkLaa, edit, type Range } from './fixtures';

const RULE = 'laa/duty-to-consult';
const GROUPS = '  groups: [residents, children-and-young-people, hard-to-reach, third-sector, businesses, parish-councils, elected-members]';
const REACH = 'the duty to consult on a Local Area Agreement reaches local people, businesses, parish and town councils, elected members and the third sector';

describe('laa/duty-to-consult', () => {
  it('lists the missing groups at the list of groups, with LF and CRLF', () => {
    const text = edit(LAA, GROUPS, '  groups: [residents, children-and-young-people, hard-to-reach, third-sector, elected-members]');
    const expected = [
      {
        rule: RULE,
        severity: 'warning',
        range: [49, 10, 49, 94] as Range,
        message: `The consultation groups do not include \`parish-councils\` and \`businesses\`; ${REACH}, so consult these groups and add them to \`consultation.groups\`.`,
      },
    ];
    deepStrictEqual(checkLaa(RULE, text), expected);
    deepStrictEqual(checkLaa(RULE, crlf(text)), expected);
  });

  it('names a single missing group, in a block list', () => {
    const text = edit(LAA, GROUPS, '  groups:\n    - parish-councils\n    - elected-members\n    - businesses\n    - third-sector');
    deepStrictEqual(checkLaa(RULE, text), [
      { rule: RULE, severity: 'warning', range: [50, 4, 53, 18], message: `The consultation groups do not include \`residents\`; ${REACH}, so consult this group and add it to \`consultation.groups\`.` },
    ]);
  });

  it('lists all five for an empty list', () => {
    const [seen] = checkLaa(RULE, edit(LAA, GROUPS, '  groups: []'));
    deepStrictEqual(seen.range, [49, 10, 49, 12]);
    deepStrictEqual(seen.message.startsWith('The consultation groups do not include `parish-councils`, `elected-members`, `businesses`, `residents` and `third-sector`;'), true);
  });

  it('stays quiet on a correct agreement', () => {
    deepStrictEqual(checkLaa(RULE, LAA), []);
    deepStrictEqual(checkLaa(RULE, crlf(LAA)), []);
  });

  it('leaves a missing consultation to involve/representatives and missing groups to format/schema', () => {
    deepStrictEqual(checkLaa(RULE, edit(LAA, `consultation:\n  from: 2008-01-21\n  to: 2008-03-28\n${GROUPS}\n  feedback: 2008-05-09\n`, '')), []);
    deepStrictEqual(checkLaa(RULE, edit(LAA, `${GROUPS}\n`, '')), []);
    deepStrictEqual(checkLaa(RULE, edit(LAA, GROUPS, '  groups: residents')), []);
  });
});
