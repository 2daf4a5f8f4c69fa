import { edit } from '../../../../../test/support/harness';
import { LAA, laa } from '../../../../../test/support/laa-drafts';
import { expectFindings } from '../../../../../test/support/rule-cases';

const RULE = 'laa/baseline';
const ADVICE =
  'good practice: give it a ‘baseline’ and a ‘target’, each with a ‘value’ and a ‘year’, so that progress can be measured against a demonstrable baseline.';

describe('laa/baseline', () => {
  it('reports a target with no `baseline` at its id', () => {
    const text = edit(edit(LAA, '    baseline:\n      value: 27.9\n      year: 2007\n', ''), '  - id: T2', '  - id: ⟦T2⟧');
    expectFindings(RULE, laa(text), [{ severity: 'warning', message: `Target ‘T2’ lacks ‘baseline’; ${ADVICE}` }]);
  });

  it('reports a baseline without a year at its key', () => {
    const text = edit(LAA, '    baseline: {value: 14.8, year: 2007}', '    ⟦baseline⟧: {value: 14.8}');
    expectFindings(RULE, laa(text), [{ severity: 'warning', message: `Target ‘T1’ lacks ‘baseline.year’; ${ADVICE}` }]);
  });

  it('reports a block-style target without a value at its key', () => {
    const text = edit(LAA, '    target:\n      value: 25.4\n', '    ⟦target⟧:\n');
    expectFindings(RULE, laa(text), [{ severity: 'warning', message: `Target ‘T2’ lacks ‘target.value’; ${ADVICE}` }]);
  });

  it('names everything missing in one finding per target, at the first incomplete key', () => {
    const text = edit(
      edit(LAA, '    baseline: {value: 71, year: 2008}', '    ⟦baseline⟧: {}'),
      '    target: {value: 75, year: 2011}',
      '    target: {value: 75, year: ""}',
    );
    expectFindings(RULE, laa(text), [
      {
        severity: 'warning',
        message: `Target ‘T3’ lacks ‘baseline.value’, ‘baseline.year’ and ‘target.year’; ${ADVICE}`,
      },
    ]);
  });

  it('points at the id when a key is missing, even if the other is incomplete', () => {
    const text = edit(
      edit(edit(LAA, '    baseline: {value: 71, year: 2008}\n', ''), '  - id: T3', '  - id: ⟦T3⟧'),
      '    target: {value: 75, year: 2011}',
      '    target: {year: 2011}',
    );
    expectFindings(RULE, laa(text), [
      { severity: 'warning', message: `Target ‘T3’ lacks ‘baseline’ and ‘target.value’; ${ADVICE}` },
    ]);
  });

  it('reports `baseline:` with nothing after it at the key', () => {
    const text = edit(LAA, '    baseline: {value: 14.8, year: 2007}', '    ⟦baseline⟧:');
    expectFindings(RULE, laa(text), [{ severity: 'warning', message: `Target ‘T1’ lacks ‘baseline’; ${ADVICE}` }]);
  });

  it('stays quiet on a correct agreement, where a value of 0 counts', () => {
    expectFindings(RULE, laa(LAA), []);
    expectFindings(RULE, laa(edit(LAA, '    target: {value: 75, year: 2011}', '    target: {value: 0, year: 2011}')), []);
  });

  it('leaves a baseline that is not a map to format/schema', () => {
    expectFindings(RULE, laa(edit(LAA, '    baseline: {value: 14.8, year: 2007}', '    baseline: 14.8 in 2007')), []);
  });
});
