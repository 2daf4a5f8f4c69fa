import { deepStrictEqual } from 'node:assert/strict';
import { check, crlf, md, workspace } from '../../../../../test/support/harness';

describe('format/unknown-kind', () => {
  const misspelt = md`
    ---
    title: A strategy
    kind: sustainable-community-stratgy
    ---
  `;

  it('suggests the nearest kind at the value', () => {
    const expected = [
      {
        rule: 'format/unknown-kind',
        severity: 'error',
        range: [2, 6, 2, 35] as [number, number, number, number],
        message: '`sustainable-community-stratgy` is not a kind of strategy draft; did you mean `sustainable-community-strategy`?',
      },
    ];
    deepStrictEqual(check(misspelt), expected);
    deepStrictEqual(check(crlf(misspelt)), expected);
  });

  it('offers the suggestion as a fix that replaces only the value', () => {
    const [finding] = workspace({ 'a.md': misspelt }).findings('a.md');
    deepStrictEqual(finding.fix, {
      title: 'Replace with `sustainable-community-strategy`',
      edits: [{ span: { start: 28, end: 57 }, newText: 'sustainable-community-strategy' }],
    });
    deepStrictEqual(misspelt.slice(28, 57), 'sustainable-community-stratgy');
  });

  it('lists the kinds when nothing is close', () => {
    deepStrictEqual(check('---\nkind: minutes\n---\n'), [
      {
        rule: 'format/unknown-kind',
        severity: 'error',
        range: [1, 6, 1, 13],
        message:
          '`minutes` is not a kind of strategy draft; use `sustainable-community-strategy`, `scs`, `local-area-agreement`, `laa`, `core-strategy`, `ldf-core-strategy` or `housing-strategy`.',
      },
    ]);
  });

  it('stays quiet on every known kind and alias', () => {
    for (const kind of ['scs', 'laa', 'ldf-core-strategy', 'core-strategy', 'housing-strategy', 'local-area-agreement']) {
      deepStrictEqual(check(`---\nkind: ${kind}\n---\n`, ['format/unknown-kind']), []);
    }
  });
});
