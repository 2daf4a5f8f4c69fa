import { closest } from '../../suggest';
import { yamlScalar } from '../support';
import { defineRule } from '../rule';
import { workspacePath } from '../../model/links';

export default defineRule({
  id: 'facts/unknown',
  defaultSeverity: 'error',
  description: 'A reference names a fact the register does not have (the nearest id is suggested).',
  expectation: 'Every fact it refers to is in the register of facts.',
  passages: [],
  notApplicable: ({ draft }) => (draft.factReferences.length ? undefined : 'Refers to no fact of the register.'),
  check(context) {
    const { draft, workspace, report } = context;
    // The register is read only for a draft that refers to a fact.
    if (draft.factReferences.length === 0) return;
    const register = context.register;
    for (const reference of draft.factReferences) {
      if (reference.id === undefined) {
        report({
          span: reference.span,
          message:
            reference.in === 'body'
              ? 'This fact reference names no fact: add the fact’s id after the label, as in ‘:fact[10,060 homes]{#housing.requirement}’.'
              : 'This ‘fact’ names no fact: write the id of a fact of the register, as in ‘{fact: housing.requirement}’.',
        });
        continue;
      }
      if (register?.facts.has(reference.id)) continue;
      if (!register) {
        report({
          span: reference.idSpan,
          message: `There is no register of facts for ‘${reference.id}’: add ‘facts.yaml’ at the workspace root with an entry ‘${reference.id}’, or name the register with ‘facts’ in .placeshaper.yaml.`,
        });
        continue;
      }
      const suggestion = closest(reference.id, [...register.facts.keys()]);
      const where = workspacePath(workspace.root, register.path);
      report({
        span: reference.idSpan,
        message: suggestion
          ? `‘${reference.id}’ is not in the register of facts (${where}); did you mean ‘${suggestion}’?`
          : `‘${reference.id}’ is not in the register of facts (${where}): add it there, or correct the id.`,
        fix: suggestion
          ? {
              title: `Change to ‘${suggestion}’`,
              edits: [{ span: reference.idSpan, newText: reference.in === 'frontmatter' ? yamlScalar(suggestion) : suggestion }],
            }
          : undefined,
      });
    }
  },
});
