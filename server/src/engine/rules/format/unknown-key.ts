import { schemaProblems } from '../../schema/schema-problems';
import { defineRule } from '../rule';

export default defineRule({
  id: 'format/unknown-key',
  defaultSeverity: 'warning',
  description: 'A key the format does not know (the nearest is suggested: `prioritys` → `priorities`).',
  expectation: 'Every key is one the format knows.',
  passages: [],
  runsOnIncompleteDrafts: true,
  check({ draft, report }) {
    for (const problem of schemaProblems(draft)) {
      if (problem.rule === 'format/unknown-key') report({ span: problem.span, message: problem.message, fix: problem.fix });
    }
  },
});
