import { deepStrictEqual } from 'node:assert/strict';
import { MINIMAL_SCS, check, crlf } from '../../../../../test/support/harness';
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
          'This Core Strategy records no Sustainability Appraisal, which is a requirement of the Core Strategy: ' +
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
