// A draft's body as sanitised HTML trees, one per top-level block, each with its place in the text.
// The body is cut into chunks that parse alone as they do in place; a chunk that is one paragraph
// or one heading of plain words becomes its element at once, and runs of the others go through
// remark, rehype and the sanitiser. Both give the same HTML (test/review-body.test.ts).
import type { Element, ElementContent, Root, RootContent } from 'hast';
import type { Root as MdastRoot } from 'mdast';
import { visit } from 'unist-util-visit';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { trimLines } from 'trim-lines';
import { unified } from 'unified';
import { defuseNesting, nestingAt } from '../parse/body/nesting-guard';
import { mayDefineLabels } from '../parse/body/blocks';
import { chunkBoundaries, joinChunks } from '../parse/body/scan';
import { FACT_DIRECTIVE, factDirectiveParts, restoreOtherDirectives, textDirectives } from '../parse/body/fact-directive';

const toHast = unified().use(remarkParse).use(remarkGfm).use(textDirectives).use(remarkRehype, { allowDangerousHtml: true });

/** `readableFacts` as a step of a pipeline that parses a whole text (the tests' reference rendering). */
export function readableFactsStep() {
  return (tree: MdastRoot, file: { value: unknown }) => readableFacts(tree, String(file.value));
}

/** `:fact[10,060 homes]{#housing.requirement}` reads as its label, its fact named in its title; other directives as written. */
function readableFacts(tree: MdastRoot, source: string): void {
  // A reference with no label has nothing to read: it is shown as written, as other directives are.
  restoreOtherDirectives(tree, source, (directive) => directive.name === FACT_DIRECTIVE && directive.children.length > 0);
  visit(tree, 'textDirective', (node) => {
    const id = factDirectiveParts(node, source, '').id;
    node.data = { hName: 'span', hProperties: { title: id ? `Fact ‘${id}’ of the register` : 'A fact that names no id' } };
  });
}
/** GitHub's rules for HTML in Markdown; styles and templates of a draft are dropped with their contents, as scripts are. */
export const SANITIZE_SCHEMA = {
  ...defaultSchema,
  strip: [...(defaultSchema.strip ?? []), 'style', 'template', 'noscript'],
  // The review gives every id the draft's own prefix itself (review-draft-html.ts); a second one would break footnotes.
  clobberPrefix: '',
};
const withRawHtml = unified().use(rehypeRaw).use(rehypeSanitize, SANITIZE_SCHEMA);
const sanitizeOnly = unified().use(rehypeSanitize, SANITIZE_SCHEMA);

