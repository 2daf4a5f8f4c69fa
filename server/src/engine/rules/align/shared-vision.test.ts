import { deepStrictEqual, strictEqual } from 'node:assert/strict';
import { LINKED_DRAFTS, VISION, linked, withChange } from '../../../../../test/support/linked-drafts';
import { expectFindings, findingsOf } from '../../../../../test/support/rule-cases';
import { describeDifference } from './shared-vision';

const RULE = 'align/shared-vision';

describe('align/shared-vision', () => {
  it('stays quiet when the vision matches the SCS, whitespace and case aside', () => {
    expectFindings(RULE, linked('ldf/core.md'), []);
    const files = withChange('housing/housing.md', (t) => t.replace(`vision: ${VISION}`, `vision: "  ${VISION.toUpperCase()}"`));
    expectFindings(RULE, linked('housing/housing.md', files), []);
  });

  it('shows the word-level difference at the vision', () => {
    const files = withChange('ldf/core.md', (t) =>
      t.replace(`vision: ${VISION}`, `vision: ⟦${VISION.replace('vibrant rural villages', 'its surrounding villages')}⟧`),
    );
    expectFindings(RULE, linked('ldf/core.md', files), [
      {
        severity: 'warning',
        message:
          "This vision differs from the vision of Millbrook Matters (../scs/district.md): … market town and [-vibrant rural-] {+its surrounding+} villages where everyone …. Good practice: carry the SCS's vision word for word, or change both.",
      },
    ]);
  });

  it('offers the SCS vision as a fix and points at it', () => {
    const files = withChange('ldf/core.md', (t) => t.replace('vibrant rural villages', 'its surrounding villages'));
    const [finding] = findingsOf(RULE, linked('ldf/core.md', files));
    strictEqual(finding.fix?.result, LINKED_DRAFTS['ldf/core.md']);
    deepStrictEqual(finding.related, [{ file: 'scs/district.md', at: VISION, message: 'The SCS vision' }]);
  });

  it('asks a draft with no vision to carry the SCS vision, and the fix adds it', () => {
    const files = withChange('housing/housing.md', (t) => t.replace(`vision: ${VISION}\n`, '').replace(/^---/, '⟦---⟧'));
    expectFindings(RULE, linked('housing/housing.md', files), [
      {
        severity: 'warning',
        message:
          'This draft carries no vision of its own; good practice: share the vision of Millbrook Matters (../scs/district.md): add `vision:` with its words.',
      },
    ]);
    const fixed = findingsOf(RULE, linked('housing/housing.md', files))[0].fix!.result;
    strictEqual(fixed.includes(`\nvision: ${VISION}\n---\n`), true);
    expectFindings(RULE, linked('housing/housing.md', { ...files, 'housing/housing.md': fixed }), []);
  });

  it('describes differences compactly', () => {
    strictEqual(
      describeDifference('Safe, green and fair for all.', 'Safe, green and fair for everyone.'),
      '… and fair for [-all-] {+everyone+}.',
    );
    strictEqual(describeDifference('One two.', 'One two three.'), 'One two {+three+}.');
  });
});
