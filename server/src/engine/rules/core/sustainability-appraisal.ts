import { defineRule } from '../rule';
import { insertTopLevelKey } from '../support';

export default defineRule({
  id: 'core/sustainability-appraisal',
  defaultSeverity: 'warning',
  description: 'The Core Strategy has no `sustainability-appraisal`.',
  expectation: 'A sustainability appraisal is named.',
  basis: 'fact',
  passages: ['c121-sustainability-appraisal'],
  facts: ['sustainability-appraisal'],
  kinds: ['core-strategy'],
  check({ draft, report }) {
    // A key with no value, or one of the wrong shape, is format/schema's to report.
    if (draft.fm.value(['sustainability-appraisal']) !== undefined) return;
    // While the plan is first drafted its appraisal is being carried out alongside: a reminder, not yet a warning.
    if (draft.fm.value(['status']) === 'draft') {
      report({
        span: draft.fence,
        severity: 'info',
        message:
          'Record the Sustainability Appraisal once it is published: add ‘sustainability-appraisal:’ with its path or ‘{published: YYYY-MM-DD}’; ' +
          'the Planning and Compulsory Purchase Act 2004 (s.19(5)) requires one for this Core Strategy.',
        fix: placeholder(draft),
      });
      return;
    }
    report({
      span: draft.fence,
      message:
        'This Core Strategy records no Sustainability Appraisal: add ‘sustainability-appraisal:’ with the path to the appraisal, ' +
        'or ‘{published: YYYY-MM-DD}’ with the date it was published; the Planning and Compulsory Purchase Act 2004 (s.19(5)) requires one for it.',
      fix: placeholder(draft),
    });
  },
});

/** Adds the key with a placeholder path for the author to correct. */
function placeholder(draft: Parameters<typeof insertTopLevelKey>[0]) {
  const edit = insertTopLevelKey(draft, 'sustainability-appraisal', './sustainability-appraisal.md');
  return edit && { title: 'Add ‘sustainability-appraisal’ (then correct the path to the appraisal)', edits: [edit] };
}