/** Anything that may make a line more than words: inline syntax, links, autolinks, HTML, entities, escapes, tables, and spaces other than the plain ones (which the parser keeps where `trim` would not). */
const NOT_PLAIN = /[`<>\\&*_!~|[\]@#=]|www\.|:\/\/|[ \t]\r?\n|[^\S \t\r\n]/i;
/** A line that may open a block of its own: a list item, a quote, a setext underline, a thematic break. */
const BLOCK_START = /^(?:[-+*>=]|\d{1,9}[.)])/m;
const ATX_HEADING = /^(#{1,6})[ \t]+([^\r\n]*?)[ \t]*$/;

const RAW_HTML = /<[A-Za-z!/?]/;

const point = (offset: number) => ({ line: 1, column: 1, offset });
const placed = (start: number, end: number) => ({ start: point(start), end: point(end) });

/** A link with words for its text and a relative address of the plainest kind (no scheme, nothing to escape). */
const SIMPLE_LINK = /\[([^[\]\n]*)\]\(([^()\s<>"'\\]*)\)/g;
const PLAIN_ADDRESS = /^[A-Za-z0-9./#-]+$/;
/** A bullet list item of one line: its marker and its words. */
const LIST_ITEM = /^([-*+]) (\S[^\r\n]*)$/;

const LIST_LIKE = /^ {0,3}(?:[-*+]|\d{1,9}[.)])(?:[ \t]|\r?$)/;
const LIST_LINE = new RegExp(LIST_LIKE.source, 'm');

/** The first line from `offset` on that is not blank. */
function lineAfter(text: string, offset: number): string {
  return /^(?:[ \t]*\r?\n)*([^\r\n]*)/.exec(text.slice(offset, offset + 2000))![1];
}

/** Words and simple links, as remark would give them (text nodes, `a` elements), or undefined for anything more. */
function inlineNodes(words: string, offset: number): ElementContent[] | undefined {
  const nodes: ElementContent[] = [];
  const text = (value: string, at: number): ElementContent => ({
    type: 'text',
    value: trimLines(value),
    position: placed(offset + at, offset + at + value.length),
  });
  let at = 0;
  for (const link of words.matchAll(SIMPLE_LINK)) {
    const [whole, label, address] = link;
    if (!label || NOT_PLAIN.test(label) || !PLAIN_ADDRESS.test(address)) return undefined;
    if (link.index > at) nodes.push(text(words.slice(at, link.index), at));
    nodes.push({
      type: 'element',
      tagName: 'a',
      properties: { href: address },
      children: [text(label, link.index + 1)],
      position: placed(offset + link.index, offset + link.index + whole.length),
    });
    at = link.index + whole.length;
  }
  if (at < words.length) nodes.push(text(words.slice(at), at));
  return nodes.some((node) => node.type === 'text' && NOT_PLAIN.test(node.value)) ? undefined : nodes;
}

/** A chunk without the blank lines around it, or undefined when it is not one run of unindented lines. */
function chunkText(text: string, chunkStart: number, to: number): { from: number; chunk: string } | undefined {
  const raw = text.slice(chunkStart, to);
  // The first chunk may begin with the blank lines after the frontmatter.
  const from = chunkStart + /^(?:[ \t]*\r?\n)*/.exec(raw)![0].length;
  // Only the spaces the parser drops: a no-break space or a tab at the end is the draft's, and goes to the parser.
  const chunk = raw.slice(from - chunkStart).replace(/[ \t\r\n]+$/, '');
  return !chunk || /^[ \t]|\n[ \t]|\n[ \t]*\r?\n|[ \t]\r?\n/.test(chunk) ? undefined : { from, chunk };
}

const element = (tagName: string, children: ElementContent[], start: number, end: number, properties = {}): Element => ({
  type: 'element',
  tagName,
  properties,
  children,
  position: placed(start, end),
});

/** Nodes as remark puts them in a block: each after a line end, and a last line end. */
function wrapped(nodes: ElementContent[]): ElementContent[] {
  return [...nodes.flatMap((node): ElementContent[] => [{ type: 'text', value: '\n' }, node]), { type: 'text', value: '\n' }];
}

/** A GFM table whose cells hold plain words and simple links, one cell count throughout, as remark renders it. */
function plainTable(chunk: string, from: number): Element | undefined {
  const lines = chunk.split('\n').map((line) => line.replace(/\r$/, ''));
  if (lines.length < 2 || !lines.every((line) => /^\|.*\|$/.test(line) && line.length > 1)) return undefined;
  const cellsOf = (line: string) => line.slice(1, -1).split('|');
  const delimiter = cellsOf(lines[1]);
  if (!delimiter.every((cell) => /^ *:?-+:? *$/.test(cell))) return undefined;
  const align = delimiter.map((cell) => {
    const d = cell.trim();
    return d.startsWith(':') && d.endsWith(':') ? 'center' : d.endsWith(':') ? 'right' : d.startsWith(':') ? 'left' : undefined;
  });
  const rows: Element[] = [];
  let offset = from;
  for (const [index, line] of lines.entries()) {
    const lineStart = offset;
    offset += line.length + (chunk.slice(offset - from + line.length, offset - from + line.length + 1) === '\r' ? 2 : 1);
    if (index === 1) continue;
    const cells = cellsOf(line);
    if (cells.length !== align.length) return undefined;
    let at = lineStart + 1;
    const children: Element[] = [];
    for (const [column, cell] of cells.entries()) {
      const words = cell.replace(/^[ \t]+|[ \t]+$/g, '');
      const start = at + cell.indexOf(words.charAt(0));
      const inline = words ? inlineNodes(words, start) : [];
      if (!inline) return undefined;
      const properties = align[column] ? { align: align[column] } : {};
      // remark places a cell from its opening pipe to the end of its words.
      children.push(element(index === 0 ? 'th' : 'td', inline, at - 1, words ? start + words.length : at, properties));
      at += cell.length + 1;
    }
    rows.push(element('tr', wrapped(children), lineStart, lineStart + line.length));
  }
  const [head, ...body] = rows;
  const parts = [element('thead', wrapped([head]), head.position!.start.offset!, head.position!.end.offset!)];
  if (body.length)
    parts.push(element('tbody', wrapped(body), body[0].position!.start.offset!, body.at(-1)!.position!.end.offset!));
  return element('table', wrapped(parts), from, from + chunk.length);
}

/**
 * The element of a chunk that is one paragraph, one ATX heading or one table of plain words and
 * simple links, undefined for anything else. Such a chunk has no other inline or block syntax, so
 * remark would give exactly these elements, the spaces around line ends trimmed.
 */
export function plainBlock(text: string, chunkStart: number, to: number): Element | undefined {
  const found = chunkText(text, chunkStart, to);
  if (!found) return undefined;
  const { from, chunk } = found;
  const block = (tagName: string, children: ElementContent[]): Element => element(tagName, children, from, from + chunk.length);
  const heading = ATX_HEADING.exec(chunk);
  if (heading) {
    const words = heading[2];
    if (!words || /[#\n]/.test(words) || /\n/.test(chunk)) return undefined;
    const children = inlineNodes(words, from + chunk.indexOf(words));
    return children && block(`h${heading[1].length}`, children);
  }
  if (chunk.startsWith('|')) return plainTable(chunk, from);
  if (BLOCK_START.test(chunk)) return undefined;
  const children = inlineNodes(chunk, from);
  return children && block('p', children);
}

/** The one-line items of a chunk that is a bullet list of plain words and simple links, all with one marker. */
function listItems(text: string, chunkStart: number, to: number): { marker: string; items: Element[]; end: number } | undefined {
  const found = chunkText(text, chunkStart, to);
  if (!found) return undefined;
  const items: Element[] = [];
  let marker: string | undefined;
  let offset = found.from;
  for (const line of found.chunk.split('\n')) {
    const item = LIST_ITEM.exec(line.replace(/\r$/, ''));
    // One marker throughout, and items whose words open no block of their own.
    if (!item || (marker && item[1] !== marker) || BLOCK_START.test(item[2]) || /^#/.test(item[2])) return undefined;
    marker = item[1];
    const children = inlineNodes(item[2], offset + 2);
    if (!children) return undefined;
    items.push(element('li', children, offset, offset + 2 + item[2].length));
    offset += line.length + 1;
  }
  return { marker: marker!, items, end: found.from + found.chunk.length };
}

/**
 * A bullet list that starts at chunk `first`: one chunk, a tight list; several in a row (blank
 * lines between items), a loose one, whose items hold paragraphs. Undefined when a list-like line
 * before or after it, or anything in it, would make remark read it otherwise.
 */
function plainList(text: string, boundaries: number[], first: number): { element: Element; last: number } | undefined {
  const start = listItems(text, boundaries[first], boundaries[first + 1]);
  // A list that starts anywhere in the chunk before (items may interrupt a paragraph) would take these items in.
  if (!start || (first > 0 && LIST_LINE.test(text.slice(boundaries[first - 1], boundaries[first])))) return undefined;
  const chunks = [start];
  let last = first;
  while (last + 2 < boundaries.length) {
    const next = listItems(text, boundaries[last + 1], boundaries[last + 2]);
    if (!next || next.marker !== start.marker) break;
    chunks.push(next);
    last++;
  }
  if (LIST_LIKE.test(lineAfter(text, boundaries[last + 1]))) return undefined;
  const loose = chunks.length > 1;
  const items = chunks.flatMap((chunk) => chunk.items);
  const from = items[0].position!.start.offset!;
  const list = element(
    'ul',
    wrapped(
      items.map((item) => {
        if (!loose) return item;
        const { start: s, end: e } = { start: item.position!.start.offset! + 2, end: item.position!.end.offset! };
        return { ...item, children: wrapped([element('p', item.children, s, e)]) };
      }),
    ),
    from,
    chunks.at(-1)!.end,
  );
  return { element: list, last };
}

/** `text[from, to)` through remark, rehype and the sanitiser: its top-level nodes, placed in the whole text. */
function parsedBlocks(text: string, from: number, to: number, rawHtml = RAW_HTML.test(text.slice(from, to))): RootContent[] {
  const source = defuseNesting(text.slice(from, to), nestingAt(text, from));
  try {
    const markdown = toHast.parse(source);
    if (source.includes(':')) readableFacts(markdown, source);
    const hast = toHast.runSync(markdown) as Root;
    // Raw HTML is parsed only where the draft has some: most drafts have none, and parsing costs.
    const tree = (rawHtml ? withRawHtml : sanitizeOnly).runSync(hast) as Root;
    shift(tree, from);
    return tree.children;
  } catch (error) {
    // A tree too deep to walk is shown as its source rather than failing the review.
    if (!(error instanceof RangeError)) throw error;
    const raw = text.slice(from, to);
    return [
      {
        type: 'element',
        tagName: 'pre',
        properties: {},
        children: [{ type: 'text', value: raw }],
        position: placed(from, to),
      },
    ];
  }
}

function shift(node: Root | RootContent | ElementContent, by: number): void {
  if (node.position) {
    node.position.start.offset = (node.position.start.offset ?? 0) + by;
    node.position.end.offset = (node.position.end.offset ?? 0) + by;
  }
  if ('children' in node) for (const child of node.children) shift(child, by);
}

/** Several regions of the text parsed in one go, their nodes placed back where each region stands. */
function parsedRegions(text: string, regions: readonly [number, number][]): RootContent[] {
  if (regions.length === 0) return [];
  const { joined, shiftOf } = joinChunks(text, regions);
  const nodes: RootContent[] = [];
  // The regions hold no HTML (a body with some is parsed whole); the separators' comments need no HTML parser.
  for (const node of parsedBlocks(joined, 0, joined.length, false)) {
    const start = node.position?.start.offset;
    const by = start === undefined ? undefined : shiftOf(start);
    if (by === undefined) continue;
    shift(node, by);
    nodes.push(node);
  }
  return nodes;
}

/** The body from `bodyStart` as sanitised top-level HTML nodes, each with its offsets in the whole text. */
export function bodyBlocks(text: string, bodyStart: number): RootContent[] {
  // Link references and raw HTML (an element left open) reach across the body: such a body is parsed whole.
  const body = text.slice(bodyStart);
  if (mayDefineLabels(body) || RAW_HTML.test(body)) return parsedBlocks(text, bodyStart, text.length);
  const boundaries = chunkBoundaries(text, bodyStart);
  const plain: RootContent[] = [];
  const regions: [number, number][] = [];
  for (let i = 0; i + 1 < boundaries.length; i++) {
    const list = plainList(text, boundaries, i);
    if (list) {
      plain.push(list.element);
      i = list.last;
      continue;
    }
    const block = plainBlock(text, boundaries[i], boundaries[i + 1]);
    if (block) plain.push(block);
    else if (regions.at(-1)?.[1] === boundaries[i]) regions.at(-1)![1] = boundaries[i + 1];
    else regions.push([boundaries[i], boundaries[i + 1]]);
  }
  const parsed = parsedRegions(text, regions);
  return [...plain, ...parsed].sort((a, b) => (a.position?.start.offset ?? 0) - (b.position?.start.offset ?? 0));
}
