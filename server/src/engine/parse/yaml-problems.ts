import { isMap, isScalar, visit, type Document, type ErrorCode, type Node, type YAMLError } from 'yaml';
import type { Span } from '../text/line-index';

/** Every error the YAML parser reports, said the way an author would understand it (never a library's advice to programmers). */
const EXPLANATIONS: Record<ErrorCode, string> = {
  ALIAS_PROPS: 'an ‘*alias’ cannot carry an ‘&anchor’ or a ‘!tag’: remove them',
  BAD_ALIAS: 'an ‘*alias’ or ‘&anchor’ is not valid here: name it plainly, or remove it',
  BAD_COLLECTION_TYPE: 'a ‘!tag’ names the wrong kind of list or map: remove it',
  BAD_DIRECTIVE: 'a ‘%’ directive line is not valid here: remove it',
  BAD_DQ_ESCAPE: 'a double-quoted value has an escape YAML does not know: write ‘\\\\’ for a backslash, or use single quotes',
  BAD_INDENT: 'the indentation is off: align the key with its neighbours',
  BAD_PROP_ORDER: 'an ‘&anchor’ or a ‘!tag’ is in the wrong place: put it just before its value',
  BAD_SCALAR_START:
    'a value starts with a character YAML reserves: put the value in quotes (YAML reserves ‘@’, ‘%’ and the backtick, among others)',
  BLOCK_AS_IMPLICIT_KEY: 'a value is written where a key was expected: check the ‘key: value’ form and the indentation',
  BLOCK_IN_FLOW: 'a list or map in ‘[ ]’ or ‘{ }’ goes on in block form: write it all in brackets, or all in block form',
  DUPLICATE_KEY: 'the same key appears twice in one map: keep one',
  IMPOSSIBLE: 'YAML cannot read this: check the quotes, colons and indentation',
  KEY_OVER_1024_CHARS: 'a key is longer than 1024 characters: shorten it',
  MISSING_CHAR: 'a character is missing: add the closing quote or bracket, or the ‘:’ after a key',
  MULTILINE_IMPLICIT_KEY: 'a key runs over more than one line: put ‘key: value’ on one line, or quote the value',
  MULTIPLE_ANCHORS: 'a value has more than one ‘&anchor’: keep one',
  MULTIPLE_DOCS: 'it holds more than one YAML document: keep one, and remove the ‘...’ or ‘---’ line that splits it',
  MULTIPLE_TAGS: 'a value has more than one ‘!tag’: keep one',
  NON_STRING_KEY: 'a key is a list or a map: use a plain word as the key instead',
  RESOURCE_EXHAUSTION: 'lists or maps are nested too deeply to be read: put fewer of them inside one another',
  TAB_AS_INDENT: 'a tab is used for indentation: replace it with spaces, which YAML needs',
  TAG_RESOLVE_FAILED: 'a ‘!tag’ could not be resolved: remove it',
  UNEXPECTED_TOKEN: 'something unexpected stands here: check the quotes, colons and indentation',
};

export interface YamlProblem {
  /** Offsets into `text`. */
  span: Span;
  /** What is wrong, in the author's words, without a full stop: "the indentation is off: …". */
  explanation: string;
}

/**
 * The problems of a YAML document that `text` holds at `offset`, one per line (the parser often
 * follows one mistake with errors that only repeat it), each at a span an editor can show: never
 * empty, never only a line break.
 */
