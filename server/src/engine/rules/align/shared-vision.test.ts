import { deepStrictEqual, strictEqual } from 'node:assert/strict';
import { workspace } from '../../../../../test/support/harness';
import { applyEdits } from '../support';
import { findingsOf, LINKED_DRAFTS, VISION, withChange } from './fixtures';
import { describeDifference } from './shared-vision';

const RULE = 'align/shared-vision';

describe('align/shared-vision', () => {
  it('stays quiet when the vision matches the SCS, whitespace and case aside', () => {
    deepStrictEqual(findingsOf(LINKED_DRAFTS, 'ldf/core.md', RULE), []);
    const files = withChange('housing/housing.md', (t) => t.replace(`vision: ${VISION}`, `vision: "  ${VISION.toUpperCase()}"`));
    deepStrictEqual(findingsOf(files, 'housing/housing.md', RULE), []);
  });

  it('shows the word-level difference at the vision, with LF and CRLF', () => {
    const files = withChange('ldf/core.md', (t) => t.replace('vibrant rural villages', 'its surrounding villages'));
    const expected = [{
      rule: RULE, severity: 'warning', range: [6, 8, 6, 96] as [number, number, number, number],
      at: 'A thriving market town and its surrounding villages where everyone shares in prosperity.',
      message: 'This vision differs from the vision of Millbrook Matters (../scs/district.md): … market town and [-vibrant rural-] {+its surrounding+} villages where everyone …. Good practice: carry the SCS\'s vision word for word, or change both.',
    }];
    deepStrictEqual(findingsOf(files, 'ldf/core.md', RULE), expected);
    deepStrictEqual(findingsOf(files, 'ldf/core.md', RULE, { crlf: true }), expected);
  });

  it('offers the SCS vision as a fix and points at it', () => {
    const files = withChange('ldf/core.md', (t) => t.replace('vibrant rural villages', 'its surrounding villages'));
    const [finding] = workspace(files).findings('ldf/core.md').filter((f) => f.rule === RULE);
    strictEqual(applyEdits(files['ldf/core.md'], finding.fix!.edits), LINKED_DRAFTS['ldf/core.md']);
    const scs = files['scs/district.md'];
    deepStrictEqual(finding.related, [{ path: '/ws/scs/district.md', span: { start: scs.indexOf(VISION), end: scs.indexOf(VISION) + VISION.length }, message: 'The SCS vision' }]);
  });

  it('asks a draft with no vision to carry the SCS vision, and the fix adds it', () => {
    const files = withChange('housing/housing.md', (t) => t.replace(`vision: ${VISION}\n`, ''));
    deepStrictEqual(findingsOf(files, 'housing/housing.md', RULE).map((f) => [f.range, f.message]), [
      [[0, 0, 0, 3], 'This draft carries no vision of its own; good practice: share the vision of Millbrook Matters (../scs/district.md): add `vision:` with its words.'],
    ]);
    const [finding] = workspace(files).findings('housing/housing.md').filter((f) => f.rule === RULE);
    const fixed = applyEdits(files['housing/housing.md'], finding.fix!.edits);
    strictEqual(fixed.includes(`\nvision: ${VISION}\n---\n`), true);
    deepStrictEqual(workspace({ ...files, 'housing/housing.md': fixed }).findings('housing/housing.md').filter((f) => f.rule === RULE), []);
  });

  it('describes differences compactly', () => {
    strictEqual(describeDifference('Safe, green and fair for all.', 'Safe, green and fair for everyone.'), '… and fair for [-all-] {+everyone+}.');
    strictEqual(describeDifference('One two.', 'One two three.'), 'One two {+three+}.');
  });
});
