import { deepStrictEqual } from 'node:assert/strict';
import { findingsOf, LINKED_DRAFTS, withChange } from './fixtures';

const RULE = 'align/shared-evidence';

describe('align/shared-evidence', () => {
  it('stays quiet when the Core Strategy shares an evidence id with its SCS', () => {
    deepStrictEqual(findingsOf(LINKED_DRAFTS, 'ldf/core.md', RULE), []);
  });

  it('reports a Core Strategy that shares no evidence, at its evidence key, with LF and CRLF', () => {
    const files = withChange('ldf/core.md', (t) => t.replace('{id: shma-2007,', '{id: shma-2006,'));
    const expected = [{
      rule: RULE, severity: 'info', range: [12, 0, 12, 8] as [number, number, number, number], at: 'evidence',
      message: 'This Core Strategy shares no evidence with Millbrook Matters (../scs/district.md); good practice: list the studies both rest on under `evidence` with the same `id` (the SCS has `millbrook-jsna`, `shma-2007`).',
    }];
    deepStrictEqual(findingsOf(files, 'ldf/core.md', RULE), expected);
    deepStrictEqual(findingsOf(files, 'ldf/core.md', RULE, { crlf: true }), expected);
  });
});
