import { defineRule } from '../rule';
import { periodOf } from '../support';

const WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

function years(count: number): string {
  if (count === 0) return 'less than a year';
  const number = WORDS[count] ?? String(count);
  return count === 1 ? `${number} year` : `${number} years`;
}

export default defineRule({
  id: 'laa/period',
  defaultSeverity: 'warning',
  description: 'The agreement does not run for three years (`period.to` − `period.from` ≠ 3).',
  expectation: 'The agreement runs for three years.',
  basis: 'fact',
  passages: ['b7-relates-to-scs', 'c131-three-year-targets'],
  facts: ['laa-three-years'],
  kinds: ['local-area-agreement'],
  check({ draft, report }) {
    const period = periodOf(draft);
    // A missing, malformed or reversed period is a problem for format/schema.
    if (!period || period.from > period.to) return;
    const length = period.to - period.from;
    if (length === 3) return;
    report({
      span: draft.fm.keySpan(['period']) ?? draft.fence,
      message:
        `This agreement runs from ${period.from} to ${period.to}, which is ${years(length)}; make the period three years (from ${period.from} to ${period.from + 3}), ` +
        'as a Local Area Agreement sets three-year improvement targets.',
    });
  },
});
