import { deepStrictEqual, strictEqual } from 'node:assert/strict';
import { MINIMAL_SCS, check, crlf, workspace } from '../../../../../test/support/harness';
import { applyEdits } from '../support';
import { CORE } from './fixtures';

const SCS = MINIMAL_SCS;

const only = ['core/sustainability-appraisal'];
type Range = [number, number, number, number];

const WITHOUT = CORE.replace('sustainability-appraisal: ./sustainability-appraisal.md\n', '');

describe('core/sustainability-appraisal', () => {
  it('reports a Core Strategy without a Sustainability Appraisal at the opening fence, with LF and CRLF', () => {
    const expected = [
      {
        rule: 'core/sustainability-appraisal',
        severity: 'warning',
        range: [0, 0, 0, 3] as Range,
        message:
          'This Core Strategy records no Sustainability Appraisal, which the Planning and Compulsory Purchase Act 2004 (s.19(5)) requires for it: ' +
          'add `sustainability-appraisal:` with the path to the appraisal, or `{published: YYYY-MM-DD}` with the date it was published.',
      },
    ];
    deepStrictEqual(check(WITHOUT, only), expected);
    deepStrictEqual(check(crlf(WITHOUT), only), expected);
  });

  it('checks the `ldf-core-strategy` alias too', () => {
    deepStrictEqual(check(WITHOUT.replace('kind: core-strategy', 'kind: ldf-core-strategy'), only).map((s) => s.range), [[0, 0, 0, 3]]);
  });

  it('stays quiet when the appraisal is linked or dated', () => {
    deepStrictEqual(check(CORE, only), []);
    deepStrictEqual(check(CORE.replace('./sustainability-appraisal.md', '{published: 2008-02-01}'), only), []);
  });

  it('leaves a key with no value to format/schema', () => {
    const text = CORE.replace('./sustainability-appraisal.md', '');
    deepStrictEqual(check(text, ['format/schema', ...only]).map((s) => s.rule), ['format/schema']);
  });

  it('checks only Core Strategies', () => {
    deepStrictEqual(check(SCS, only), []);
  });
});

describe('core/sustainability-appraisal fix', () => {
  it('adds the key with a placeholder path just before the closing fence', () => {
    const [finding] = workspace({ 'core.md': WITHOUT }).findings('core.md').filter((f) => f.rule === 'core/sustainability-appraisal');
    strictEqual(finding.fix!.title, 'Add `sustainability-appraisal` (then correct the path to the appraisal)');
    strictEqual(applyEdits(WITHOUT, finding.fix!.edits), WITHOUT.replace('  adopted: 2007-05-01\n---', '  adopted: 2007-05-01\nsustainability-appraisal: ./sustainability-appraisal.md\n---'));
  });
});
