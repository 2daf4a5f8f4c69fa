import { defineRule } from '../rule';
import { insertTopLevelKey } from '../support';

export default defineRule({
  id: 'core/community-involvement',
  defaultSeverity: 'info',
  description: 'The Core Strategy has no `community-involvement` (Statement of Community Involvement).',
  expectation: 'The Statement of Community Involvement is named.',
  basis: 'fact',
  passages: ['c121-statement-of-community-involvement'],
  facts: ['statement-of-community-involvement'],
  kinds: ['core-strategy'],
  check({ draft, report }) {
    // A key with no value, or one of the wrong shape, is format/schema's to report.
    if (draft.fm.value(['community-involvement']) !== undefined) return;
    report({
      span: draft.fence,
      message:
        'This Core Strategy does not name its Statement of Community Involvement: add ‘community-involvement:’ with the path to the statement, ' +
        'or ‘{adopted: YYYY-MM-DD}’ with the date it was adopted; the authority must prepare the statement and follow it.',
      fix: placeholder(draft),
    });
  },
});

/** Adds the key with a placeholder path for the author to correct. */
function placeholder(draft: Parameters<typeof insertTopLevelKey>[0]) {
  const edit = insertTopLevelKey(draft, 'community-involvement', './statement-of-community-involvement.md');
  return edit && { title: 'Add ‘community-involvement’ (then correct the path to the statement)', edits: [edit] };
}
