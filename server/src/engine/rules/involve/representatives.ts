import { defineRule } from '../rule';
import { consultationOf, listAnd } from '../support';

/** Fewer groups than this ("four" in the messages) and the consultation is unlikely to reach beyond the loudest voices. */
export const MIN_GROUPS = 4;

const plural = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

export default defineRule({
  id: 'involve/representatives',
  defaultSeverity: 'warning',
  description:
    '`consultation.groups` lacks `children-and-young-people`, or lacks `hard-to-reach`, or has fewer than four groups.',
  expectation: 'Children and young people, hard-to-reach groups and at least four groups in all were consulted.',
  basis: 'requirement',
  passages: ['c111-representatives'],
  check({ draft, report }) {
    if (draft.fm.value(['consultation']) === undefined) {
      report({
        span: draft.fence,
        message:
          'No consultation is recorded: involve representatives of local persons, including children and young people and hard-to-reach groups, ' +
          'and add ‘consultation’ with its ‘from’ and ‘to’ dates and the ‘groups’ consulted.',
      });
      return;
    }
    // A consultation that is not a map, or whose `groups` is missing or not a list, is format/schema's to report.
    const groups = consultationOf(draft)?.groups;
    if (!groups) return;
    const distinct = new Set(groups);
    const missing = ['children-and-young-people', 'hard-to-reach'].filter((g) => !distinct.has(g));
    const tooFew = distinct.size < MIN_GROUPS;
    if (missing.length === 0 && !tooFew) return;
    const count = distinct.size === 0 ? 'names no groups' : `names only ${plural(distinct.size, 'group')}`;
    // The missing groups come first, and the count after the remedy, so that the remedy stays in view.
    const problem = missing.length ? `leaves out ${listAnd(missing)}` : count;
    const actions: string[] = [];
    if (missing.length) actions.push(missing.length === 1 ? 'add it' : 'add both');
    if (distinct.size + missing.length < MIN_GROUPS)
      actions.push(`consult at least four groups${missing.length ? ' in all' : ' and list them all'}`);
    const alsoTooFew = missing.length && tooFew ? ` (it ${count})` : '';
    report({
      span: draft.fm.valueSpan(['consultation', 'groups']) ?? draft.fm.keySpan(['consultation']) ?? draft.fence,
      message:
        `‘consultation.groups’ ${problem}: ${actions.join(', and ')}${alsoTooFew}; representatives of local persons include ` +
        'children and young people, the hard to reach and other diverse groups, not only those with the loudest voice.',
    });
  },
});
