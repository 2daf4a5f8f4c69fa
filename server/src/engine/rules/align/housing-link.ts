import { defineRule } from '../rule';
import { linkTheOnlyCandidate, spanOr } from '../support';

export default defineRule({
  id: 'align/housing-link',
  defaultSeverity: 'warning',
  description: 'A housing strategy has no `related.scs`.',
  basis: 'requirement',
  passages: ['b5-plans-take-account', 'c122-housing-flexibility'],
  crossDocument: true,
  kinds: ['housing-strategy'],
  check({ draft, workspace, report }) {
    if (draft.related.some((r) => r.role === 'scs')) return;
    report({
      span: spanOr(draft, ['related']),
      message:
        'This housing strategy names no Sustainable Community Strategy; add `related: {scs: <path to the SCS>}` so that it can be kept aligned with it.',
      fix: linkTheOnlyCandidate(draft, workspace, 'scs', 'sustainable-community-strategy'),
    });
  },
});
