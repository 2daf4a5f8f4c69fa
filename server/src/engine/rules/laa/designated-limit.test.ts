import { edit } from '../../../../../test/support/harness';
import { LAA, laa } from '../../../../../test/support/laa-drafts';
import { expectFindings } from '../../../../../test/support/rule-cases';

const RULE = 'laa/designated-limit';

/**
 * The clean LAA (two designated targets, T1 and T2) with `count` more designated targets after T3, one per line,
 * the `designated` value of target `marked` (if given) marked.
 */
function withExtra(count: number, marked?: string): string {
  const extra = Array.from({ length: count }, (_, i) => {
    const id = `X${String(i + 1).padStart(2, '0')}`;
    const designated = id === marked ? '⟦true⟧' : 'true';
    return `  - {id: ${id}, indicator: local, designated: ${designated}, baseline: {value: 1, year: 2008}, target: {value: 2, year: 2011}, lead: Exampleshire County Council, partners: [Exampleshire County Council], priority: P1}\n`;
  }).join('');
  return edit(LAA, '    priority: P3\n', `    priority: P3\n${extra}`);
}

describe('laa/designated-limit', () => {
  it('reports the 36th designated target at its `designated` value', () => {
    expectFindings(RULE, laa(withExtra(34, 'X34')), [
      {
        severity: 'error',
        message:
          'This agreement has 36 designated targets, but at most 35 may be designated: ' +
          'set ‘designated: false’ on one of them to keep it as a local improvement target, or remove it; target ‘X34’ is number 36.',
      },
    ]);
  });

  it('reports once, at the 36th, however many more there are', () => {
    expectFindings(RULE, laa(withExtra(36, 'X34')), [
      {
        severity: 'error',
        message:
          'This agreement has 38 designated targets, but at most 35 may be designated: ' +
          'set ‘designated: false’ on 3 of them to keep them as local improvement targets, or remove them; target ‘X34’ is number 36.',
      },
    ]);
  });

  it('names the 36th designated target by its position when it has no id', () => {
    expectFindings(RULE, laa(edit(withExtra(34, 'X34'), '  - {id: X34, ', '  - {')), [
      {
        severity: 'error',
        message:
          'This agreement has 36 designated targets, but at most 35 may be designated: ' +
          'set ‘designated: false’ on one of them to keep it as a local improvement target, or remove it; the target at position 37 is number 36.',
      },
    ]);
  });

  it('counts only `designated: true`', () => {
    const text = edit(
      withExtra(34),
      '    designated: true\n    baseline: {value: 14.8',
      '    designated: false\n    baseline: {value: 14.8',
    );
    expectFindings(RULE, laa(text), []);
  });

  it('stays quiet at 35 designated targets and on a correct agreement', () => {
    expectFindings(RULE, laa(withExtra(33)), []);
    expectFindings(RULE, laa(LAA), []);
  });
});
