// The closed-draft scan: the facts of one kind (headings, links, control comments) without parsing the whole body.
import { mayDefineLabels, parseBody, parseRegion, refersToLabels, type Block, type BlockFacts, type Body } from './blocks';

/** What a scan looks for: each names a pattern (global) that marks a chunk worth parsing. */
export const SCAN_TARGETS = {
  /** Headings, ATX or setext, also inside list items, block quotes and footnote definitions (`[^1]:# …`). */
  headings: /(?:^|[ \t>*+\-.):])#{1,6}(?:[ \t]|\r?$)|^[ \t>]*(?:=+|-+)[ \t]*\r?$/gm,
  /** Links that may lead to another draft. */
  links: /\.md\b/gi,
  /** Control comments. */
  controls: /placeshaper-/g,
  /** References to the register of facts, `:fact[…]{#…}`. */
  facts: /:fact\b/g,
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
 * Where the body from `start` may be cut into chunks that each parse alone exactly as they do in
 * place: where a new top-level block must start (an unindented line after a blank line), outside
 * fenced code and multi-line HTML, and not after indented code. The first is `start`, the last the
 * text's end. (Link references need the whole body: see `mayDefineLabels`.)
 */
export function chunkBoundaries(text: string, start: number): number[] {
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
  return boundaries;
}

/** The chunks of the body from `start` (see `chunkBoundaries`) that hold the offsets `hits`, given in order; each once. */
export function chunksHolding(text: string, start: number, hits: readonly number[]): [number, number][] {
  const boundaries = chunkBoundaries(text, start);
  const chunks: [number, number][] = [];
  let chunk = 0;
  for (const hit of hits) {
    while (chunk + 1 < boundaries.length - 1 && boundaries[chunk + 1] <= hit) chunk++;
    const last = chunks[chunks.length - 1];
    if (!last || last[0] !== boundaries[chunk]) chunks.push([boundaries[chunk], boundaries[chunk + 1]]);
  }
  return chunks;
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
  const chunks = chunksHolding(text, start, hits);
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
const INLINE_SYNTAX = /[`<>\\&*_!~|]|\[\^|www\.|:\/\/|:fact\b/;
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
    return {
      type: 'heading',
      start: from,
      end: from + chunk.length,
      facts: { headings: [{ depth: heading[1].length, text: content, start: 0, end: chunk.length }], links: [], html: [] },
    };
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
 * Several chunks of a text joined for one parse (the parser's set-up costs more than a small
 * chunk). `shiftOf(offset)` says how far what the parse found at `offset` of the joined text moves
 * to stand where its chunk stands in `text`: undefined when it lies in a separator. Ask in order.
 */
export function joinChunks(
  text: string,
  chunks: readonly [number, number][],
): { joined: string; shiftOf(offset: number): number | undefined } {
  const placed: { from: number; to: number; at: number }[] = [];
  let joined = '';
  for (const [from, to] of chunks) {
    if (joined) joined += CHUNK_SEPARATOR;
    placed.push({ from, to, at: joined.length });
    joined += text.slice(from, to);
  }
  let index = 0;
  return {
    joined,
    shiftOf(offset) {
      while (index + 1 < placed.length && placed[index + 1].at <= offset) index++;
      const chunk = placed[index];
      return offset >= chunk.at + (chunk.to - chunk.from) ? undefined : chunk.from - chunk.at;
    },
  };
}

/** Parses several chunks of a text in one go, then maps the blocks back to where each chunk stands in the text. */
function parseChunks(text: string, chunks: readonly [number, number][]): Block[] {
  if (chunks.length === 0) return [];
  const { joined, shiftOf } = joinChunks(text, chunks);
  const blocks: Block[] = [];
  for (const block of parseRegion(joined, 0, joined.length)) {
    const shift = shiftOf(block.start);
    if (shift !== undefined) blocks.push({ ...block, start: block.start + shift, end: block.end + shift });
  }
  return blocks;
}
