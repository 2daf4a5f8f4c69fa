import { defineRule } from '../rule';
import { appendToList, consultationOf } from '../support';

export default defineRule({
  id: 'involve/elected-members',
  defaultSeverity: 'info',
  description: '`consultation.groups` lacks `elected-members`.',
  expectation: 'Elected members were consulted.',
  basis: 'requirement',
  passages: ['c111-elected-members'],
  check({ draft, report }) {
    // No consultation, or no list of groups, is reported by involve/representatives and format/schema.
    const groups = consultationOf(draft)?.groups;
    if (!groups || groups.includes('elected-members')) return;
    const span = draft.fm.valueSpan(['consultation', 'groups']);
    if (!span) return;
    const edit = appendToList(draft, ['consultation', 'groups'], 'elected-members');
    report({
      span,
      message:
        '‘consultation.groups’ does not include ‘elected-members’: involve elected members, and add ‘elected-members’ to the groups, ' +
        'as they should lead the engagement with local people.',
      ...(edit ? { fix: { title: 'Add ‘elected-members’ to ‘consultation.groups’', edits: [edit] } } : {}),
    });
  },
});
