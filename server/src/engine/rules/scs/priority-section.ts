import { headingMatcher } from '../../model/sections';
import { defineRule } from '../rule';
import { lineEndingOf } from '../support';

export default defineRule({
  id: 'scs/priority-section',
  defaultSeverity: 'info',
  description: 'A priority has no heading in the body that names its id or its title.',
  expectation: 'Every priority has a section in the text.',
  passages: [],
  kinds: ['sustainable-community-strategy'],
  notApplicable({ draft }) {
    return draft.parsed.oversized ? 'The body of this draft is too large to be read, so its headings were not.' : undefined;
  },
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
        message: `No heading in the body names priority ‘${priority.id}’: add a section for it, such as ‘${heading}’, that says what the priority means for the area.`,
        fix: {
          title: `Add a section for priority ‘${priority.id}’`,
          edits: [{ span: { start: end, end }, newText: `${before}${heading}${eol}` }],
        },
      });
    }
  },
});
