import records from '../../../data/national-indicators.json';

/** An indicator of the National Indicator Set (2008). `title` is present only where a source confirms it. */
export interface NationalIndicator {
  number: number;
  code: string;
  title?: string;
  withdrawn: boolean;
}

export const NATIONAL_INDICATORS: readonly NationalIndicator[] = (
  records as { number: number; title?: string; withdrawn?: boolean }[]
).map((r) => ({
  number: r.number,
  code: `NI ${r.number}`,
  title: r.title,
  withdrawn: r.withdrawn === true,
}));

const byNumber = new Map(NATIONAL_INDICATORS.map((i) => [i.number, i]));

/** `NI 154` exactly as the format writes it. */
const STRICT = /^NI ([1-9]\d{0,2})$/;
/** The ways authors slip: `NI154`, `ni 154`, `NI-154`, `NI 054`. */
const LOOSE = /^\s*NI[\s\-_]*0*([1-9]\d{0,2})\s*$/i;

export function indicatorByCode(code: string): NationalIndicator | undefined {
  const match = STRICT.exec(code);
  return match ? byNumber.get(Number(match[1])) : undefined;
}

/** The code an author probably meant (`NI154` → `NI 154`), if it names an indicator of the set. */
export function normaliseIndicatorCode(code: string): string | undefined {
  const match = LOOSE.exec(code);
  return match && byNumber.has(Number(match[1])) ? `NI ${Number(match[1])}` : undefined;
}

/** "NI 154 — Net additional homes provided", or "NI 57 — title not verified". */
export function indicatorLabel(indicator: NationalIndicator): string {
  if (indicator.withdrawn) return `${indicator.code} — withdrawn from the National Indicator Set`;
  return `${indicator.code} — ${indicator.title ?? 'title not verified'}`;
}
