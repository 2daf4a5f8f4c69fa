import { closest, listOr } from '../../suggest';
import { defineRule } from '../rule';
import { withoutScs, yamlScalar } from '../support';

export default defineRule({
  id: 'laa/unknown-priority',
  defaultSeverity: 'error',
  description: "A target's `priority` is not the id of a priority of the Sustainable Community Strategy in `related.scs`.",
  expectation: 'Every target names a priority of that SCS.',
  basis: 'requirement',
  passages: ['b7-links-to-priorities', 'c151-delivery-vehicle'],
  crossDocument: true,
  kinds: ['local-area-agreement'],
  notApplicable: ({ draft, workspace }) => withoutScs(workspace, draft),
  check({ draft, workspace, report }) {
    // Without an SCS to resolve against there is nothing to check; laa/relates-to-scs says why.
    const scs = workspace.scsOf(draft);
    if (!scs) return;
    const ids = scs.priorities.map((p) => p.id);
    const known = new Set(ids);
    const rawTitle = scs.fm.value(['title']);
    const title = typeof rawTitle === 'string' && rawTitle.trim() ? rawTitle.trim() : scs.id;
    const related = [{ path: scs.path, span: scs.fm.keySpan(['priorities']) ?? scs.fence, message: `Priorities of ${title}` }];
    for (const reference of draft.references) {
      if (reference.via !== 'target' || known.has(reference.id)) continue;
      const suggestion = closest(reference.id, ids);
      const owner = `Target ‘${reference.from.id}’ has priority ‘${reference.id}’`;
      const problem = ids.length
        ? `${owner}, which the SCS in ‘related.scs’ does not have: ${suggestion ? `did you mean ‘${suggestion}’?` : `use the id of one of its priorities, ${listOr(ids)}.`}`
        : `${owner}, but the SCS in ‘related.scs’ has no priorities yet: add this priority to the SCS first.`;
      report({
        span: reference.span,
        message: `${problem} That SCS is ${title}.`,
        fix: suggestion
          ? {
              title: `Change the priority to ‘${suggestion}’`,
              edits: [{ span: reference.span, newText: yamlScalar(suggestion) }],
            }
          : undefined,
        related,
      });
    }
  },
});
