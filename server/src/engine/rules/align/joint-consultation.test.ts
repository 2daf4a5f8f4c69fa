import { deepStrictEqual } from 'node:assert/strict';
import { findingsOf, LINKED_DRAFTS, withChange } from './fixtures';

const RULE = 'align/joint-consultation';

describe('align/joint-consultation', () => {
  it('stays quiet when the Core Strategy and SCS consultations overlap', () => {
    deepStrictEqual(findingsOf(LINKED_DRAFTS, 'ldf/core.md', RULE), []);
  });

  it('reports windows that do not overlap, at the Core Strategy consultation, with LF and CRLF', () => {
    const files = withChange('ldf/core.md', (t) => t.replace('from: 2008-02-01\n  to: 2008-04-30', 'from: 2008-04-01\n  to: 2008-04-30'));
    const expected = [{
      rule: RULE, severity: 'info', range: [16, 0, 16, 12] as [number, number, number, number], at: 'consultation',
      message: 'This consultation (2008-04-01 to 2008-04-30) does not overlap the consultation on Millbrook Matters (../scs/district.md) (2008-01-10 to 2008-03-31); consulting on both together spares people consultation fatigue.',
    }];
    deepStrictEqual(findingsOf(files, 'ldf/core.md', RULE), expected);
    deepStrictEqual(findingsOf(files, 'ldf/core.md', RULE, { crlf: true }), expected);
  });
});
