import { deepStrictEqual } from 'node:assert/strict';
import { check, crlf, md } from '../../../../../test/support/harness';

describe('format/yaml-syntax', () => {
  const badIndent = md`
    ---
    kind: scs
    title: Broken
    authority:
      name: X
     type: county
    ---
    # Body
  `;

  it('points at the offending line and column', () => {
    deepStrictEqual(check(badIndent, ['format/yaml-syntax']), [
      {
        rule: 'format/yaml-syntax',
        severity: 'error',
        range: [5, 1, 5, 13],
        message: 'The frontmatter is not valid YAML: the indentation is off: line the key up with its neighbours.',
      },
    ]);
  });

  it('gives the same line and column with CRLF line endings and a byte-order mark', () => {
    const expected = check(badIndent, ['format/yaml-syntax']);
    deepStrictEqual(check(crlf(badIndent), ['format/yaml-syntax']), expected);
    deepStrictEqual(check('\uFEFF' + crlf(badIndent), ['format/yaml-syntax']), expected);
  });

  it('reports a duplicate key at the second occurrence', () => {
    const text = md`
      ---
      kind: scs
      title: One
      title: Two
      ---
    `;
    deepStrictEqual(check(text, ['format/yaml-syntax']), [
      {
        rule: 'format/yaml-syntax',
        severity: 'error',
        range: [3, 0, 3, 5],
        message: 'The frontmatter is not valid YAML: the same key appears twice in one map: keep one (`title`).',
      },
    ]);
  });

  it('reports one problem per line, not the errors that follow from it', () => {
    const text = '---\nkind: housing-strategy\nauthority:\n  name: X\n   type: unitary\n---\n';
    deepStrictEqual(check(text, ['format/yaml-syntax']).map((s) => s.range), [[3, 8, 3, 9]]);
  });

  it('reports frontmatter that is never closed at the opening fence', () => {
    deepStrictEqual(check('---\nkind: scs\ntitle: Open\n\n# Body\n'), [
      {
        rule: 'format/yaml-syntax',
        severity: 'error',
        range: [0, 0, 0, 3],
        message: 'The frontmatter opened here is never closed: add a line with `---` after its last key.',
      },
    ]);
  });

  it('refuses an alias bomb instead of expanding it', () => {
    const lines = ['---', 'kind: scs', 'a0: &a0 [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 10; i++) lines.push(`a${i}: &a${i} [${Array(10).fill(`*a${i - 1}`).join(', ')}]`);
    lines.push('---', '');
    deepStrictEqual(check(lines.join('\n'), ['format/yaml-syntax']), [
      {
        rule: 'format/yaml-syntax',
        severity: 'error',
        range: [0, 0, 0, 3],
        message: 'The frontmatter expands `*aliases` more than 100 times; write the values out instead.',
      },
    ]);
  });

  it('stays quiet on valid frontmatter and on ordinary Markdown', () => {
    deepStrictEqual(check('---\nkind: scs\ntitle: Fine\n---\n', ['format/yaml-syntax']), []);
    deepStrictEqual(check('---\ntitle: [unclosed\n---\n# Notes\n'), []);
    deepStrictEqual(check('# Just notes\n\nNo frontmatter.\n'), []);
  });

  it('never gives an author a library’s advice: more than one YAML document in the frontmatter, in plain words', () => {
    deepStrictEqual(check('---\nkind: scs\ntitle: One\n...\ntitle: Two\n---\n', ['format/yaml-syntax']), [
      {
        rule: 'format/yaml-syntax',
        severity: 'error',
        range: [3, 0, 3, 3],
        message: 'The frontmatter is not valid YAML: it holds more than one YAML document (a `...` or `---` line inside it): keep one, and remove the line that splits it.',
      },
    ]);
  });

  for (const [endings, convert] of [['LF', (t: string) => t], ['CRLF', crlf]] as const) {
    it(`never gives an empty range, even at the end of a line (${endings})`, () => {
      const unclosed = convert('---\nkind: scs\ntitle: "One\nkey: "Two\nend: 1\n---\n');
      deepStrictEqual(check(unclosed, ['format/yaml-syntax']).map((f) => f.range), [[2, 7, 2, 11], [5, 0, 5, 1]]);
      const duplicate = convert('---\nkind: scs\nk:\nk: v\n---\n');
      deepStrictEqual(check(duplicate, ['format/yaml-syntax']), [
        { rule: 'format/yaml-syntax', severity: 'error', range: [3, 0, 3, 1], message: 'The frontmatter is not valid YAML: the same key appears twice in one map: keep one (`k`).' },
      ]);
    });
  }
});
