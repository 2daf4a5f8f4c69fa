import type { YAMLError } from 'yaml';
import { MAX_ALIAS_COUNT } from '../../parse/parse-draft';
import { defineRule } from '../rule';

/** yaml's error codes, said the way an author would understand them. */
const EXPLANATIONS: Record<string, string> = {
  BAD_INDENT: 'the indentation is off: line the key up with its neighbours',
  TAB_AS_INDENT: 'a tab is used for indentation: YAML needs spaces',
  MISSING_CHAR: 'a character is missing (a closing quote or bracket, or the `:` after a key)',
  MULTILINE_IMPLICIT_KEY: 'a key runs over more than one line: put `key: value` on one line, or quote the value',
  BLOCK_AS_IMPLICIT_KEY: 'a value is written where a key was expected: check the `key: value` form and the indentation',
  UNEXPECTED_TOKEN: 'something unexpected stands here: check the quotes, colons and indentation',
  BAD_SCALAR_START: 'a value starts with a character YAML reserves (such as `@`, `` ` `` or `%`): put the value in quotes',
  BLOCK_IN_FLOW: 'a list or map written in `[ ]` or `{ }` continues on the next line in block form',
  MISSING_ANCHOR: 'an `*alias` names an anchor that is not defined',
  BAD_ALIAS: 'an `*alias` is not valid here',
  DUPLICATE_KEY: 'the same key appears twice in one map: keep one',
  KEY_OVER_1024_CHARS: 'a key is longer than 1024 characters',
  IMPOSSIBLE: 'YAML cannot read this',
  TAG_RESOLVE_FAILED: 'a `!tag` could not be resolved: remove it',
  RESOURCE_EXHAUSTION: 'lists or maps are nested too deeply to be read: nest them less',
};

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
    const text = draft.parsed.text;
    const reportedLines = new Set<number>();
    for (const error of block.yamlErrors) {
      // yaml often follows one mistake with consequential errors on the same line; the first explains it.
      const line = draft.parsed.lines.positionAt(block.contentSpan.start + error.pos[0]).line;
      if (reportedLines.has(line)) continue;
      reportedLines.add(line);
      const span = error.code === 'DUPLICATE_KEY' ? keySpanAt(text, block.contentSpan.start + error.pos[0]) : errorSpan(error, block.contentSpan.start, text);
      const explanation = EXPLANATIONS[error.code] ?? firstLine(error.message);
      const quoted = error.code === 'DUPLICATE_KEY' ? ` (\`${text.slice(span.start, span.end).trim()}\`)` : '';
      report({ span, message: `The frontmatter is not valid YAML: ${explanation}${quoted}.` });
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

function errorSpan(error: YAMLError, offset: number, text: string) {
  const start = Math.min(offset + error.pos[0], text.length);
  const end = Math.min(offset + Math.max(error.pos[1], error.pos[0] + 1), text.length);
  // An error placed on indentation means the line itself is at fault: cover its content.
  if (end - start <= 1 && /^[ \t]/.test(text.slice(start, start + 1))) {
    const lineEnd = text.slice(start).search(/\r?\n|$/);
    const line = text.slice(start, start + lineEnd);
    const content = line.trimStart();
    if (content) return { start: start + line.length - content.length, end: start + line.trimEnd().length };
  }
  return { start, end: Math.max(start, end) };
}

/** yaml marks only the first character of a duplicate key; cover the whole key. */
function keySpanAt(text: string, start: number) {
  const key = /^("[^"\n]*"|'[^'\n]*'|[^:\r\n]*?)[ \t]*:/.exec(text.slice(start, start + 1100));
  return { start, end: start + Math.max(1, key ? key[1].length : 1) };
}

function firstLine(message: string): string {
  return message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '').replace(/\.$/, '');
}
