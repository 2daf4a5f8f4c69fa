// Which heading of a draft's body is the section of a priority, objective or target.
import type { DefinedItem, Heading } from './draft-model';

const fold = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();
const WORD_BEFORE = /[\p{L}\p{N}_-]$/u;
const WORD_AFTER = /^[\p{L}\p{N}_-]/u;

/**
 * Whether `text` holds `word` (both lower-cased) with no letter, digit, `_` or `-` either side.
 * Searched without a regular expression of its own: compiling one per priority costs more
 * than the whole check of a draft with thousands of priorities.
 */
function holdsWord(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + 1)) {
    if (
      !WORD_BEFORE.test(text.slice(Math.max(0, at - 2), at)) &&
      !WORD_AFTER.test(text.slice(at + word.length, at + word.length + 2))
    )
      return true;
  }
  return false;
}

/** A test of whether a heading names the item: its id as a word, its title, or a slug equal to its id. */
export function headingMatcher(item: Pick<DefinedItem, 'id' | 'title'>): (heading: Heading) => boolean {
  const id = item.id.trim();
  const slug = id.toLowerCase();
  const title = fold(item.title ?? '');
  return (heading) =>
    (id !== '' && (heading.slug === slug || holdsWord(heading.text.toLowerCase(), slug))) ||
    (title !== '' && fold(heading.text).includes(title));
}
