import { deepStrictEqual } from 'node:assert/strict';
import { findingsOf, LINKED_DRAFTS, withChange } from './fixtures';

const RULE = 'align/housing-link';

describe('align/housing-link', () => {
  it('stays quiet when the housing strategy names its SCS', () => {
    deepStrictEqual(findingsOf(LINKED_DRAFTS, 'housing/housing.md', RULE), []);
  });

  it('reports a housing strategy with no related.scs at `related`, or at the fence without it', () => {
    const files = withChange('housing/housing.md', (t) => t.replace('related:\n  scs: ../scs/district.md', 'related:\n  laa: ../laa/laa.md'));
    const expected = [{
      rule: RULE, severity: 'warning', range: [7, 0, 7, 7] as [number, number, number, number], at: 'related',
      message: 'This housing strategy names no Sustainable Community Strategy; add `related: {scs: <path to the SCS>}` so that it can be kept aligned with it.',
    }];
    deepStrictEqual(findingsOf(files, 'housing/housing.md', RULE), expected);
    deepStrictEqual(findingsOf(files, 'housing/housing.md', RULE, { crlf: true }), expected);
    const none = withChange('housing/housing.md', (t) => t.replace('related:\n  scs: ../scs/district.md\n', ''));
    deepStrictEqual(findingsOf(none, 'housing/housing.md', RULE).map((f) => f.at), ['---']);
  });
});
