import { deepStrictEqual } from 'node:assert/strict';
import { workspace } from '../../../../../test/support/harness';
import { findingsOf, LINKED_DRAFTS, withChange } from './fixtures';

const RULE = 'align/spatial-delivery';

describe('align/spatial-delivery', () => {
  it('stays quiet when the linked Core Strategy delivers every spatial priority', () => {
    deepStrictEqual(findingsOf(LINKED_DRAFTS, 'scs/district.md', RULE), []);
  });

  it('reports a spatial priority no objective delivers, at the priority id, even with the Core Strategy closed', () => {
    const files = withChange('ldf/core.md', (t) => t.replace('delivers: [D2]', 'delivers: [D1]'));
    const expected = [{
      rule: RULE, severity: 'warning', range: [14, 8, 14, 10] as [number, number, number, number], at: 'D2',
      message: 'Priority `D2` is spatial, but no objective of Millbrook Core Strategy (../ldf/core.md) delivers it; good practice: add it to the `delivers` of the objective that does.',
    }];
    deepStrictEqual(findingsOf(files, 'scs/district.md', RULE), expected);
    deepStrictEqual(findingsOf(files, 'scs/district.md', RULE, { crlf: true }), expected);
    const [finding] = workspace(files).findings('scs/district.md').filter((f) => f.rule === RULE);
    const core = files['ldf/core.md'];
    deepStrictEqual(finding.related, [{ path: '/ws/ldf/core.md', span: { start: core.indexOf('objectives:'), end: core.indexOf('objectives:') + 10 }, message: 'The Core Strategy objectives' }]);
  });

  it('says so when no Core Strategy is linked or delivers anything', () => {
    const files = withChange('scs/district.md', (t) => t.replace('  core-strategy: ../ldf/core.md\n', ''));
    delete (files as Record<string, string>)['ldf/core.md'];
    deepStrictEqual(findingsOf(files, 'scs/district.md', RULE).map((f) => [f.at, f.message]), [
      ['D1', 'Priority `D1` is spatial, but no Core Strategy is linked to deliver it; good practice: link one in `related.core-strategy` and name this priority in an objective’s `delivers`.'],
      ['D2', 'Priority `D2` is spatial, but no Core Strategy is linked to deliver it; good practice: link one in `related.core-strategy` and name this priority in an objective’s `delivers`.'],
    ]);
  });
});
