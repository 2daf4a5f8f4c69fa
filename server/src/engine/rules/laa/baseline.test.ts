import { deepStrictEqual } from 'node:assert/strict';
import { crlf } from '../../../../../test/support/harness';
import { LAA, checkLaa, edit, type Range } from './fixtures';

const RULE = 'laa/baseline';
const ADVICE = 'good practice: give it a `baseline` and a `target`, each with a `value` and a `year`, so that progress can be measured against a demonstrable baseline.';

describe('laa/baseline', () => {
  it('reports a target with no `baseline` at its id, with LF and CRLF', () => {
    const text = edit(LAA, '    baseline:\n      value: 27.9\n      year: 2007\n', '');
    const expected = [{ rule: RULE, severity: 'warning', range: [23, 8, 23, 10] as Range, message: `Target \`T2\` has no \`baseline\`; ${ADVICE}` }];
    deepStrictEqual(checkLaa(RULE, text), expected);
    deepStrictEqual(checkLaa(RULE, crlf(text)), expected);
  });

  it('reports a baseline without a year at its key, with LF and CRLF', () => {
    const text = edit(LAA, '    baseline: {value: 14.8, year: 2007}', '    baseline: {value: 14.8}');
    const expected = [{ rule: RULE, severity: 'warning', range: [18, 4, 18, 12] as Range, message: `Target \`T1\` has a \`baseline\` without a \`year\`; ${ADVICE}` }];
    deepStrictEqual(checkLaa(RULE, text), expected);
    deepStrictEqual(checkLaa(RULE, crlf(text)), expected);
  });

  it('reports a block-style target without a value at its key', () => {
    const text = edit(LAA, '      value: 25.4\n', '');
    deepStrictEqual(checkLaa(RULE, text), [{ rule: RULE, severity: 'warning', range: [29, 4, 29, 10], message: `Target \`T2\` has a \`target\` without a \`value\`; ${ADVICE}` }]);
  });

  it('names everything missing in one finding per target, at the first incomplete key', () => {
    const text = edit(edit(LAA, '    baseline: {value: 71, year: 2008}', '    baseline: {}'), '    target: {value: 75, year: 2011}', '    target: {value: 75, year: ""}');
    deepStrictEqual(checkLaa(RULE, text), [
      { rule: RULE, severity: 'warning', range: [41, 4, 41, 12], message: `Target \`T3\` has a \`baseline\` without a \`value\` or \`year\` and a \`target\` without a \`year\`; ${ADVICE}` },
    ]);
  });

  it('points at the id when a key is missing, even if the other is incomplete', () => {
    const text = edit(edit(LAA, '    baseline: {value: 71, year: 2008}\n', ''), '    target: {value: 75, year: 2011}', '    target: {year: 2011}');
    deepStrictEqual(checkLaa(RULE, text), [
      { rule: RULE, severity: 'warning', range: [37, 8, 37, 10], message: `Target \`T3\` has no \`baseline\` and a \`target\` without a \`value\`; ${ADVICE}` },
    ]);
  });

  it('reports `baseline:` with nothing after it at the key', () => {
    const text = edit(LAA, '    baseline: {value: 14.8, year: 2007}', '    baseline:');
    deepStrictEqual(checkLaa(RULE, text), [{ rule: RULE, severity: 'warning', range: [18, 4, 18, 12], message: `Target \`T1\` has no \`baseline\`; ${ADVICE}` }]);
  });

  it('stays quiet on a correct agreement, where a value of 0 counts', () => {
    deepStrictEqual(checkLaa(RULE, LAA), []);
    deepStrictEqual(checkLaa(RULE, crlf(LAA)), []);
    deepStrictEqual(checkLaa(RULE, edit(LAA, '    target: {value: 75, year: 2011}', '    target: {value: 0, year: 2011}')), []);
  });

  it('leaves a baseline that is not a map to format/schema', () => {
    deepStrictEqual(checkLaa(RULE, edit(LAA, '    baseline: {value: 14.8, year: 2007}', '    baseline: 14.8 in 2007')), []);
  });
});
