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

/** Parses `text[from, to)` as Markdown and returns its top-level blocks at absolute offsets. */
function parseRegion(text: string, from: number, to: number): Block[] {
  const tree: Root = markdown.parse(text.slice(from, to));
  const blocks: Block[] = [];
  for (const child of tree.children) {
    const start = child.position?.start.offset;
    const end = child.position?.end.offset;
    if (start === undefined || end === undefined) continue;
    blocks.push({ type: child.type, start: from + start, end: from + end, facts: factsOf(child, start) });
  }
  return blocks;
}

function factsOf(node: RootContent, base: number): BlockFacts {
  const facts: BlockFacts = { headings: [], links: [], html: [] };
  const at = (n: { position?: { start: { offset?: number }; end: { offset?: number } } }) => ({
    start: (n.position?.start.offset ?? base) - base,
    end: (n.position?.end.offset ?? base) - base,
  });
  visit(node, (child) => {
    if (child.type === 'heading') facts.headings.push({ depth: child.depth, text: toString(child), ...at(child) });
    else if (child.type === 'link' || child.type === 'definition') facts.links.push({ url: child.url, ...at(child) });
    else if (child.type === 'html') facts.html.push({ value: child.value, ...at(child) });
  });
  return facts;
}

export function parseBody(text: string, start: number): Body {
  return { start, blocks: parseRegion(text, start, text.length), complete: true };
}

/** What a scan looks for: each names a pattern (global) that marks a chunk worth parsing. */
export const SCAN_TARGETS = {
  /** Headings, ATX or setext. */
  headings: /^ {0,3}#{1,6}(?:[ \t]|$)|^ {0,3}(?:=+|-+)[ \t]*\r?$/gm,
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
    boundaries.push(at);
  }
  boundaries.push(text.length);
  const blocks: Block[] = [];
  let chunk = 0;
  let parsedUpTo = start;
  for (const hit of hits) {
    while (chunk + 1 < boundaries.length - 1 && boundaries[chunk + 1] <= hit) chunk++;
    const from = boundaries[chunk];
    const to = boundaries[chunk + 1];
    if (from < parsedUpTo) continue;
    blocks.push(...parseRegion(text, from, to));
    parsedUpTo = to;
  }
  return { start, blocks, complete: false };
}

/** The text that changed between two versions: `[start, oldEnd)` of the old became `[start, newEnd)` of the new. */
export interface Change {
  start: number;
  oldEnd: number;
  newEnd: number;
}

export function diffTexts(oldText: string, newText: string): Change {
  const limit = Math.min(oldText.length, newText.length);
  let start = 0;
  while (start < limit && oldText.charCodeAt(start) === newText.charCodeAt(start)) start++;
  let suffix = 0;
  while (suffix < limit - start && oldText.charCodeAt(oldText.length - 1 - suffix) === newText.charCodeAt(newText.length - 1 - suffix)) suffix++;
  return { start, oldEnd: oldText.length - suffix, newEnd: newText.length - suffix };
}

/** How many times a window of blocks may grow before a full parse is cheaper and surely right. */
const MAX_WIDENINGS = 4;

/**
 * Re-parses only the blocks around a change: the touched blocks plus one unchanged block on
 * each side, which must parse as before (so that nothing outside the window can change);
 * blocks after the window keep their facts and move by the change's length. Returns undefined
 * when the change reaches outside the body, so that the caller parses everything.
 */
export function updateBody(previous: Body, newText: string, change: Change, newStart: number): Body | undefined {
  const delta = change.newEnd - change.oldEnd;
  if (!previous.complete || change.start < previous.start || newStart !== previous.start) return undefined;
  const blocks = previous.blocks;
  let first = blocks.findIndex((b) => b.end >= change.start);
  if (first === -1) first = blocks.length;
  let last = first;
  while (last < blocks.length && blocks[last].start <= change.oldEnd) last++;
  // [first, last) are the blocks the change touches; widen by one unchanged block on each side.
  let from = Math.max(0, first - 1);
  let to = Math.min(blocks.length, last + 1);
  for (let attempt = 0; attempt <= MAX_WIDENINGS; attempt++) {
    const windowStart = from === 0 ? previous.start : blocks[from].start;
    const windowEnd = to === blocks.length ? newText.length : blocks[to - 1].end + delta;
    if (windowEnd < windowStart) return undefined;
    const parsed = parseRegion(newText, windowStart, windowEnd);
    const headStable = from === 0 || sameBlock(parsed[0], blocks[from], 0);
    const tailStable = to === blocks.length || (sameBlock(parsed[parsed.length - 1], blocks[to - 1], delta) && !openAtEnd(newText, parsed[parsed.length - 1]));
    if (headStable && tailStable) {
      const after = blocks.slice(to).map((b) => ({ ...b, start: b.start + delta, end: b.end + delta }));
      return { start: previous.start, blocks: [...blocks.slice(0, from), ...parsed, ...after], complete: true };
    }
    if (!headStable) from = Math.max(0, from - 1);
    if (!tailStable) to = Math.min(blocks.length, to + 1);
  }
  return undefined;
}

function sameBlock(parsed: Block | undefined, old: Block, delta: number): boolean {
  return parsed !== undefined && parsed.type === old.type && parsed.start === old.start + delta && parsed.end === old.end + delta;
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
