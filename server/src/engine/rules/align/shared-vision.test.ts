import { deepStrictEqual, strictEqual } from 'node:assert/strict';
import { coreWithoutScs, linked, LINKED_DRAFTS, VISION, withChange } from '../../../../../test/support/linked-drafts';
import { checklistStatusOf, expectFindings, findingsOf, NEEDS_THE_SCS } from '../../../../../test/support/rule-cases';
import { describeDifference } from './shared-vision';

const RULE = 'align/shared-vision';

describe('align/shared-vision', () => {
  it('stays quiet when the vision matches the SCS, whitespace and case aside', () => {
    expectFindings(RULE, linked('ldf/core.md'), []);
    const files = withChange('housing/housing.md', (t) => t.replace(`vision: ${VISION}`, `vision: "  ${VISION.toUpperCase()}"`));
    expectFindings(RULE, linked('housing/housing.md', files), []);
  });

  it('says in plain words how the vision differs, at the vision', () => {
    const files = withChange('ldf/core.md', (t) =>
      t.replace(`vision: ${VISION}`, `vision: ⟦${VISION.replace('vibrant rural villages', 'its surrounding villages')}⟧`),
    );
    expectFindings(RULE, linked('ldf/core.md', files), [
      {
        severity: 'warning',
        message:
          "This vision differs from its SCS's; good practice: carry the SCS's vision word for word, or change both. The SCS says “vibrant rural villages”, this draft says “its surrounding villages”. The SCS is Millbrook Matters (../scs/district.md).",
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
          "This draft carries no vision of its own; good practice: add ‘vision:’ with the words of its SCS's vision, to share it. The SCS is Millbrook Matters (../scs/district.md).",
      },
    ]);
    const fixed = findingsOf(RULE, linked('housing/housing.md', files))[0].fix!.result;
    strictEqual(fixed.includes(`\nvision: ${VISION}\n---\n`), true);
    expectFindings(RULE, linked('housing/housing.md', { ...files, 'housing/housing.md': fixed }), []);
  });

  it('describes a difference in plain words, each phrase with the context that locates it', () => {
    strictEqual(
      describeDifference('Safe, green and fair for all.', 'Safe, green and fair for everyone.'),
      'the SCS says “fair for all”, this draft says “fair for everyone”',
    );
    strictEqual(describeDifference('One two.', 'One two three.'), 'this draft has “three” after “One two”, which the SCS lacks');
    strictEqual(
      describeDifference('Red and blue shall rise.', 'green AND yellow shall rise.'),
      'the SCS says “Red and blue”, this draft says “green AND yellow”',
    );
  });

  it('describes a pure insertion and a pure deletion by what one side has and the other lacks', () => {
    strictEqual(
      describeDifference(VISION, VISION.replace('market town', 'market town, with its river,')),
      'this draft has “, with its river,” before “and”, which the SCS lacks',
    );
    strictEqual(
      describeDifference(VISION, VISION.replace('vibrant rural ', '')),
      'the SCS has “vibrant rural” before “villages”, which this draft lacks',
    );
    strictEqual(
      describeDifference(VISION, VISION.replace('A thriving', 'A')),
      'the SCS has “thriving” between “A” and “market”, which this draft lacks',
    );
    strictEqual(describeDifference('The vision', ''), 'the SCS has “The vision”, which this draft lacks');
  });

  it('describes two separate changes one after the other', () => {
    strictEqual(
      describeDifference('One two three four five six seven.', 'One two four five six eight seven.'),
      'the SCS has “three” between “two” and “four”, which this draft lacks; this draft has “eight” between “six” and “seven”, which the SCS lacks',
    );
    strictEqual(
      describeDifference(VISION, VISION.replace('thriving', 'busy').replace('in prosperity', 'in our prosperity')),
      'the SCS says “A thriving market”, this draft says “A busy market”; this draft has “our” between “in” and “prosperity”, which the SCS lacks',
    );
  });

  it('lists at most three changes and counts the rest, and names a difference of spacing alone', () => {
    strictEqual(
      describeDifference('one a b c two d e f three g h i four j k l five', 'uno a b c dos d e f tres g h i cuatro j k l cinco'),
      'the SCS says “one a b”, this draft says “uno a b”; the SCS says “c two d”, this draft says “c dos d”; the SCS says “f three g”, this draft says “f tres g”; and 2 more differences',
    );
    strictEqual(describeDifference('fair ,for all', 'fair, for all'), 'the two differ only in the spacing around punctuation');
  });
});

describe('align/shared-vision in the review checklist', () => {
  it('needs the SCS the draft delivers, and says so when there is none', () => {
    deepStrictEqual(checklistStatusOf(RULE, coreWithoutScs()), NEEDS_THE_SCS);
    deepStrictEqual(checklistStatusOf(RULE, linked('ldf/core.md')), { status: 'met' });
  });
});
