import type { DefinedItem, Heading } from '../../model/draft-model';
import { defineRule } from '../rule';
import { lineEndingOf } from '../support';

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

/** A test of whether a heading names the priority: its id as a word, its title, or a slug equal to its id. */
export function headingMatcher(priority: Pick<DefinedItem, 'id' | 'title'>): (heading: Heading) => boolean {
  const id = priority.id.trim();
  const slug = id.toLowerCase();
  const title = fold(priority.title ?? '');
  return (heading) =>
    (id !== '' && (heading.slug === slug || holdsWord(heading.text.toLowerCase(), slug))) ||
    (title !== '' && fold(heading.text).includes(title));
}

export default defineRule({
  id: 'scs/priority-section',
  defaultSeverity: 'info',
  description: 'A priority has no heading in the body that names its id or its title.',
  passages: [],
  kinds: ['sustainable-community-strategy'],
  check({ draft, report }) {
    // A draft too large to read in full has a body nobody has seen: its sections are not judged.
    if (draft.parsed.oversized) return;
    const text = draft.parsed.text;
    const eol = lineEndingOf(draft);
    const end = text.length;
    // The fix adds the section at the end of the draft, after a blank line.
    const before = /(\r?\n){2}$/.test(text) ? '' : text.endsWith('\n') ? eol : `${eol}${eol}`;
    for (const priority of draft.priorities) {
      if (draft.headings.some(headingMatcher(priority))) continue;
      const title = (priority.title ?? '').replace(/\s+/g, ' ').trim();
      const heading = `## ${priority.id}${title ? ` ${title}` : ''}`;
      report({
        span: priority.idSpan,
        message: `No heading in the body names priority \`${priority.id}\`${title ? ` (${title})` : ''}: add a section for it, such as \`${heading}\`, that says what the priority means for the area.`,
        fix: {
          title: `Add a section for priority \`${priority.id}\``,
          edits: [{ span: { start: end, end }, newText: `${before}${heading}${eol}` }],
        },
      });
    }
  },
});
