import type { Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';

const markdown = unified().use(remarkParse).use(remarkGfm);

/** What the engine needs from a block of the body, with offsets relative to the block's start. */
export interface BlockFacts {
  headings: { depth: number; text: string; start: number; end: number }[];
  /** Inline links and link definitions, whatever their target. */
  links: { url: string; start: number; end: number }[];
  /** Raw HTML (block or inline), where control comments live. */
  html: { value: string; start: number; end: number }[];
  /** Whether the block defines a link label or a footnote, which changes how references elsewhere parse. */
  defines?: true;
}

/** A top-level block of the body (paragraph, heading, list, table …) at absolute offsets. */
export interface Block {
  type: RootContent['type'];
  start: number;
  end: number;
  facts: BlockFacts;
}

export interface Body {
  /** Offset where the body starts (after the frontmatter). */
  start: number;
  blocks: Block[];
  /**
   * False for a scanned body (see `scanBody`), which holds only the blocks that can carry
   * headings, links or control comments: enough for the facts, not for incremental updates.
   */
  complete: boolean;
}

/**
 * Parses `text[from, to)` as Markdown and returns its top-level blocks at absolute offsets. The
 * nesting guard starts with the depth the lines above carry into `from` (as in a parse of the whole).
 */
function parseRegion(text: string, from: number, to: number): Block[] {
  const blocks: Block[] = [];
  try {
    const tree: Root = markdown.parse(defuseNesting(text.slice(from, to), nestingAt(text, from)));
    for (const child of tree.children) {
      const start = child.position?.start.offset;
      const end = child.position?.end.offset;
      if (start === undefined || end === undefined) continue;
      blocks.push({ type: child.type, start: from + start, end: from + end, facts: factsOf(child, start) });
    }
  } catch (error) {
    // A tree too deep to walk: the region is kept as one block without facts rather than failing the draft.
    if (!(error instanceof RangeError)) throw error;
    return to > from ? [{ type: 'paragraph', start: from, end: to, facts: { headings: [], links: [], html: [] } }] : [];
  }
  return blocks;
}

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
function nestingAt(text: string, offset: number): number {
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
function lineNesting(source: string, start: number, end: number, depth: number): { blank: boolean; deepest: number; depth: number } {
  let at = start;
  let containers = 0;
  let columns = 0;
  for (; at < end; at++) {
    const code = source.charCodeAt(at);
    if (code === 0x20) columns++;
    else if (code === 0x09) columns += 4;
    else if (code === 0x3e /* > */) containers++;
    else if ((code === 0x2d || code === 0x2b || code === 0x2a) && isSpace(source.charCodeAt(at + 1)) && at + 1 < end) containers++;
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

/**
 * A copy of a string that holds nothing else: a slice of the draft's text would keep the whole text
 * alive, and facts outlive their version (a block the next edit leaves alone keeps its facts).
 */
function detached(text: string): string {
  return text.length < 13 ? text : (JSON.parse(JSON.stringify(text)) as string);
}

function factsOf(node: RootContent, base: number): BlockFacts {
  const facts: BlockFacts = { headings: [], links: [], html: [] };
  const at = (n: { position?: { start: { offset?: number }; end: { offset?: number } } }) => ({
    start: (n.position?.start.offset ?? base) - base,
    end: (n.position?.end.offset ?? base) - base,
  });
  visit(node, (child) => {
    if (child.type === 'heading') facts.headings.push({ depth: child.depth, text: detached(toString(child)), ...at(child) });
    else if (child.type === 'link' || child.type === 'definition') facts.links.push({ url: detached(child.url), ...at(child) });
    else if (child.type === 'html') facts.html.push({ value: detached(child.value), ...at(child) });
    if (child.type === 'definition' || child.type === 'footnoteDefinition') facts.defines = true;
  });
  return facts;
}

/** Plain inline links `[text](url)`: they parse the same whatever labels the document defines. */
const PLAIN_INLINE_LINK = /\[(?!\^)[^[\]\n]*\]\([^()\s<>"']*\)/g;

/**
 * Whether `source` may parse differently in place than alone, because of a definition elsewhere:
 * `[text][label]`, `[label]` and `[^note]` resolve only when their label is defined, and a
 * resolved reference changes the brackets around it.
 */
function refersToLabels(source: string): boolean {
  return source.includes('[') && source.replace(PLAIN_INLINE_LINK, '').includes('[');
}

/** Every definition has `]:` in it: a text without one parses alike in part and in whole. */
const mayDefineLabels = (text: string) => text.includes(']:');

export function parseBody(text: string, start: number): Body {
  return { start, blocks: parseRegion(text, start, text.length), complete: true };
}

/** What a scan looks for: each names a pattern (global) that marks a chunk worth parsing. */
export const SCAN_TARGETS = {
  /** Headings, ATX or setext, also inside list items, block quotes and footnote definitions (`[^1]:# …`). */
  headings: /(?:^|[ \t>*+\-.):])#{1,6}(?:[ \t]|\r?$)|^[ \t>]*(?:=+|-+)[ \t]*\r?$/gm,
  /** Links that may lead to another draft. */
  links: /\.md\b/gi,
  /** Control comments. */
  controls: /placeshaper-/g,
} as const;

export type ScanTarget = keyof typeof SCAN_TARGETS;

/** Block openers whose block may run over blank lines: fenced code and the multi-line kinds of raw HTML. */
const SPANNING_OPENER = /^ {0,3}(?:(`{3,}|~{3,})|<(!--|script\b|pre\b|style\b|textarea\b|\?|!\[CDATA\[|![A-Za-z]))/gim;
/** Where a new top-level block must start: an unindented line after one or more blank lines. */
const CHUNK_BOUNDARY = /\n(?:[ \t]*\r?\n)+(?=[^ \t\r\n])/g;

function closerOf(opener: string): RegExp {
  const tag = opener.toLowerCase();
  if (tag === '!--') return /-->/;
  if (tag === '?') return /\?>/;
  if (tag === '![cdata[') return /\]\]>/;
  if (/^![a-z]/.test(tag)) return />/;
  return /<\/(script|pre|style|textarea)>/i;
}

/** The stretches of the body that fenced code and multi-line HTML blocks cover, where no block can start. */
function spanningBlocks(text: string, start: number): [number, number][] {
  const spans: [number, number][] = [];
  const opener = new RegExp(SPANNING_OPENER.source, SPANNING_OPENER.flags);
  opener.lastIndex = start;
  for (let match = opener.exec(text); match; match = opener.exec(text)) {
    if (match.index < start) continue;
    const lineEnd = text.indexOf('\n', match.index);
    const nextLine = lineEnd === -1 ? text.length : lineEnd + 1;
    let end: number;
    if (match[1]) {
      const fence = match[1];
      const close = new RegExp(`^ {0,3}${fence[0] === '`' ? '`' : '~'}{${fence.length},}[ \\t]*\\r?$`, 'm');
      const found = close.exec(text.slice(nextLine));
      end = found ? nextLine + found.index + found[0].length : text.length;
    } else {
      const closer = closerOf(match[2]);
      const sameLine = text.slice(match.index + match[0].length - match[2].length, nextLine);
      if (closer.test(sameLine)) continue;
      const found = closer.exec(text.slice(nextLine));
      if (!found) end = text.length;
      else {
        const closeLineEnd = text.indexOf('\n', nextLine + found.index);
        end = closeLineEnd === -1 ? text.length : closeLineEnd;
      }
    }
    spans.push([match.index, end]);
    opener.lastIndex = Math.max(end, nextLine);
  }
  return spans;
}

/**
 * The body's facts of one kind without parsing all of it: the body is cut where a new
 * top-level block must start (an unindented line after a blank line, outside fenced code and
 * multi-line HTML), and only the chunks where `target`'s pattern occurs are parsed. Each chunk
 * parses alone exactly as it does in place, so those facts equal a full parse's.
 */
export function scanBody(text: string, start: number, target: ScanTarget): Body {
  const pattern = new RegExp(SCAN_TARGETS[target].source, SCAN_TARGETS[target].flags);
  pattern.lastIndex = start;
  const hits: number[] = [];
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    hits.push(match.index);
    if (match[0].length === 0) pattern.lastIndex++;
  }
  if (hits.length === 0) return { start, blocks: [], complete: false };
  const spans = spanningBlocks(text, start);
  const boundaries = [start];
  CHUNK_BOUNDARY.lastIndex = start;
  let span = 0;
  for (let match = CHUNK_BOUNDARY.exec(text); match; match = CHUNK_BOUNDARY.exec(text)) {
    const at = match.index + match[0].length;
    while (span < spans.length && spans[span][1] < at) span++;
    if (span < spans.length && spans[span][0] < at && at <= spans[span][1]) continue;
    // After indented code the parser reads what follows differently from a fresh start: keep them together.
    if (/^(?: {4}|\t)/.test(text.slice(text.lastIndexOf('\n', match.index - 1) + 1, match.index))) continue;
    boundaries.push(at);
  }
  boundaries.push(text.length);
  const chunks: [number, number][] = [];
  let chunk = 0;
  for (const hit of hits) {
    while (chunk + 1 < boundaries.length - 1 && boundaries[chunk + 1] <= hit) chunk++;
    const last = chunks[chunks.length - 1];
    if (!last || last[0] !== boundaries[chunk]) chunks.push([boundaries[chunk], boundaries[chunk + 1]]);
  }
  // A chunk that refers to labels defined elsewhere parses right only with the whole body.
  if (mayDefineLabels(text) && chunks.some(([from, to]) => refersToLabels(text.slice(from, to)))) return parseBody(text, start);
  const blocks: Block[] = [];
  const hard: [number, number][] = [];
  for (const [from, to] of chunks) {
    const easy = plainChunk(text, from, to);
    if (easy) blocks.push(easy);
    else hard.push([from, to]);
  }
  blocks.push(...parseChunks(text, hard));
  return { start, blocks: blocks.sort((a, b) => a.start - b.start), complete: false };
}

/** Characters that may change how a line parses inline: code, HTML, escapes, entities, emphasis, images, strikethrough. */
const INLINE_SYNTAX = /[`<>\\&*_!~|]|\[\^|www\.|:\/\//;
const SIMPLE_LINK = /\[([^[\]\n]*)\]\(([^()\s<>"']+)\)/g;
const ATX_HEADING = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?[ \t]*\r?\n?$/;

/**
 * The facts of a chunk that is a single plain line or paragraph (no blank line, no indented
 * or container syntax, none of the characters that change inline parsing, brackets never
 * nested): there a heading's text and a link's extent are exactly what they look like, so the
 * parser can be spared. Anything else returns undefined and goes to the parser.
 */
function plainChunk(text: string, from: number, to: number): Block | undefined {
  const chunk = text.slice(from, to).replace(/(?:\r?\n)+$/, '');
  if (!chunk || INLINE_SYNTAX.test(chunk) || /\n[ \t]*\r?\n|^[ \t]|\n[ \t]/.test(chunk)) return undefined;
  if (/^(?:[-+*>=]|\d+[.)]|#{7}|---|\[[^\]]*\]:)/m.test(chunk) || /\[[^\]]*\[/.test(chunk)) return undefined;
  const lines = chunk.split(/\r?\n/);
  const heading = ATX_HEADING.exec(lines[0]);
  if (heading) {
    if (lines.length > 1) return undefined;
    const content = (heading[2] ?? '').trim();
    // Closing sequences and brackets have rules of their own: leave them to the parser.
    if (/[#[\]()]/.test(lines[0].slice(lines[0].indexOf('#') + heading[1].length))) return undefined;
    return { type: 'heading', start: from, end: from + chunk.length, facts: { headings: [{ depth: heading[1].length, text: content, start: 0, end: chunk.length }], links: [], html: [] } };
  }
  if (lines.some((line) => /^ {0,3}#/.test(line))) return undefined;
  const links: BlockFacts['links'] = [];
  let consumed = 0;
  for (const match of chunk.matchAll(SIMPLE_LINK)) {
    links.push({ url: match[2], start: match.index, end: match.index + match[0].length });
    consumed++;
  }
  // Every `](` must belong to a link recognised here; otherwise let the parser decide.
  if (consumed !== chunk.split('](').length - 1) return undefined;
  return { type: 'paragraph', start: from, end: from + chunk.length, facts: { headings: [], links, html: [] } };
}

/**
 * A comment between chunks parsed together: it ends any list or quote before it, so that no
 * block runs from one chunk into the next, and it names no rule, so it is never a control comment.
 */
const CHUNK_SEPARATOR = '\n\n<!-- -->\n\n';

/**
 * Parses several chunks of a text in one go (the parser's set-up costs more than a small
 * chunk), then maps the blocks back to where each chunk stands in the text.
 */
function parseChunks(text: string, chunks: readonly [number, number][]): Block[] {
  if (chunks.length === 0) return [];
  const placed: { from: number; to: number; at: number }[] = [];
  let joined = '';
  for (const [from, to] of chunks) {
    if (joined) joined += CHUNK_SEPARATOR;
    placed.push({ from, to, at: joined.length });
    joined += text.slice(from, to);
  }
  const blocks: Block[] = [];
  let index = 0;
  for (const block of parseRegion(joined, 0, joined.length)) {
    while (index + 1 < placed.length && placed[index + 1].at <= block.start) index++;
    const chunk = placed[index];
    if (block.start >= chunk.at + (chunk.to - chunk.from)) continue;
    const shift = chunk.from - chunk.at;
    blocks.push({ ...block, start: block.start + shift, end: block.end + shift });
  }
  return blocks;
}

/** The text that changed between two versions: `[start, oldEnd)` of the old became `[start, newEnd)` of the new. */
export interface Change {
  start: number;
  oldEnd: number;
  newEnd: number;
}

/** Characters compared at once while looking for the changed stretch; native comparison of slices beats a loop. */
const DIFF_STEP = 2048;

export function diffTexts(oldText: string, newText: string): Change {
  const limit = Math.min(oldText.length, newText.length);
  let start = 0;
  while (start + DIFF_STEP <= limit && oldText.slice(start, start + DIFF_STEP) === newText.slice(start, start + DIFF_STEP)) start += DIFF_STEP;
  while (start < limit && oldText.charCodeAt(start) === newText.charCodeAt(start)) start++;
  let suffix = 0;
  const room = limit - start;
  while (suffix + DIFF_STEP <= room && oldText.slice(oldText.length - suffix - DIFF_STEP, oldText.length - suffix) === newText.slice(newText.length - suffix - DIFF_STEP, newText.length - suffix)) suffix += DIFF_STEP;
  while (suffix < room && oldText.charCodeAt(oldText.length - 1 - suffix) === newText.charCodeAt(newText.length - 1 - suffix)) suffix++;
  return { start, oldEnd: oldText.length - suffix, newEnd: newText.length - suffix };
}

/** How many times a window of blocks may grow at its end before a full parse is cheaper and surely right. */
const MAX_WIDENINGS = 8;

/**
 * Re-parses only the blocks around a change, between two barriers the parser cannot see across:
 * a block that nothing below it can join (a paragraph, heading, table, rule, quote, closed fence or
 * closed HTML block) followed by a blank line, or the start or end of the body. The window runs
 * from the nearest barrier above the change (in text the change left alone) to the first barrier
 * below it that the new parse confirms and the old parse had; blocks after the window keep their
 * facts and move by the change's length. Returns undefined when the change reaches outside the body or the window cannot
 * be fenced in, so that the caller parses everything.
 */
export function updateBody(previous: Body, oldText: string, newText: string, change: Change, newStart: number): Body | undefined {
  const delta = change.newEnd - change.oldEnd;
  if (!previous.complete || change.start < previous.start || newStart !== previous.start) return undefined;
  const blocks = previous.blocks;
  // [first, last): the blocks the change touches (none when it falls after the last block).
  let first = blocks.findIndex((b) => b.end >= change.start);
  if (first === -1) first = blocks.length;
  // A block is touched from the start of its line: its indentation decides what it is.
  const touched = (block: Block) => block.start <= change.oldEnd || lineStart(newText, block.start + delta) <= change.newEnd;
  let last = first;
  while (last < blocks.length && touched(blocks[last])) last++;
  let from = first;
  let windowStart = from === 0 ? previous.start : lineStart(newText, Math.min(from < blocks.length ? blocks[from].start : Infinity, change.start));
  while (from > 0 && !barrierBetween(newText, blocks[from - 1], windowStart)) {
    from--;
    windowStart = from === 0 ? previous.start : lineStart(newText, blocks[from].start);
  }
  for (let to = last, attempt = 0; attempt <= MAX_WIDENINGS; attempt++, to++) {
    const atEnd = to >= blocks.length;
    const windowEnd = atEnd ? newText.length : lineStart(newText, blocks[to].start + delta);
    if (windowEnd < windowStart) return undefined;
    const parsed = parseWindow(newText, windowStart, windowEnd, blocks.slice(from, Math.min(to, blocks.length)));
    if (!parsed) return undefined;
    if (atEnd) return withWindow(previous, from, blocks.length, parsed, delta);
    // The blocks after the window are kept as they were parsed: only behind a barrier in the old text too
    // (a nesting depth or a container carried into them then would change them now).
    const lastParsed = parsed[parsed.length - 1];
    const keptBehindBarrier = to === 0 || barrierBetween(oldText, blocks[to - 1], lineStart(oldText, blocks[to].start));
    if ((!lastParsed || barrierBetween(newText, lastParsed, windowEnd)) && keptBehindBarrier) return withWindow(previous, from, to, parsed, delta);
  }
  return undefined;
}

/** Blocks that nothing below them can join once a blank line follows. */
const CLOSED_BY_BLANK_LINE = new Set<Block['type']>(['paragraph', 'heading', 'table', 'thematicBreak', 'blockquote']);
const BLANK_LINE = /\n[ \t]*\r?\n/;

/**
 * Whether the parser has done with `block` before `nextLineStart`: the block is of a kind a blank
 * line closes for good (a fenced code or HTML block once it is closed), and a blank line stands
 * between them.
 */
function barrierBetween(text: string, block: Block, nextLineStart: number): boolean {
  if (!BLANK_LINE.test(text.slice(block.end, nextLineStart))) return false;
  if (CLOSED_BY_BLANK_LINE.has(block.type)) return true;
  if (block.type === 'html') return !openAtEnd(text, block);
  return block.type === 'code' && /^ {0,3}(`{3,}|~{3,})/.test(text.slice(block.start, block.end)) && !openAtEnd(text, block);
}

/**
 * Parses `newText[windowStart, windowEnd)`, which stands where the `old` blocks stood. Undefined
 * when a definition is in play (held by the old blocks or the new, or a label referred to that a
 * definition elsewhere may define): definitions reach across blocks, so the whole body is parsed.
 */
function parseWindow(newText: string, windowStart: number, windowEnd: number, old: readonly Block[]): Block[] | undefined {
  if (old.some((b) => b.facts.defines)) return undefined;
  if (refersToLabels(newText.slice(windowStart, windowEnd)) && mayDefineLabels(newText)) return undefined;
  const parsed = parseRegion(newText, windowStart, windowEnd);
  return parsed.some((b) => b.facts.defines) ? undefined : parsed;
}

/** The body with blocks `[from, to)` replaced by `parsed`, and the blocks after them moved by `delta`. */
function withWindow(previous: Body, from: number, to: number, parsed: readonly Block[], delta: number): Body {
  return { start: previous.start, blocks: [...previous.blocks.slice(0, from), ...parsed, ...shiftBlocks(previous.blocks.slice(to), delta)], complete: true };
}

/**
 * The start of the line holding `offset`: a block's position leaves out the line's indentation,
 * which decides what the block is (three spaces and `#` is a heading, four is code).
 */
function lineStart(text: string, offset: number): number {
  const lineFeed = text.lastIndexOf('\n', offset - 1);
  return lineFeed + 1;
}

/** The blocks moved by `delta`, their facts (relative to each block's start) shared. */
export function shiftBlocks(blocks: readonly Block[], delta: number): Block[] {
  return blocks.map((b) => ({ ...b, start: b.start + delta, end: b.end + delta }));
}

/** A fenced code block or raw HTML block left open swallows what follows it. */
function openAtEnd(text: string, block: Block): boolean {
  const source = text.slice(block.start, block.end);
  if (block.type === 'code') {
    const fence = /^ {0,3}(`{3,}|~{3,})/.exec(source);
    if (!fence) return false;
    const lines = source.split(/\r?\n/);
    const closing = new RegExp(`^ {0,3}${fence[1][0] === '`' ? '`' : '~'}{${fence[1].length},}\\s*$`);
    return lines.length < 2 || !closing.test(lines[lines.length - 1]);
  }
  if (block.type === 'html') {
    const opening = source.trimStart();
    if (opening.startsWith('<!--')) return !source.includes('-->');
    if (/^<(script|pre|style|textarea)\b/i.test(opening)) return !/<\/(script|pre|style|textarea)>/i.test(source);
    if (opening.startsWith('<?')) return !source.includes('?>');
    if (opening.startsWith('<![CDATA[')) return !source.includes(']]>');
    if (/^<![A-Za-z]/.test(opening)) return !source.includes('>');
  }
  return false;
}
