import { schemaProblems } from '../../schema/schema-problems';
import { insertMissingKeys } from '../../schema/skeleton';
import { defineRule } from '../rule';

export default defineRule({
  id: 'format/schema',
  defaultSeverity: 'error',
  description:
    'A key has the wrong type, a required key is missing, an enum value is unknown (the nearest is suggested), or `period.from` is after `period.to`.',
  expectation: 'Every key has a value of the right type, and no required key is missing.',
  passages: [],
  runsOnIncompleteDrafts: true,
  check({ draft, report, today }) {
    for (const problem of schemaProblems(draft)) {
      if (problem.rule !== 'format/schema') continue;
      // Missing keys are inserted with placeholders to fill in, in the draft's indentation and line endings.
      const missing = problem.missing;
      const edit = missing && insertMissingKeys(draft, missing.path, missing.keys, today);
      const fix =
        problem.fix ??
        (edit
          ? {
              title: missing.keys.length === 1 ? `Add ‘${missing.keys[0]}’` : `Add the missing keys (${missing.keys.length})`,
              edits: [edit],
            }
          : undefined);
      report({ span: problem.span, message: problem.message, fix });
    }
  },
});
