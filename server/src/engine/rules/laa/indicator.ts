import { indicatorByCode, normaliseIndicatorCode, type NationalIndicator } from '../../reference/national-indicators';
import type { DraftModel } from '../../model/draft-model';
import { defineRule, type Report } from '../rule';
import type { Span } from '../../text/line-index';

/** Anything written like an NI code, whatever its number: `NI 200`, `ni0`, `NI-1000`. */
const CODE_LIKE = /^\s*NI[\s\-_]*\d+\s*$/i;
const CHOOSE = 'choose an indicator from the set, or write ‘local’ for a locally defined indicator';

/** The code, with its title where a source confirms it: "‘NI 154’ — Net additional homes provided". */
function named(indicator: NationalIndicator): string {
  return indicator.title ? `‘${indicator.code}’ — ${indicator.title}` : `‘${indicator.code}’`;
}

/** `local` in place of the value at `span`, in the same quotation marks if the value has them. */
function local(draft: DraftModel, span: Span): string {
  const quote = draft.parsed.text[span.start];
  return (quote === '"' || quote === "'") && draft.parsed.text[span.end - 1] === quote ? `${quote}local${quote}` : 'local';
}

function withdrawn(draft: DraftModel, id: string, written: string, span: Span): Report {
  return {
    span,
    message: `Target ‘${id}’ has indicator ‘${written}’, withdrawn from the National Indicator Set: ${CHOOSE}.`,
    fix: { title: 'Use ‘local’', edits: [{ span, newText: local(draft, span) }] },
  };
}

export default defineRule({
  id: 'laa/indicator',
  defaultSeverity: 'error',
  description:
    'An `indicator` is neither `local` nor a code of the National Indicator Set (`NI 1` to `NI 199`, except the withdrawn `NI 31`).',
  expectation: 'Every indicator is `local` or a current National Indicator.',
  basis: 'fact',
  passages: ['c151-198-indicators'],
  facts: ['national-indicator-set'],
  kinds: ['local-area-agreement'],
  check({ draft, report }) {
    for (const target of draft.targets) {
      const written = target.data.indicator;
      const span = draft.fm.valueSpan([...target.path, 'indicator']);
      // A missing or non-text indicator is a problem for format/schema.
      if (typeof written !== 'string' || !span || written === 'local') continue;
      const owner = `Target ‘${target.id}’ has indicator ‘${written}’`;
      const exact = indicatorByCode(written);
      if (exact) {
        if (exact.withdrawn) report(withdrawn(draft, target.id, written, span));
        continue;
      }
      if (written.trim().toLowerCase() === 'local') {
        report({
          span,
          message: `${owner}: write it ‘local’ for a locally defined indicator.`,
          fix: { title: 'Write ‘local’', edits: [{ span, newText: 'local' }] },
        });
        continue;
      }
      const meant = normaliseIndicatorCode(written);
      const indicator = meant ? indicatorByCode(meant) : undefined;
      if (meant && indicator) {
        if (indicator.withdrawn) {
          report(withdrawn(draft, target.id, written, span));
          continue;
        }
        report({
          span,
          message: `${owner}, not written as a National Indicator code: did you mean ${named(indicator)}? Write it ‘${meant}’.`,
          fix: { title: `Write ‘${meant}’`, edits: [{ span, newText: meant }] },
        });
        continue;
      }
      report({
        span,
        message: CODE_LIKE.test(written)
          ? `${owner}, outside the National Indicator Set: choose an indicator from ‘NI 1’ to ‘NI 199’, or write ‘local’ for a locally defined indicator.`
          : `Target ‘${target.id}’ has an indicator that is not a National Indicator code: write a code of the set such as ‘NI 154’ (‘NI 1’ to ‘NI 199’), or ‘local’ for a locally defined indicator, in place of ‘${written}’.`,
      });
    }
  },
});
