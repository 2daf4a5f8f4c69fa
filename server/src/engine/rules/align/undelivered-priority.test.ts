import { deepStrictEqual } from 'node:assert/strict';
import { findingsOf, LINKED_DRAFTS, withChange } from './fixtures';

const RULE = 'align/undelivered-priority';

describe('align/undelivered-priority', () => {
  it('stays quiet when LAA targets, objectives and housing priorities name every priority', () => {
    deepStrictEqual(findingsOf(LINKED_DRAFTS, 'scs/county.md', RULE), []);
    deepStrictEqual(findingsOf(LINKED_DRAFTS, 'scs/district.md', RULE), []);
  });

  it('reports a priority nothing in the workspace delivers, looking into drafts that are not open', () => {
    const files = withChange('housing/housing.md', (t) => t.replace('supports: [D1, D3]', 'supports: [D1]'));
    const expected = [{
      rule: RULE, severity: 'info', range: [18, 8, 18, 10] as [number, number, number, number], at: 'D3',
      message: 'No LAA target, Core Strategy objective or housing priority in the workspace delivers priority `D3`; name it in the `priority`, `delivers` or `supports` of the one that does.',
    }];
    deepStrictEqual(findingsOf(files, 'scs/district.md', RULE), expected);
    deepStrictEqual(findingsOf(files, 'scs/district.md', RULE, { crlf: true }), expected);
  });

  it('does not count references from drafts that link to another SCS', () => {
    const files = withChange('laa/laa.md', (t) => t.replace('scs: ../scs/county.md', 'scs: ../scs/district.md').replace('priority: C2', 'priority: D1'));
    deepStrictEqual(findingsOf(files, 'scs/county.md', RULE).map((f) => f.at), ['C1', 'C2']);
  });
});
