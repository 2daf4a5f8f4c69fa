import { MAX_ALIAS_COUNT } from '../../parse/parse-draft';
import { yamlProblems } from '../../parse/yaml-problems';
import { defineRule } from '../rule';

export default defineRule({
  id: 'format/yaml-syntax',
  defaultSeverity: 'error',
  description: 'The frontmatter is not valid YAML, or is never closed.',
  expectation: 'The frontmatter is valid YAML, closed by a `---` line.',
  passages: [],
  runsOnIncompleteDrafts: true,
  runsOnBrokenDrafts: true,
  check({ draft, report }) {
    const block = draft.parsed.frontmatter;
    if (!block) return;
    if (!block.closed) {
      report({
        span: draft.fence,
        message: 'The frontmatter opened here is never closed: add a line with ‘---’ after its last key.',
      });
      return;
    }
    const document = block.yaml ?? { errors: block.yamlErrors };
    for (const problem of yamlProblems(document, draft.parsed.text, block.contentSpan.start)) {
      report({ span: problem.span, message: `The frontmatter is not valid YAML: ${problem.explanation}.` });
    }
    const dataError = draft.fm.dataError;
    if (dataError) {
      const unresolved = /^Unresolved alias\b.*?: (.+)$/s.exec(dataError);
      report({
        span: draft.fence,
        message: unresolved
          ? `The frontmatter uses the alias ‘*${unresolved[1]}’ with no anchor ‘&${unresolved[1]}’ above it: mark the value it stands for with ‘&${unresolved[1]}’, or write the value out.`
          : /alias/i.test(dataError)
            ? `The frontmatter expands ‘*aliases’ more than ${MAX_ALIAS_COUNT} times; write the values out instead.`
            : `The frontmatter could not be read: check its YAML (${dataError}).`,
      });
    }
  },
});
