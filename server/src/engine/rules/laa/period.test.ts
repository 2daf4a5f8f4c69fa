import { deepStrictEqual } from 'node:assert/strict';
import { crlf } from '../../../../../test/support/harness';
import { LAA, checkLaa, edit, type Range } from './fixtures';

const RULE = 'laa/period';

describe('laa/period', () => {
  it('reports a two-year agreement at the `period` key, with LF and CRLF', () => {
    const text = edit(LAA, '  to: 2011', '  to: 2010');
    const expected = [
      {
        rule: RULE,
        severity: 'warning',
        range: [7, 0, 7, 6] as Range,
        message: 'This agreement runs from 2008 to 2010, which is two years; a Local Area Agreement sets three-year improvement targets, so make the period three years (from 2008 to 2011).',
      },
    ];
    deepStrictEqual(checkLaa(RULE, text), expected);
    deepStrictEqual(checkLaa(RULE, crlf(text)), expected);
  });

  it('says how long a longer or shorter agreement runs', () => {
    deepStrictEqual(checkLaa(RULE, edit(LAA, '  to: 2011', '  to: 2012'))[0].message.startsWith('This agreement runs from 2008 to 2012, which is four years;'), true);
    deepStrictEqual(checkLaa(RULE, edit(LAA, '  to: 2011', '  to: 2009'))[0].message.startsWith('This agreement runs from 2008 to 2009, which is one year;'), true);
    deepStrictEqual(checkLaa(RULE, edit(LAA, '  to: 2011', '  to: 2008'))[0].message.startsWith('This agreement runs from 2008 to 2008, which is less than a year;'), true);
    deepStrictEqual(checkLaa(RULE, edit(LAA, '  to: 2011', '  to: 2020'))[0].message.startsWith('This agreement runs from 2008 to 2020, which is 12 years;'), true);
  });

  it('stays quiet on a correct agreement', () => {
    deepStrictEqual(checkLaa(RULE, LAA), []);
    deepStrictEqual(checkLaa(RULE, crlf(LAA)), []);
  });

  it('leaves a missing, malformed or reversed period to format/schema', () => {
    deepStrictEqual(checkLaa(RULE, edit(LAA, 'period:\n  from: 2008\n  to: 2011\n', '')), []);
    deepStrictEqual(checkLaa(RULE, edit(LAA, '  to: 2011', '  to: soon')), []);
    deepStrictEqual(checkLaa(RULE, edit(LAA, '  to: 2011', '  to: 2007')), []);
  });
});
