import { statedKey } from '../../facts/fact-values';
import { defineRule } from '../rule';
import { workspacePath } from '../../model/links';
import { statesNoFactInText } from './shared';

export default defineRule({
  id: 'facts/conflict',
  defaultSeverity: 'error',
  description: 'Two drafts state different values for one fact that the register does not settle.',
  expectation: 'Every fact it states has the value the other drafts state for it.',
  passages: [],
  crossDocument: true,
  notApplicable: statesNoFactInText,
  check(context) {
    const { draft, workspace, report } = context;
    // The register is read only for a draft that refers to a fact.
    if (draft.factReferences.length === 0) return;
    const register = context.register;
    for (const reference of draft.factReferences) {
      const { id, label } = reference;
      // Where the register has the fact, `facts/mismatch` says which draft is wrong.
      if (reference.in !== 'body' || id === undefined || label === undefined || register?.facts.has(id)) continue;
      const mine = statedKey(label);
      const other = workspace
        .factUses(id)
        .find(
          (use) => use.draft.path !== draft.path && use.reference.label !== undefined && statedKey(use.reference.label) !== mine,
        );
      if (!other) continue;
      report({
        span: reference.labelSpan!.end > reference.labelSpan!.start ? reference.labelSpan! : reference.span,
        message: `‘${id}’ differs between drafts: agree one value and add it to the register of facts; this draft states “${label.trim()}”, ${workspacePath(workspace.root, other.draft.path)} “${other.reference.label!.trim()}”.`,
        related: [
          {
            path: other.draft.path,
            span: other.reference.span,
            message: `‘${id}’ as ${workspacePath(workspace.root, other.draft.path)} states it`,
          },
        ],
      });
    }
  },
});
