import { deepStrictEqual } from 'node:assert/strict';
import { crlf } from '../../../../../test/support/harness';
import { LAA, checkLaa, edit, type Range } from './fixtures';

const RULE = 'laa/designated-limit';

/** The clean LAA (two designated targets, T1 and T2) with `count` more designated targets after T3, one per line from line 46. */
function withExtra(count: number): string {
  const extra = Array.from({ length: count }, (_, i) => {
    const id = `X${String(i + 1).padStart(2, '0')}`;
    return `  - {id: ${id}, indicator: local, designated: true, baseline: {value: 1, year: 2008}, target: {value: 2, year: 2011}, lead: Exampleshire County Council, partners: [Exampleshire County Council], priority: P1}\n`;
  }).join('');
  return edit(LAA, '    priority: P3\n', `    priority: P3\n${extra}`);
}

describe('laa/designated-limit', () => {
  it('reports the 36th designated target at its `designated` value, with LF and CRLF', () => {
    const text = withExtra(34);
    const expected = [
      {
        rule: RULE,
        severity: 'error',
        range: [79, 44, 79, 48] as Range,
        message:
          'This agreement has 36 designated targets, but at most 35 may be designated; target `X34` is number 36. ' +
          'Set `designated: false` on one of them to keep it as a local improvement target, or remove it.',
      },
    ];
    deepStrictEqual(checkLaa(RULE, text), expected);
    deepStrictEqual(checkLaa(RULE, crlf(text)), expected);
  });

  it('reports once, at the 36th, however many more there are', () => {
    deepStrictEqual(checkLaa(RULE, withExtra(36)), [
      {
        rule: RULE,
        severity: 'error',
        range: [79, 44, 79, 48],
        message:
          'This agreement has 38 designated targets, but at most 35 may be designated; target `X34` is number 36. ' +
          'Set `designated: false` on 3 of them to keep them as local improvement targets, or remove them.',
      },
    ]);
  });

  it('counts only `designated: true`', () => {
    const text = edit(withExtra(34), '    designated: true\n    baseline: {value: 14.8', '    designated: false\n    baseline: {value: 14.8');
    deepStrictEqual(checkLaa(RULE, text), []);
  });

  it('stays quiet at 35 designated targets and on a correct agreement', () => {
    deepStrictEqual(checkLaa(RULE, withExtra(33)), []);
    deepStrictEqual(checkLaa(RULE, LAA), []);
    deepStrictEqual(checkLaa(RULE, crlf(LAA)), []);
  });
});
