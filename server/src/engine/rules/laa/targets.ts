// Small readings of a Local Area Agreement target that several `laa/*` rules share.

/** True when an author has written something for a value (not missing, `null` or blank). */
export function isGiven(value: unknown): boolean {
  return value !== undefined && value !== null && !(typeof value === 'string' && value.trim() === '');
}

/**
 * A target's `partners` as the rules see it:
 * - `missing`: no `partners` key, or a key with nothing after it;
 * - `empty`: a list that names nobody;
 * - `named`: a list naming at least one partner;
 * - `malformed`: something other than a list (format/schema reports that).
 */
export type TargetPartners =
  { state: 'missing' } | { state: 'empty' } | { state: 'named'; names: string[] } | { state: 'malformed' };

export function targetPartners(data: Record<string, unknown>): TargetPartners {
  const value = data.partners;
  if (value === undefined || value === null) return { state: 'missing' };
  if (!Array.isArray(value)) return { state: 'malformed' };
  const names = value.filter((v): v is string => typeof v === 'string' && v.trim() !== '');
  if (names.length) return { state: 'named', names };
  // `[3]` is a type problem for format/schema; `[]` and `[""]` name nobody.
  return value.every((v) => typeof v === 'string') ? { state: 'empty' } : { state: 'malformed' };
}
