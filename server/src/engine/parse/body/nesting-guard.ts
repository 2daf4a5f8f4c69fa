// The nesting guard: lines nested deeper than any author writes are set aside before parsing, whose time grows faster than the nesting.
/**
 * Nesting deeper than this on one line (block quotes, list items and indentation; brackets and
 * emphasis, which carry over the lines of a paragraph) is nothing an author writes, and the
 * parser's time and stack grow faster than linearly with it.
 */
export const MAX_NESTING = 32;

/**
 * The text with every line that nests deeper than MAX_NESTING replaced by an empty HTML comment
 * of the same length (spaces when too short), so that every offset stays put: such a line ends
 * the paragraph, list or quote it was in and holds no heading, link or control comment, and the
 * rest of the body parses as before.
 */
export function defuseNesting(source: string, carriedDepth = 0): string {
  let out: string[] | undefined;
  let done = 0;
  let depth = carriedDepth;
  for (let lineStart = 0; lineStart < source.length;) {
    let lineEnd = source.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = source.length;
    const nesting = lineNesting(source, lineStart, lineEnd, depth);
    if (nesting.blank) depth = 0;
    else if (nesting.deepest > MAX_NESTING) {
      const carriageReturn = source.charCodeAt(lineEnd - 1) === 0x0d ? 1 : 0;
      (out ??= []).push(source.slice(done, lineStart), emptyComment(lineEnd - lineStart - carriageReturn));
      done = lineEnd - carriageReturn;
      depth = 0;
    } else depth = nesting.depth;
    lineStart = lineEnd + 1;
  }
  if (!out) return source;
  out.push(source.slice(done));
  return out.join('');
}

/**
 * The bracket and emphasis depth the lines before `offset` carry into it, counted from the blank
 * line above (where it starts from nothing): what `defuseNesting` would have carried to `offset`
 * in a parse from the start of the body.
 */
export function nestingAt(text: string, offset: number): number {
  // Back, line by line, to the nearest blank line above `offset`.
  let from = offset;
  while (from > 0) {
    const previousLineStart = text.lastIndexOf('\n', from - 2) + 1;
    if (/^[ \t]*\r?\n$/.test(text.slice(previousLineStart, from))) break;
    from = previousLineStart;
  }
  let depth = 0;
  for (let lineStart = from; lineStart < offset;) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1 || lineEnd > offset) lineEnd = offset;
    const nesting = lineNesting(text, lineStart, lineEnd, depth);
    depth = nesting.blank || nesting.deepest > MAX_NESTING ? 0 : nesting.depth;
    lineStart = lineEnd + 1;
  }
  return depth;
}

/** `<!--  -->` of `length` characters: a block of its own that interrupts a paragraph and closes open containers. */
const emptyComment = (length: number) => (length >= 7 ? `<!--${' '.repeat(length - 7)}-->` : ' '.repeat(length));

const isSpace = (code: number) => code === 0x20 || code === 0x09 || code === 0x0d || code === 0x0a || Number.isNaN(code);
const isPunctuation = (char: string) => /[\p{P}\p{S}]/u.test(char);

/**
 * How deep one line nests: its container prefix (`>`, list markers, indentation in pairs of
 * columns), and the open brackets and emphasis carried in from the lines above (`depth`) and
 * changed by this line's own.
 */
export function lineNesting(
  source: string,
  start: number,
  end: number,
  depth: number,
): { blank: boolean; deepest: number; depth: number } {
  let at = start;
  let containers = 0;
  let columns = 0;
  for (; at < end; at++) {
    const code = source.charCodeAt(at);
    if (code === 0x20) columns++;
    else if (code === 0x09) columns += 4;
    else if (code === 0x3e /* > */) containers++;
    else if ((code === 0x2d || code === 0x2b || code === 0x2a) && isSpace(source.charCodeAt(at + 1)) && at + 1 < end)
      containers++;
    else if (code >= 0x30 && code <= 0x39) {
      const marker = /^\d{1,9}[.)](?=[ \t])/.exec(source.slice(at, Math.min(end, at + 11)));
      if (!marker) break;
      containers++;
      at += marker[0].length - 1;
    } else break;
  }
  if (at >= end || (at === end - 1 && source.charCodeAt(at) === 0x0d)) {
    return { blank: containers === 0, deepest: containers + Math.floor(columns / 2), depth };
  }
  let deepest = depth;
  for (; at < end; at++) {
    const char = source[at];
    if (char === '\\') at++;
    else if (char === '[') deepest = Math.max(deepest, ++depth);
    else if (char === ']') depth = Math.max(0, depth - 1);
    else if (char === '*' || char === '_') {
      let run = at;
      while (run + 1 < end && source[run + 1] === char) run++;
      const previous = at > start ? source[at - 1] : ' ';
      const next = run + 1 < end ? source[run + 1] : ' ';
      const opens = !isSpace(next.charCodeAt(0)) && (isSpace(previous.charCodeAt(0)) || isPunctuation(previous));
      const closes = !isSpace(previous.charCodeAt(0)) && (isSpace(next.charCodeAt(0)) || isPunctuation(next));
      if (opens && !closes) deepest = Math.max(deepest, ++depth);
      else if (closes && !opens) depth = Math.max(0, depth - 1);
      at = run;
    }
  }
  return { blank: false, deepest: Math.max(deepest, containers + Math.floor(columns / 2)), depth };
}
