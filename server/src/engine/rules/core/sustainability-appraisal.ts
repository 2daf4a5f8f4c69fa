import { defineRule } from '../rule';
import { insertTopLevelKey } from '../support';

export default defineRule({
  id: 'core/sustainability-appraisal',
  defaultSeverity: 'warning',
  description: 'The Core Strategy has no `sustainability-appraisal`.',
  basis: 'fact',
  passages: ['c121-sustainability-appraisal'],
  facts: ['sustainability-appraisal'],
  kinds: ['core-strategy'],
  check({ draft, report }) {
    // A key with no value, or one of the wrong shape, is format/schema's to report.
    if (draft.fm.value(['sustainability-appraisal']) !== undefined) return;
    report({
      span: draft.fence,
      message:
        'This Core Strategy records no Sustainability Appraisal, which the Planning and Compulsory Purchase Act 2004 (s.19(5)) requires for it: ' +
        'add `sustainability-appraisal:` with the path to the appraisal, or `{published: YYYY-MM-DD}` with the date it was published.',
      fix: placeholder(draft),
    });
  },
});

/** Adds the key with a placeholder path for the author to correct. */
function placeholder(draft: Parameters<typeof insertTopLevelKey>[0]) {
  const edit = insertTopLevelKey(draft, 'sustainability-appraisal', './sustainability-appraisal.md');
  return edit && { title: 'Add `sustainability-appraisal` (then correct the path to the appraisal)', edits: [edit] };
}
