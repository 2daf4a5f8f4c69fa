// A fact's value, as the register gives it and as a draft writes it: numbers compared as numbers
// (`10,060` is `10060`), years as years, dates as dates, ranges end by end, text as text; a unit
// written after the figure must be the register's.
import { escapeRegExp } from '../text/patterns';

/** A value of the register: a number (a year is a number whose unit is `year`), an ISO date, text, or a range. */
export type FactValue =
  | { type: 'number'; value: number }
  | { type: 'date'; value: string }
  | { type: 'text'; value: string }
  | { type: 'range'; from: number | string; to: number | string };

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
/** A figure as prose writes it: `10,060`, `10060`, `2.5`, `-3`. */
export const FIGURE = /-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?/g;
const WRITTEN_DATE = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)? (${MONTHS.join('|')}) (\\d{4})\\b`, 'i');

/** The register's value as data, or undefined when it is none of the forms a value takes. */
export function factValueOf(raw: unknown): FactValue | undefined {
  if (typeof raw === 'number' && Number.isFinite(raw)) return { type: 'number', value: raw };
  if (typeof raw === 'string' && raw.trim())
    return ISO_DATE.test(raw.trim()) ? { type: 'date', value: raw.trim() } : { type: 'text', value: raw.trim() };
  if (typeof raw === 'object' && raw !== null && !Array.isArray(raw)) {
    const { from, to } = raw as { from?: unknown; to?: unknown };
    const end = (v: unknown) => (typeof v === 'number' && Number.isFinite(v)) || (typeof v === 'string' && v.trim() !== '');
    if (end(from) && end(to) && Object.keys(raw).length === 2)
      return { type: 'range', from: from as number | string, to: to as number | string };
  }
  return undefined;
}

const isYearUnit = (unit?: string) => unit !== undefined && /^years?$/i.test(unit);

/** A number as prose writes it: thousands grouped by commas (`8,600`), but a year as a year (`2026`). */
export function writeNumber(value: number, unit?: string): string {
  const yearLike = isYearUnit(unit) || (unit === undefined && Number.isInteger(value) && value >= 1000 && value <= 2999);
  if (yearLike || Math.abs(value) < 1000) return String(value);
  const [whole, fraction] = String(value).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction ? `${grouped}.${fraction}` : grouped;
}

/** The value as a draft would write it: `10,060 homes`, `2028`, `2006 to 2026`. */
export function writeValue(value: FactValue, unit?: string): string {
  const unitText = unit && !isYearUnit(unit) ? (unit === '%' ? '%' : ` ${unit}`) : '';
  switch (value.type) {
    case 'number':
      return `${writeNumber(value.value, unit)}${unitText}`;
    case 'date':
    case 'text':
      return value.value;
    case 'range': {
      const end = (v: number | string) => (typeof v === 'number' ? writeNumber(v, unit) : v);
      return `${end(value.from)} to ${end(value.to)}${unitText}`;
    }
  }
}

/** A figure's value: `10,060` is 10060. */
export const figureValue = (figure: string) => Number(figure.replace(/,/g, ''));
const fold = (text: string) => text.toLowerCase().replace(/\s+/g, ' ').trim();

/** Whether `text` has `words` in it as whole words (or the unit `%` anywhere), case and spacing aside. */
function containsWords(text: string, words: string): boolean {
  const haystack = fold(text);
  const needle = fold(words);
  if (!/[\p{L}\p{N}]/u.test(needle)) return haystack.includes(needle);
  let pattern = wordPatterns.get(needle);
  if (!pattern) {
    pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(needle)}(?![\\p{L}\\p{N}])`, 'u');
    // Units are few; a register's worth of them stays small.
    if (wordPatterns.size < 1000) wordPatterns.set(needle, pattern);
  }
  return pattern.test(haystack);
}

const wordPatterns = new Map<string, RegExp>();

/** A date written in prose (`31 March 2009` or `2009-03-31`) as an ISO date. */
function isoDateIn(text: string): string | undefined {
  const iso = /\b\d{4}-\d{2}-\d{2}\b/.exec(text);
  if (iso) return iso[0];
  const written = WRITTEN_DATE.exec(text);
  if (!written) return undefined;
  const month = MONTHS.indexOf(written[2].toLowerCase()) + 1;
  return `${written[3]}-${String(month).padStart(2, '0')}-${written[1].padStart(2, '0')}`;
}

/** How a written label differs from the register's value, in words, or undefined when it states that value. */
export function differenceFrom(label: string, value: FactValue, unit?: string): string | undefined {
  const text = label.trim();
  switch (value.type) {
    case 'number': {
      const figures = [...text.matchAll(FIGURE)];
      if (figures.length === 0) return 'states no figure';
      const figure = figures[0];
      if (figureValue(figure[0]) !== value.value) return `states ${figure[0]}`;
      const after = text.slice(figure.index + figure[0].length).trim();
      // Words may stand between the figure and its unit (“8,600 new homes”), but the unit must be there.
      if (unit && !isYearUnit(unit) && after && !containsWords(after, unit)) return `states the unit “${after}”`;
      return undefined;
    }
    case 'date': {
      const date = isoDateIn(text);
      if (!date) return 'states no date';
      return date === value.value ? undefined : `states ${date}`;
    }
    case 'range': {
      const figures = [...text.matchAll(FIGURE)].map((f) => f[0]);
      const ends = [value.from, value.to].map((v) => (typeof v === 'number' ? v : Number.NaN));
      if (Number.isNaN(ends[0]) || Number.isNaN(ends[1]))
        return fold(text) === fold(writeValue(value)) ? undefined : `states “${text}”`;
      if (figures.length < 2) return figures.length ? `states only ${figures[0]}` : 'states no figures';
      const stated = figures.slice(0, 2).map(figureValue);
      return stated[0] === ends[0] && stated[1] === ends[1] ? undefined : `states ${figures[0]} to ${figures[1]}`;
    }
    case 'text':
      return fold(text) === fold(value.value) ? undefined : `states “${text}”`;
  }
}

/**
 * What a label states, for comparing two drafts without a register: its figures as numbers when
 * it has any (`8,600 new homes` and `8600 homes` state the same), else its words.
 */
export function statedKey(label: string): string {
  const figures = [...label.matchAll(FIGURE)].map((f) => String(figureValue(f[0])));
  return figures.length ? figures.join('|') : `#${fold(label)}`;
}
