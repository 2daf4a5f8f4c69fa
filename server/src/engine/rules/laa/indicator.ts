import {
  indicatorByCode,
  indicatorLabel,
  normaliseIndicatorCode,
  type NationalIndicator,
} from '../../reference/national-indicators';
import { defineRule, type Report } from '../rule';
import type { Span } from '../../text/line-index';

/** Anything written like an NI code, whatever its number: `NI 200`, `ni0`, `NI-1000`. */
const CODE_LIKE = /^\s*NI[\s\-_]*\d+\s*$/i;
const CHOOSE = 'choose an indicator from the set, or write `local` for a locally defined indicator';

/** The code, with its title where a source confirms it: "NI 154 — Net additional homes provided". */
function named(indicator: NationalIndicator): string {
  return indicator.title ? indicatorLabel(indicator) : indicator.code;
}

function withdrawn(owner: string, written: string, span: Span): Report {
  return {
    span,
    message: `${owner} indicator, \`${written}\`, was withdrawn from the National Indicator Set and cannot be used; ${CHOOSE}.`,
  };
}

export default defineRule({
  id: 'laa/indicator',
  defaultSeverity: 'error',
  description:
    'An `indicator` is neither `local` nor a code of the National Indicator Set (`NI 1` to `NI 199`, except the withdrawn `NI 31`).',
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
      const owner = `Target \`${target.id}\`'s`;
      const exact = indicatorByCode(written);
      if (exact) {
        if (exact.withdrawn) report(withdrawn(owner, written, span));
        continue;
      }
      if (written.trim().toLowerCase() === 'local') {
        report({
          span,
          message: `${owner} indicator, \`${written}\`, should be written \`local\` for a locally defined indicator.`,
          fix: { title: 'Write `local`', edits: [{ span, newText: 'local' }] },
        });
        continue;
      }
      const meant = normaliseIndicatorCode(written);
      const indicator = meant ? indicatorByCode(meant) : undefined;
      if (meant && indicator) {
        if (indicator.withdrawn) {
          report(withdrawn(owner, written, span));
          continue;
        }
        report({
          span,
          message: `${owner} indicator, \`${written}\`, is not written as a National Indicator code; did you mean ${named(indicator)}? Write it \`${meant}\`.`,
          fix: { title: `Write \`${meant}\``, edits: [{ span, newText: meant }] },
        });
        continue;
      }
      report({
        span,
        message: CODE_LIKE.test(written)
          ? `${owner} indicator, \`${written}\`, is not in the National Indicator Set, which runs from NI 1 to NI 199; ${CHOOSE}.`
          : `${owner} indicator, \`${written}\`, is not a National Indicator code; write a code of the set such as \`NI 154\` (NI 1 to NI 199), or \`local\` for a locally defined indicator.`,
      });
    }
  },
});
