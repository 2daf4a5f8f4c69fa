import { deepStrictEqual } from 'node:assert/strict';
import { findingsOf, LINKED_DRAFTS, withChange } from './fixtures';

const RULE = 'align/timescales';

describe('align/timescales', () => {
  it('stays quiet when the LAA lies within its SCS period and the others overlap theirs', () => {
    for (const file of ['laa/laa.md', 'ldf/core.md', 'housing/housing.md']) deepStrictEqual(findingsOf(LINKED_DRAFTS, file, RULE), [], file);
  });

  it('reports an LAA that runs past its SCS, at `period`, with LF and CRLF', () => {
    const files = withChange('scs/county.md', (t) => t.replace('to: 2020}', 'to: 2010}'));
    const expected = [{
      rule: RULE, severity: 'warning', range: [5, 0, 5, 6] as [number, number, number, number], at: 'period',
      message: 'This LAA runs 2008 to 2011, outside the 2008 to 2010 of Exampleshire 2020 (../scs/county.md) that it delivers; good practice: keep the agreement within the SCS period.',
    }];
    deepStrictEqual(findingsOf(files, 'laa/laa.md', RULE), expected);
    deepStrictEqual(findingsOf(files, 'laa/laa.md', RULE, { crlf: true }), expected);
  });

  it('reports a housing strategy whose period does not overlap the SCS, and accepts one that just touches it', () => {
    const apart = withChange('housing/housing.md', (t) => t.replace('{from: 2009, to: 2014}', '{from: 2001, to: 2007}'));
    deepStrictEqual(findingsOf(apart, 'housing/housing.md', RULE).map((f) => f.message), [
      'This draft covers 2001 to 2007, which does not overlap the 2008 to 2026 of Millbrook Matters (../scs/district.md); good practice: align the periods so that the documents plan for the same years.',
    ]);
    const touching = withChange('housing/housing.md', (t) => t.replace('{from: 2009, to: 2014}', '{from: 2001, to: 2008}'));
    deepStrictEqual(findingsOf(touching, 'housing/housing.md', RULE), []);
  });
});
