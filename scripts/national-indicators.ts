// Converts the National Indicator Set reference table into server/data/national-indicators.json.
// Only titles whose source confirms them are kept, so no unverified title ever reaches an author.
import { readFileSync } from 'node:fs';

export interface IndicatorRecord {
  number: number;
  title?: string;
  withdrawn?: true;
}

export function indicatorsFromTsv(tsv: string): IndicatorRecord[] {
  return tsv
    .split('\n')
    .slice(1)
    .filter((line) => line.startsWith('NI '))
    .map((line) => {
      const [code, rawTitle, source] = line.split('\t');
      const number = Number(code.slice(3));
      const withdrawn = /^dropped/i.test(source) || /\[DROPPED/.test(rawTitle);
      const verified = /^(confirmed|code confirmed)/.test(source) && !/title UNVERIFIED|title not shown/.test(source);
      return {
        number,
        ...(verified && !withdrawn ? { title: rawTitle.trim() } : {}),
        ...(withdrawn ? { withdrawn: true as const } : {}),
      };
    });
}

export const REFERENCE_TSV = 'sources/national-indicators.tsv';

export function readReference(): string {
  return readFileSync(REFERENCE_TSV, 'utf8');
}
