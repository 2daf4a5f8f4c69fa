import { isRecord } from '../../parse/frontmatter-view';
import { defineRule } from '../rule';
import { isUnfinished, periodOf } from '../support';

const years = (n: number) => `${n} year${n === 1 ? '' : 's'}`;

export default defineRule({
  id: 'evidence/up-to-date',
  defaultSeverity: 'warning',
  description:
    "An evidence item is older than `evidence-max-age` years (default 3) at the start of the document's period, or today while the document is a draft or out for consultation.",
  expectation: 'The evidence is up to date.',
  basis: 'requirement',
  passages: ['c123-evidence-up-to-date'],
  notApplicable({ draft }) {
    const evidence = draft.fm.value(['evidence']);
    return Array.isArray(evidence) && evidence.length > 0
      ? undefined
      : 'Applies to listed evidence; the draft lists none under ‘evidence’.';
  },
  check({ draft, config, today, report }) {
    const evidence = draft.fm.value(['evidence']);
    if (!Array.isArray(evidence)) return;
    const unfinished = isUnfinished(draft);
    // Without a period (or with a malformed one) a finished document has no reference year; format/schema reports that.
    const reference = unfinished ? today.getFullYear() : periodOf(draft)?.from;
    if (reference === undefined) return;
    const maxAge = config.evidenceMaxAge;
    evidence.forEach((item, index) => {
      if (!isRecord(item) || !Number.isInteger(item.year)) return;
      const year = item.year as number;
      const age = reference - year;
      if (age <= maxAge) return;
      const span = draft.fm.valueSpan(['evidence', index, 'year']);
      if (!span) return;
      const name =
        typeof item.id === 'string' || typeof item.id === 'number'
          ? `‘${item.id}’`
          : typeof item.title === 'string'
            ? `“${item.title}”`
            : `item ${index + 1}`;
      const when = unfinished
        ? `in ${reference}, as this document is still being written`
        : `when this document's period starts (${reference})`;
      // The item's name comes after the remedy's first word: a title can be long.
      report({
        span,
        message:
          `Evidence from ${year} is ${years(age)} old ${when}: replace ${name} with evidence from ${reference - maxAge} or later, ` +
          `or bring it up to date; the shared evidence base should be kept up to date, at most ${years(maxAge)} old.`,
      });
    });
  },
});
