import { deepStrictEqual, strictEqual } from 'node:assert/strict';
import { workspace } from '../../../../../test/support/harness';
import { applyEdits } from '../support';
import { findingsOf, LINKED_DRAFTS, withChange } from './fixtures';

const RULE = 'align/stale';

describe('align/stale', () => {
  it('stays quiet when the recorded version is current', () => {
    deepStrictEqual(findingsOf(LINKED_DRAFTS, 'ldf/core.md', RULE), []);
  });

  it('reports a link whose target has moved on, at the recorded version, with LF and CRLF', () => {
    const files = withChange('scs/district.md', (t) => t.replace('version: 2', 'version: 3'));
    const expected = [{
      rule: RULE, severity: 'warning', range: [8, 43, 8, 44] as [number, number, number, number], at: '2',
      message: 'This draft was aligned with version 2 of Millbrook Matters (../scs/district.md), which is now at version 3; review what changed, then record version 3.',
    }];
    deepStrictEqual(findingsOf(files, 'ldf/core.md', RULE), expected);
    deepStrictEqual(findingsOf(files, 'ldf/core.md', RULE, { crlf: true }), expected);
  });

  it('“Mark as aligned with version N” records the current version and nothing else', () => {
    const files = withChange('scs/district.md', (t) => t.replace('version: 2', 'version: 3'));
    const [finding] = workspace(files).findings('ldf/core.md').filter((f) => f.rule === RULE);
    strictEqual(finding.fix!.title, 'Mark as aligned with version 3');
    strictEqual(applyEdits(files['ldf/core.md'], finding.fix!.edits), files['ldf/core.md'].replace('version: 2}', 'version: 3}'));
  });
});
