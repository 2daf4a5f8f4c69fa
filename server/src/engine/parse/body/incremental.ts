// Incremental parsing: after an edit, only the blocks between two barriers around it are parsed again.
import { mayDefineLabels, parseRegion, refersToLabels, type Block, type Body } from './blocks';

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
  while (start + DIFF_STEP <= limit && oldText.slice(start, start + DIFF_STEP) === newText.slice(start, start + DIFF_STEP))
    start += DIFF_STEP;
  while (start < limit && oldText.charCodeAt(start) === newText.charCodeAt(start)) start++;
  let suffix = 0;
  const room = limit - start;
  while (
    suffix + DIFF_STEP <= room &&
    oldText.slice(oldText.length - suffix - DIFF_STEP, oldText.length - suffix) ===
      newText.slice(newText.length - suffix - DIFF_STEP, newText.length - suffix)
  )
    suffix += DIFF_STEP;
  while (suffix < room && oldText.charCodeAt(oldText.length - 1 - suffix) === newText.charCodeAt(newText.length - 1 - suffix))
    suffix++;
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
  let windowStart =
    from === 0
      ? previous.start
      : lineStart(newText, Math.min(from < blocks.length ? blocks[from].start : Infinity, change.start));
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
    if ((!lastParsed || barrierBetween(newText, lastParsed, windowEnd)) && keptBehindBarrier)
      return withWindow(previous, from, to, parsed, delta);
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
  return {
    start: previous.start,
    blocks: [...previous.blocks.slice(0, from), ...parsed, ...shiftBlocks(previous.blocks.slice(to), delta)],
    complete: true,
  };
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
