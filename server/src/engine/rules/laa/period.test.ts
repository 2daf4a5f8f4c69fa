import { deepStrictEqual } from 'node:assert/strict';
import { edit } from '../../../../../test/support/harness';
import { LAA, laa } from '../../../../../test/support/laa-drafts';
import { expectFindings, findingsOf } from '../../../../../test/support/rule-cases';

const RULE = 'laa/period';

describe('laa/period', () => {
  it('reports a two-year agreement at the `period` key', () => {
    expectFindings(RULE, laa(edit(LAA, 'period:\n  from: 2008\n  to: 2011', '⟦period⟧:\n  from: 2008\n  to: 2010')), [
      {
        severity: 'warning',
        message:
          'This agreement runs from 2008 to 2010, which is two years; make the period three years (from 2008 to 2011), as a Local Area Agreement sets three-year improvement targets.',
      },
    ]);
  });

  it('says how long a longer or shorter agreement runs', () => {
    const opening = (to: string) => findingsOf(RULE, laa(edit(LAA, '  to: 2011', `  to: ${to}`)))[0].message.split(';')[0];
    deepStrictEqual(opening('2012'), 'This agreement runs from 2008 to 2012, which is four years');
    deepStrictEqual(opening('2009'), 'This agreement runs from 2008 to 2009, which is one year');
    deepStrictEqual(opening('2008'), 'This agreement runs from 2008 to 2008, which is less than a year');
    deepStrictEqual(opening('2020'), 'This agreement runs from 2008 to 2020, which is 12 years');
  });

  it('stays quiet on a correct agreement', () => {
    expectFindings(RULE, laa(LAA), []);
  });

  it('leaves a missing, malformed or reversed period to format/schema', () => {
    expectFindings(RULE, laa(edit(LAA, 'period:\n  from: 2008\n  to: 2011\n', '')), []);
    expectFindings(RULE, laa(edit(LAA, '  to: 2011', '  to: soon')), []);
    expectFindings(RULE, laa(edit(LAA, '  to: 2011', '  to: 2007')), []);
  });
});
