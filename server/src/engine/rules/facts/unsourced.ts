import { isUrlSource } from '../../facts/register';
import { defineRule } from '../rule';
import { evidenceIds } from '../support';

export default defineRule({
  id: 'facts/unsourced',
  defaultSeverity: 'warning',
  description: 'A register entry has no source, or its source names evidence that no draft lists.',
  expectation: 'Every fact of the register names its source: evidence a draft lists, or an address.',
  basis: 'practice',
  passages: ['c121-shared-evidence', 'c123-evidence-up-to-date'],
  crossDocument: true,
  check() {
    // The register is checked on its own (checkRegister).
  },
  checkRegister({ register, workspace, report }) {
    let listed: Set<string> | undefined;
    const listedIds = () => (listed ??= new Set(workspace.drafts().flatMap(evidenceIds)));
    for (const fact of register.facts.values()) {
      if (!fact.source) {
        report({
          span: fact.keySpan,
          message: `Good practice: give ‘${fact.id}’ a ‘source’, the id of the evidence a draft lists for it or an address, so that everyone works from one evidence base.`,
        });
      } else if (!isUrlSource(fact.source) && !listedIds().has(fact.source)) {
        report({
          span: fact.sourceSpan ?? fact.keySpan,
          message: `Good practice: list ‘${fact.source}’, the source of ‘${fact.id}’, under ‘evidence’ in the drafts that rest on it, or correct the id; no draft lists it now.`,
        });
      }
    }
  },
});
