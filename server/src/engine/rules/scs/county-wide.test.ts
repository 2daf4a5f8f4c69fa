import { deepStrictEqual } from 'node:assert/strict';
import { MINIMAL_SCS, check, crlf } from '../../../../../test/support/harness';

const SCS = MINIMAL_SCS;

const only = ['scs/county-wide'];
type Range = [number, number, number, number];

const district = (twoTier = 'true', related = '') =>
  SCS.replace('  type: county\n', `  type: district\n  two-tier: ${twoTier}\n`).replace('status: draft\n', `status: draft\n${related}`);

describe('scs/county-wide', () => {
  it('reports a two-tier district SCS without a county SCS at `authority.two-tier`, with LF and CRLF', () => {
    const text = district();
    const expected = [
      {
        rule: 'scs/county-wide',
        severity: 'warning',
        range: [6, 2, 6, 10] as Range,
        message:
          "This district SCS is in a two-tier area but does not link to the county-wide SCS; a county-wide SCS is the minimum expectation: add `related.county-scs` with the path to the county's SCS.",
      },
    ];
    deepStrictEqual(check(text, only), expected);
    deepStrictEqual(check(crlf(text), only), expected);
  });

  it('reports it when `related` names other documents but not the county SCS', () => {
    deepStrictEqual(check(district('true', 'related:\n  laa: ./laa.md\n'), only).map((s) => s.range), [[6, 2, 6, 10]]);
  });

  it('stays quiet when the county SCS is linked', () => {
    deepStrictEqual(check(district('true', 'related:\n  county-scs: ../county/scs.md\n'), only), []);
    deepStrictEqual(check(district('true', 'related:\n  county-scs:\n    path: ../county/scs.md\n    version: 2\n'), only), []);
  });

  it('stays quiet outside two-tier districts', () => {
    deepStrictEqual(check(district('false'), only), []);
    deepStrictEqual(check(SCS.replace('  type: county\n', '  type: district\n'), only), []);
    deepStrictEqual(check(SCS.replace('  type: county\n', '  type: county\n  two-tier: true\n'), only), []);
    deepStrictEqual(check(district('"true"'), only), []);
  });

  it('leaves a `related` that is not a map to format/schema', () => {
    deepStrictEqual(check(district('true', 'related: ../county/scs.md\n'), only), []);
  });

  it('checks only sustainable community strategies', () => {
    deepStrictEqual(check(district().replace('kind: sustainable-community-strategy', 'kind: housing-strategy'), only), []);
  });
});
