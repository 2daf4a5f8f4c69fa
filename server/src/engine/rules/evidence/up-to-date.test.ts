import { deepStrictEqual } from 'node:assert/strict';
import { MINIMAL_SCS, check, crlf, workspace } from '../../../../../test/support/harness';

const SCS = MINIMAL_SCS;

const only = ['evidence/up-to-date'];
type Range = [number, number, number, number];

/** An SCS (period 2008 to 2020) with evidence from `first` and `second`. */
const withEvidence = (first: number | string, second: number | string, status = 'submitted') =>
  SCS.replace(
    'status: draft\n',
    `status: ${status}\nevidence:\n  - id: place-survey\n    title: Place Survey\n    year: ${first}\n  - id: census-2001\n    title: Census 2001\n    year: ${second}\n`,
  );
const seen = (text: string, config?: string) =>
  workspace({ 'a.md': text, ...(config ? { '.placeshaper.yaml': config } : {}) }).check('a.md').filter((s) => only.includes(s.rule));
const finding = (range: Range, message: string) => ({ rule: 'evidence/up-to-date', severity: 'warning', range, message });
const started = (id: string, year: number, age: number) =>
  `Evidence \`${id}\` dates from ${year}, ${age} years old when this document's period starts (2008); ` +
  'the shared evidence base should be kept up to date, at most 3 years old: replace it with evidence from 2005 or later, or bring it up to date.';

describe('evidence/up-to-date', () => {
  it('reports evidence older than three years at the start of the period, at its year, with LF and CRLF', () => {
    const text = withEvidence(2005, 2001);
    const expected = [finding([17, 10, 17, 14], started('census-2001', 2001, 7))];
    deepStrictEqual(check(text, only), expected);
    deepStrictEqual(check(crlf(text), only), expected);
  });

  it('accepts evidence exactly at the limit and reports it one year over', () => {
    deepStrictEqual(check(withEvidence(2005, 2005), only), []);
    deepStrictEqual(check(withEvidence(2004, 2005), only), [finding([14, 10, 14, 14], started('place-survey', 2004, 4))]);
  });

  it('reports each old item', () => {
    deepStrictEqual(check(withEvidence(2003, 2001), only).map((s) => s.range), [[14, 10, 14, 14], [17, 10, 17, 14]]);
  });

  it('measures a draft, or one out for consultation, against today', () => {
    for (const status of ['draft', 'consultation']) {
      deepStrictEqual(check(withEvidence(2023, 2022, status), only), [
        finding(
          [17, 10, 17, 14],
          'Evidence `census-2001` dates from 2022, 4 years old in 2026, as this document is still being written; ' +
            'the shared evidence base should be kept up to date, at most 3 years old: replace it with evidence from 2023 or later, or bring it up to date.',
        ),
      ], status);
    }
    // Evidence from the period's start is old by now, but only for a draft.
    deepStrictEqual(check(withEvidence(2008, 2008, 'draft'), only).length, 2);
    deepStrictEqual(check(withEvidence(2008, 2008, 'adopted'), only), []);
  });

  it('takes the limit from `evidence-max-age`', () => {
    deepStrictEqual(seen(withEvidence(2005, 2001), 'evidence-max-age: 7\n'), []);
    deepStrictEqual(seen(withEvidence(2005, 2001), 'evidence-max-age: 5\n'), [
      finding(
        [17, 10, 17, 14],
        "Evidence `census-2001` dates from 2001, 7 years old when this document's period starts (2008); " +
          'the shared evidence base should be kept up to date, at most 5 years old: replace it with evidence from 2003 or later, or bring it up to date.',
      ),
    ]);
  });

  it('stays quiet on evidence from after the period starts', () => {
    deepStrictEqual(check(withEvidence(2009, 2012), only), []);
  });

  it('stays quiet when a year or the period is missing or malformed', () => {
    deepStrictEqual(check(withEvidence('"2001"', 'around 2000'), only), []);
    deepStrictEqual(check(withEvidence(2001, 2001).replace('  from: 2008\n', ''), only), []);
    deepStrictEqual(check(SCS.replace('status: draft\n', 'status: submitted\nevidence: the 2001 census\n'), only), []);
  });

  it('checks every kind', () => {
    const housing = withEvidence(2005, 2001).replace('kind: sustainable-community-strategy', 'kind: housing-strategy');
    deepStrictEqual(check(housing, only).map((s) => s.range), [[17, 10, 17, 14]]);
  });
});
