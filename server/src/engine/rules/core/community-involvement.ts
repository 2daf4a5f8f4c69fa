import { defineRule } from '../rule';

export default defineRule({
  id: 'core/community-involvement',
  defaultSeverity: 'info',
  description: 'The Core Strategy has no `community-involvement` (Statement of Community Involvement).',
  passages: ['c121-statement-of-community-involvement'],
  kinds: ['core-strategy'],
  check({ draft, report }) {
    // A key with no value, or one of the wrong shape, is format/schema's to report.
    if (draft.fm.value(['community-involvement']) !== undefined) return;
    report({
      span: draft.fence,
      message:
        'This Core Strategy does not name its Statement of Community Involvement: ' +
        'add `community-involvement:` with the path to the statement, or `{adopted: YYYY-MM-DD}` with the date it was adopted.',
    });
  },
});
