import { defineRule } from '../rule';

export default defineRule({
  id: 'align/undelivered-priority',
  defaultSeverity: 'info',
  description:
    'An SCS priority is named by no LAA target, Core Strategy objective or housing priority anywhere in the workspace.',
  expectation: 'Every priority is delivered by a target, an objective or a housing priority.',
  basis: 'requirement',
  passages: ['b7-links-to-priorities', 'b5-plans-take-account'],
  crossDocument: true,
  kinds: ['sustainable-community-strategy'],
  check({ draft, workspace, report }) {
    const named = new Set(workspace.referencesTo(draft).map((r) => r.reference.id));
    for (const priority of draft.priorities) {
      if (named.has(priority.id)) continue;
      report({
        span: priority.idSpan,
        message: `Nothing in the workspace delivers priority ‘${priority.id}’: name it in the ‘priority’, ‘delivers’ or ‘supports’ of the LAA target, Core Strategy objective or housing priority that does.`,
      });
    }
  },
});
