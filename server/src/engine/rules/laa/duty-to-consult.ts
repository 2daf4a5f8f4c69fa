import { defineRule } from '../rule';
import { consultationOf, listAnd } from '../support';

/** The groups the duty to consult names beyond the partner authorities, in the order of the catalogue. */
const REQUIRED = ['parish-councils', 'elected-members', 'businesses', 'residents', 'third-sector'] as const;

/** How a message counts the missing groups. */
const COUNT = ['no groups', 'one group', 'two groups', 'three groups', 'four groups', 'five groups'];

export default defineRule({
  id: 'laa/duty-to-consult',
  defaultSeverity: 'warning',
  description:
    '`consultation.groups` lacks any of `parish-councils`, `elected-members`, `businesses`, `residents` and `third-sector`.',
  expectation: 'Parish councils, elected members, businesses, residents and the third sector were consulted.',
  basis: 'requirement',
  passages: ['b7-prepare-and-consult', 'c142-consulting-parishes-and-members'],
  kinds: ['local-area-agreement'],
  check({ draft, report }) {
    // No consultation at all is involve/representatives' to report; no list of groups is format/schema's.
    const groups = consultationOf(draft)?.groups;
    const span = draft.fm.valueSpan(['consultation', 'groups']);
    if (!groups || !span) return;
    const missing = REQUIRED.filter((group) => !groups.includes(group));
    if (missing.length === 0) return;
    report({
      span,
      message:
        `‘consultation.groups’ lacks ${COUNT[missing.length]}: consult ${listAnd(missing)} and add ${missing.length === 1 ? 'it' : 'them'} to the list, ` +
        'as the duty to consult on a Local Area Agreement reaches local people, businesses, parish and town councils, elected members and the third sector.',
    });
  },
});
