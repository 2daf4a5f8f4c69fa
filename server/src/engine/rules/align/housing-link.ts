import { defineRule } from '../rule';
import { linkTheOnlyCandidate, spanOr } from '../support';

export default defineRule({
  id: 'align/housing-link',
  defaultSeverity: 'warning',
  description: 'A housing strategy has no `related.scs`.',
  expectation: 'The housing strategy names the SCS it takes account of.',
  basis: 'requirement',
  passages: ['b5-plans-take-account', 'c122-housing-flexibility'],
  crossDocument: true,
  kinds: ['housing-strategy'],
  check({ draft, workspace, report }) {
    if (draft.related.some((r) => r.role === 'scs')) return;
    // With no SCS in the workspace yet there is nothing to link: say what to do once there is.
    if (!workspace.drafts().some((d) => d.kind === 'sustainable-community-strategy')) {
      report({
        span: spanOr(draft, ['related']),
        severity: 'info',
        message:
          'No SCS is in this workspace yet: once it is, add ‘related: {scs: <path to the SCS>}’ so that this strategy can be kept aligned with it.',
      });
      return;
    }
    report({
      span: spanOr(draft, ['related']),
      message:
        'This housing strategy names no Sustainable Community Strategy; add ‘related: {scs: <path to the SCS>}’ so that it can be kept aligned with it.',
      fix: linkTheOnlyCandidate(draft, workspace, 'scs', 'sustainable-community-strategy'),
    });
  },
});
