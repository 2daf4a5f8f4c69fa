import { md } from '../../../../../test/support/harness';
import { expectFindings } from '../../../../../test/support/rule-cases';
import { RULE_IDS } from '../registry';

const RULE = 'format/yaml-syntax';

describe('format/yaml-syntax', () => {
  it('points at the offending line and column', () => {
    const badIndent = md`
      ---
      kind: scs
      title: Broken
      authority:
        name: X
       ⟦type: county⟧
      ---
      # Body
    `;
    expectFindings(RULE, badIndent, [
      {
        severity: 'error',
        message: 'The frontmatter is not valid YAML: the indentation is off: align the key with its neighbours.',
      },
    ]);
  });

  it('reports a duplicate key at the second occurrence', () => {
    const text = md`
      ---
      kind: scs
      title: One
      ⟦title⟧: Two
      ---
    `;
    expectFindings(RULE, text, [
      {
        severity: 'error',
        message: 'The frontmatter is not valid YAML: the same key appears twice in one map: keep one (‘title’).',
      },
    ]);
  });

  it('reports one problem per line, not the errors that follow from it', () => {
    expectFindings(RULE, '---\nkind: housing-strategy\nauthority:\n  name: ⟦X⟧\n   type: unitary\n---\n', [
      {
        severity: 'error',
        message:
          'The frontmatter is not valid YAML: a value is written where a key was expected: check the ‘key: value’ form and the indentation.',
      },
    ]);
  });

  it('reports frontmatter that is never closed at the opening fence', () => {
    expectFindings(RULE_IDS, '⟦---⟧\nkind: scs\ntitle: Open\n\n# Body\n', [
      {
        rule: RULE,
        severity: 'error',
        message: 'The frontmatter opened here is never closed: add a line with ‘---’ after its last key.',
      },
    ]);
  });

  it('refuses an alias bomb instead of expanding it', () => {
    const lines = ['⟦---⟧', 'kind: scs', 'a0: &a0 [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 10; i++)
      lines.push(
        `a${i}: &a${i} [${Array(10)
          .fill(`*a${i - 1}`)
          .join(', ')}]`,
      );
    lines.push('---', '');
    expectFindings(RULE, lines.join('\n'), [
      { severity: 'error', message: 'The frontmatter expands ‘*aliases’ more than 100 times; write the values out instead.' },
    ]);
  });

  it('explains other YAML mistakes, each with its remedy', () => {
    const invalid = (line: string, explanation: string) =>
      expectFindings(RULE, `---\nkind: scs\n${line}\n---\n`, [
        { severity: 'error', message: `The frontmatter is not valid YAML: ${explanation}.` },
      ]);
    invalid(
      'title: "C:⟦\\⟧Users"',
      'a double-quoted value has an escape YAML does not know: write ‘\\\\’ for a backslash, or use single quotes',
    );
    invalid(
      'title: ⟦@⟧Home',
      'a value starts with a character YAML reserves: put the value in quotes (YAML reserves ‘@’, ‘%’ and the backtick, among others)',
    );
    invalid('a: 1\n\t⟦b: 2⟧', 'a tab is used for indentation: replace it with spaces, which YAML needs');
    invalid('a: ⟦&⟧\nb: 1', 'an ‘*alias’ or ‘&anchor’ is not valid here: name it plainly, or remove it');
    invalid('a: !!str ⟦!!str⟧ x', 'a value has more than one ‘!tag’: keep one');
    invalid('a: ⟦!!timestamp⟧ x', 'a ‘!tag’ could not be resolved: remove it');
    invalid(`⟦${'k'.repeat(1100)}⟧: 1`, 'a key is longer than 1024 characters: shorten it');
  });

  it('reports an alias used before its anchor, at the fence', () => {
    expectFindings(RULE, '⟦---⟧\nkind: scs\nlead: *council\n---\n', [
      {
        severity: 'error',
        message:
          'The frontmatter uses the alias ‘*council’ with no anchor ‘&council’ above it: mark the value it stands for with ‘&council’, or write the value out.',
      },
    ]);
  });

  it('stays quiet on valid frontmatter and on ordinary Markdown', () => {
    expectFindings(RULE, '---\nkind: scs\ntitle: Fine\n---\n', []);
    expectFindings(RULE_IDS, '---\ntitle: [unclosed\n---\n# Notes\n', []);
    expectFindings(RULE_IDS, '# Just notes\n\nNo frontmatter.\n', []);
  });

  it('never gives an author a library’s advice: more than one YAML document in the frontmatter, in plain words', () => {
    expectFindings(RULE, '---\nkind: scs\ntitle: One\n⟦...⟧\ntitle: Two\n---\n', [
      {
        severity: 'error',
        message:
          'The frontmatter is not valid YAML: it holds more than one YAML document: keep one, and remove the ‘...’ or ‘---’ line that splits it.',
      },
    ]);
  });

  it('never gives an empty range, even at the end of a line', () => {
    const missing =
      'The frontmatter is not valid YAML: a character is missing: add the closing quote or bracket, or the ‘:’ after a key.';
    expectFindings(RULE, '---\nkind: scs\ntitle: ⟦"One⟧\nkey: "Two\nend: 1\n⟦-⟧--\n', [
      { severity: 'error', message: missing },
      { severity: 'error', message: missing },
    ]);
    expectFindings(RULE, '---\nkind: scs\nk:\n⟦k⟧: v\n---\n', [
      { severity: 'error', message: 'The frontmatter is not valid YAML: the same key appears twice in one map: keep one (‘k’).' },
    ]);
  });
});
