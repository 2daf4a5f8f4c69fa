import { defineRule } from '../rule';
import { consultationOf } from '../support';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A local calendar date written YYYY-MM-DD. */
export function isoDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** True for a real calendar date written YYYY-MM-DD. */
export function isIsoDate(text: string): boolean {
  const match = ISO_DATE.exec(text);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export default defineRule({
  id: 'involve/feedback',
  defaultSeverity: 'warning',
  description: '`consultation.to` is past and there is no `consultation.feedback`.',
  expectation: 'Consultees were told the results of a closed consultation.',
  basis: 'requirement',
  passages: ['c111-responding-to-consultation'],
  notApplicable({ draft, today }) {
    const to = consultationOf(draft)?.to;
    if (to === undefined) return 'Applies once a consultation has closed; no ‘consultation.to’ date is given.';
    return isIsoDate(to) && to >= isoDay(today) ? `Applies once the consultation has closed; it runs to ${to}.` : undefined;
  },
  check({ draft, today, report }) {
    const to = consultationOf(draft)?.to;
    // A missing or malformed date is format/schema's to report.
    if (to === undefined || !isIsoDate(to) || to >= isoDay(today)) return;
    const feedback = draft.fm.value(['consultation', 'feedback']);
    // `feedback:` with no value is format/schema's to report.
    if (feedback !== undefined) return;
    const span = draft.fm.valueSpan(['consultation', 'to']);
    if (!span) return;
    report({
      span,
      message:
        `The consultation closed on ${to} and no feedback to consultees is recorded: tell consultees the results of the consultation ` +
        'and what is happening as a result, as authorities should, and record the date in ‘consultation.feedback’ (YYYY-MM-DD).',
    });
  },
});
