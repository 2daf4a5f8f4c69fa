import { deepStrictEqual } from 'node:assert/strict';
import { crlf } from '../../../../../test/support/harness';
import { LAA, checkLaa, edit, type Range } from './fixtures';

const RULE = 'laa/named-partners';
const EMPTY = "list of partners is empty; name every partner authority that agreed to help deliver it, its lead among them.";

describe('laa/named-partners', () => {
  it('reports a target with no `partners` at its id, with LF and CRLF', () => {
    const text = edit(LAA, '    partners:\n      - Jobcentre Plus\n      - Exampleshire County Council\n', '');
    const expected = [
      {
        rule: RULE,
        severity: 'error',
        range: [23, 8, 23, 10] as Range,
        message: 'Target `T2` names no partners; add `partners:` with the name of every partner authority that agreed to help deliver it, its lead among them.',
      },
    ];
    deepStrictEqual(checkLaa(RULE, text), expected);
    deepStrictEqual(checkLaa(RULE, crlf(text)), expected);
  });

  it('reports an empty list at the list, with LF and CRLF', () => {
    const text = edit(LAA, '    partners: [Exampleshire Constabulary, Exampleshire County Council]', '    partners: []');
    const expected = [{ rule: RULE, severity: 'error', range: [21, 14, 21, 16] as Range, message: `Target \`T1\`'s ${EMPTY}` }];
    deepStrictEqual(checkLaa(RULE, text), expected);
    deepStrictEqual(checkLaa(RULE, crlf(text)), expected);
  });

  it('reports `partners:` with nothing after it at the key', () => {
    const text = edit(LAA, '    partners: [Exampleshire Constabulary, Exampleshire County Council]', '    partners:');
    deepStrictEqual(checkLaa(RULE, text), [{ rule: RULE, severity: 'error', range: [21, 4, 21, 12], message: `Target \`T1\`'s ${EMPTY}` }]);
  });

  it('stays quiet on a correct agreement', () => {
    deepStrictEqual(checkLaa(RULE, LAA), []);
    deepStrictEqual(checkLaa(RULE, crlf(LAA)), []);
  });

  it('leaves partners that are not a list of names to format/schema', () => {
    deepStrictEqual(checkLaa(RULE, edit(LAA, '    partners: [Exampleshire Constabulary, Exampleshire County Council]', '    partners: Exampleshire County Council')), []);
    deepStrictEqual(checkLaa(RULE, edit(LAA, '    partners: [Exampleshire Constabulary, Exampleshire County Council]', '    partners: [1, 2]')), []);
  });
});
