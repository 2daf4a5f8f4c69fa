import { deepStrictEqual, strictEqual } from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { indicatorsFromTsv, REFERENCE_TSV } from '../scripts/national-indicators';
import {
  indicatorByCode,
  indicatorLabel,
  NATIONAL_INDICATORS,
  normaliseIndicatorCode,
} from '../server/src/engine/reference/national-indicators';

describe('National Indicator Set', () => {
  it('has NI 1 to NI 199, of which 198 are in force (NI 31 was withdrawn)', () => {
    strictEqual(NATIONAL_INDICATORS.length, 199);
    deepStrictEqual(
      NATIONAL_INDICATORS.filter((i) => i.withdrawn).map((i) => i.code),
      ['NI 31'],
    );
  });

  it('shows only verified titles', () => {
    strictEqual(indicatorLabel(indicatorByCode('NI 16')!), 'NI 16 — Serious acquisitive crime rate');
    strictEqual(indicatorLabel(indicatorByCode('NI 2')!), 'NI 2 — title not verified');
    strictEqual(indicatorLabel(indicatorByCode('NI 8')!), 'NI 8 — title not verified');
    strictEqual(indicatorLabel(indicatorByCode('NI 31')!), 'NI 31 — withdrawn from the National Indicator Set');
  });

  it('reads codes strictly and suggests the intended one', () => {
    strictEqual(indicatorByCode('NI154'), undefined);
    strictEqual(normaliseIndicatorCode('NI154'), 'NI 154');
    strictEqual(normaliseIndicatorCode('ni 054'), 'NI 54');
    strictEqual(normaliseIndicatorCode('NI 200'), undefined);
  });

  it('matches the reference table in sources/ it is generated from', () => {
    deepStrictEqual(
      JSON.parse(readFileSync('server/data/national-indicators.json', 'utf8')),
      indicatorsFromTsv(readFileSync(REFERENCE_TSV, 'utf8')),
    );
  });
});
