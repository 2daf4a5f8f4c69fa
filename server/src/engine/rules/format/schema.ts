import { schemaProblems } from '../../schema/schema-problems';
import { defineRule } from '../rule';

export default defineRule({
  id: 'format/schema',
  defaultSeverity: 'error',
  description:
    'A key has the wrong type, a required key is missing, an enum value is unknown (the nearest is suggested), or `period.from` is after `period.to`.',
  passages: [],
  check({ draft, report }) {
    for (const problem of schemaProblems(draft)) {
      if (problem.rule === 'format/schema') report({ span: problem.span, message: problem.message, fix: problem.fix });
    }
  },
});
