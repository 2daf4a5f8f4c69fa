import { distance } from 'fastest-levenshtein';

/** Folds the ways authors misspell enum values: case, spaces and underscores for hyphens. */
function fold(value: string): string {
  return value
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-');
}

/**
 * The candidate an author most likely meant, or undefined when none is close.
 * Close means an edit distance within a third of the word (at least 2).
 */
export function closest(
  input: string,
  candidates: readonly string[],
  limitFor: (length: number) => number = defaultLimit,
): string | undefined {
  const folded = fold(input);
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const d = distance(folded, fold(candidate));
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  if (best === undefined || best === input) return undefined;
  return bestDistance <= limitFor(Math.max(folded.length, best.length)) ? best : undefined;
}

/** Short ids (`P9`) are too alike to guess between: only a difference of case or separators counts. */
function defaultLimit(length: number): number {
  return length <= 3 ? 0 : length <= 5 ? 1 : Math.max(2, Math.floor(length / 3));
}

/** File names share long endings (`-core-strategy.md`), so allow only a slip or two. */
export function fileNameLimit(length: number): number {
  return length <= 5 ? 0 : Math.max(1, Math.floor(length / 8));
}

/** "‘a’, ‘b’ or ‘c’" for messages. */
export function listOr(values: readonly string[]): string {
  const quoted = values.map((v) => `‘${v}’`);
  if (quoted.length <= 1) return quoted.join('');
  return `${quoted.slice(0, -1).join(', ')} or ${quoted[quoted.length - 1]}`;
}

/** Words in a list as a sentence says them: "a, b and c". */
export function joinAnd(values: readonly string[]): string {
  return values.length <= 1 ? values.join('') : `${values.slice(0, -1).join(', ')} and ${values[values.length - 1]}`;
}

/** The one-line description of a list for messages: "‘a’, ‘b’ and ‘c’". */
export function listAnd(values: readonly string[]): string {
  return joinAnd(values.map((v) => `‘${v}’`));
}

/** "line 19", "lines 228, 267 and 283": the numbers as given (plain, or already made links). */
export function linesPhrase(lines: readonly (number | string)[]): string {
  return `${lines.length === 1 ? 'line' : 'lines'} ${joinAnd(lines.map(String))}`;
}
