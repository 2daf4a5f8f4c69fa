import { defineRule } from '../rule';

export default defineRule({
  id: 'scs/full-council',
  defaultSeverity: 'error',
  description: 'The SCS is `status: adopted` and `approval.body` is not `full-council`.',
  expectation: 'An adopted SCS was agreed at full council.',
  basis: 'requirement',
  passages: ['b5-full-council'],
  kinds: ['sustainable-community-strategy'],
  notApplicable({ draft }) {
    const status = draft.fm.value(['status']);
    return status === 'adopted' ? undefined : `Applies once the SCS is adopted; its status is ‘${String(status)}’.`;
  },
  check({ draft, report }) {
    if (draft.fm.value(['status']) !== 'adopted') return;
    // A missing approval, or a body that is neither `full-council` nor `executive`, is format/schema's to report.
    const body = draft.fm.value(['approval', 'body']);
    if (body !== 'executive') return;
    const span = draft.fm.valueSpan(['approval', 'body']);
    if (!span) return;
    report({
      span,
      message: `‘${body}’ approved this adopted SCS: set ‘approval.body: full-council’, as the SCS must be agreed at full council.`,
      fix: { title: 'Set ‘approval.body’ to ‘full-council’', edits: [{ span, newText: 'full-council' }] },
    });
  },
});
