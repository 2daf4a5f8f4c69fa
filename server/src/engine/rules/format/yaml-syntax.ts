import { MAX_ALIAS_COUNT } from '../../parse/parse-draft';
import { yamlProblems } from '../../parse/yaml-problems';
import { defineRule } from '../rule';

export default defineRule({
  id: 'format/yaml-syntax',
  defaultSeverity: 'error',
  description: 'The frontmatter is not valid YAML, or is never closed.',
  passages: [],
  runsOnBrokenDrafts: true,
  check({ draft, report }) {
    const block = draft.parsed.frontmatter;
    if (!block) return;
    if (!block.closed) {
      report({
        span: draft.fence,
        message: 'The frontmatter opened here is never closed: add a line with `---` after its last key.',
      });
      return;
    }
    const document = block.yaml ?? { errors: block.yamlErrors };
    for (const problem of yamlProblems(document, draft.parsed.text, block.contentSpan.start)) {
      report({ span: problem.span, message: `The frontmatter is not valid YAML: ${problem.explanation}.` });
    }
    if (draft.fm.dataError) {
      report({
        span: draft.fence,
        message: /alias/i.test(draft.fm.dataError)
          ? `The frontmatter expands \`*aliases\` more than ${MAX_ALIAS_COUNT} times; write the values out instead.`
          : `The frontmatter could not be read: ${draft.fm.dataError}.`,
      });
    }
  },
});
