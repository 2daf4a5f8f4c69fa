import { distance } from 'fastest-levenshtein';

/** Folds the ways authors misspell enum values: case, spaces and underscores for hyphens. */
function fold(value: string): string {
  return value.trim().toLowerCase().replace(/[\s_]+/g, '-');
}

/**
 * The candidate an author most likely meant, or undefined when none is close.
 * Close means an edit distance within a third of the word (at least 2).
 */
export function closest(input: string, candidates: readonly string[]): string | undefined {
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
  const limit = Math.max(2, Math.floor(Math.max(folded.length, best.length) / 3));
  return bestDistance <= limit ? best : undefined;
}

/** "`a`, `b` or `c`" for messages. */
export function listOr(values: readonly string[]): string {
  const quoted = values.map((v) => `\`${v}\``);
  if (quoted.length <= 1) return quoted.join('');
  return `${quoted.slice(0, -1).join(', ')} or ${quoted[quoted.length - 1]}`;
}