export function yamlProblems(document: Document.Parsed | { errors: YAMLError[] }, text: string, offset: number): YamlProblem[] {
  const duplicates = 'contents' in document ? duplicateKeys(document) : [];
  const problems: YamlProblem[] = [];
  const lines = new Set<number>();
  for (const error of document.errors) {
    let span: Span;
    if (error.code === 'DUPLICATE_KEY') {
      const key = duplicates.shift();
      // An empty key (`: value`) has an empty range: point at its colon.
      span =
        key && key[1] > key[0]
          ? { start: offset + key[0], end: offset + key[1] }
          : key
            ? colonAt(text, offset + key[0])
            : visibleSpan(text, offset + error.pos[0], offset + error.pos[1]);
    } else if (error.code === 'MULTIPLE_DOCS') {
      span =
        documentMarkerBefore(text, offset, offset + error.pos[0]) ??
        visibleSpan(text, offset + error.pos[0], offset + error.pos[1]);
    } else {
      span = visibleSpan(
        text,
        Math.min(offset + error.pos[0], text.length),
        Math.min(offset + Math.max(error.pos[1], error.pos[0] + 1), text.length),
      );
    }
    const line = lineOf(text, span.start);
    if (lines.has(line)) continue;
    lines.add(line);
    const keyText = text.slice(span.start, span.end).trim();
    const quoted = error.code !== 'DUPLICATE_KEY' ? '' : keyText === ':' ? ' (an empty key)' : ` (‘${keyText}’)`;
    problems.push({ span, explanation: `${EXPLANATIONS[error.code] ?? EXPLANATIONS.IMPOSSIBLE}${quoted}` });
  }
  return problems;
}

/** The key of every second (third …) occurrence of a key in a map, in document order, as [start, end) in the YAML source. */
function duplicateKeys(document: Document.Parsed): [number, number][] {
  const found: [number, number][] = [];
  visit(document, {
    Map(_, map) {
      if (!isMap(map)) return;
      const seen = new Set<unknown>();
      for (const pair of map.items) {
        const key = isScalar(pair.key) ? pair.key.value : pair.key;
        const range = (pair.key as Node | null)?.range;
        if (seen.has(key) && range) found.push([range[0], range[1]]);
        seen.add(key);
      }
    },
  });
  return found.sort((a, b) => a[0] - b[0]);
}

/** The `:` at or after `at` on its line (where an empty key stands), else one character at `at`. */
function colonAt(text: string, at: number): Span {
  const line = /^[^\r\n]*/.exec(text.slice(at))![0];
  const colon = line.indexOf(':');
  return colon === -1 ? visibleSpan(text, at, at + 1) : { start: at + colon, end: at + colon + 1 };
}

/** The last `...` or `---` line between `from` and `to`: where a second YAML document begins. */
function documentMarkerBefore(text: string, from: number, to: number): Span | undefined {
  let found: Span | undefined;
  for (const match of text.slice(from, to).matchAll(/^(?:\.\.\.|---)(?=[ \t]*\r?$)/gm))
    found = { start: from + match.index, end: from + match.index + 3 };
  return found;
}

function lineOf(text: string, offset: number): number {
  let line = 0;
  for (let at = text.indexOf('\n'); at !== -1 && at < offset; at = text.indexOf('\n', at + 1)) line++;
  return line;
}

/**
 * A span an editor can draw: one that holds only a line break (or nothing) at the end of a line
 * covers the last word of that line instead; one on a line's indentation covers the line's content.
 */
function visibleSpan(text: string, start: number, end: number): Span {
  if (/^[\r\n]*$/.test(text.slice(start, end))) {
    const lineStart = text.lastIndexOf('\n', start - 1) + 1;
    let wordEnd = start;
    while (wordEnd > lineStart && /[ \t\r]/.test(text[wordEnd - 1])) wordEnd--;
    if (wordEnd > lineStart) {
      let wordStart = wordEnd;
      while (wordStart > lineStart && !/[ \t]/.test(text[wordStart - 1])) wordStart--;
      return { start: wordStart, end: wordEnd };
    }
    const lineBreak = /^\r?\n/.exec(text.slice(start));
    return { start, end: Math.min(text.length, start + (lineBreak ? lineBreak[0].length : 1)) };
  }
  // An error placed on indentation means the line itself is at fault: cover its content.
  if (end - start <= 1 && /^[ \t]/.test(text.slice(start, start + 1))) {
    const lineEnd = text.slice(start).search(/\r?\n|$/);
    const line = text.slice(start, start + lineEnd);
    const content = line.trimStart();
    if (content) return { start: start + line.length - content.length, end: start + line.trimEnd().length };
  }
  return { start, end: Math.max(start, end) };
}
