// A draft's text as HTML for the review, in rows: each block of the body (and each key of the
// frontmatter) beside the notes on the findings in it. The body comes sanitised from review-body.ts;
// only then are the report's own marks, numbers and links added.
import escapeHtml from 'escape-html';
import type { Element, ElementContent, Root as HastRoot, RootContent, Text } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { Span } from '../text/line-index';
import { LineIndex } from '../text/line-index';
import { bodyBlocks } from './review-body';

/** What the margin says of one finding. */
export interface MarginNote {
  number: number;
  span: Span;
  /** The note's HTML, made by the report (trusted). */
  html: string;
  severity: string;
}

export interface DraftHtmlOptions {
  /** Prefix for every id in the draft's HTML, unique in the page. */
  anchor: string;
  /** Links to these files (as written relative to the draft, resolved by the caller) go to their place in the report. */
  linkTarget: (href: string) => string | undefined;
  /** Where a line number leads (the editor opens the draft there); plain numbers without it. */
  lineHref?: (line: number) => string | undefined;
}

const startOf = (node: { position?: { start: { offset?: number } } }) => node.position?.start.offset;
const endOf = (node: { position?: { end: { offset?: number } } }) => node.position?.end.offset;

interface Row {
  start: number;
  end: number;
  line: number;
  html: string;
  notes: MarginNote[];
  frontmatter?: true;
}

/**
 * The draft as rows of HTML: the frontmatter key by key as YAML, the body block by block, each
 * finding marked where it is and numbered, its note beside its row.
 */
export function draftRows(text: string, bodyStart: number, notes: MarginNote[], options: DraftHtmlOptions): string {
  const lines = new LineIndex(text);
  const rows: Row[] = [
    ...frontmatterRows(text, bodyStart, lines, notes, options),
    ...bodyRows(text, bodyStart, lines, notes, options),
  ];
  // A finding outside every row (on the fence, on a blank line) goes with the row before it.
  const placed = new Set(rows.flatMap((r) => r.notes));
  for (const note of notes) {
    if (placed.has(note)) continue;
    const row = [...rows].reverse().find((r) => r.start <= note.span.start) ?? rows[0];
    if (!row) continue;
    row.notes.push(note);
    row.html = row.html.replace(/(<\/[a-z0-9]+>\s*)?$/, (end) => `${reference(note, options)}${end}`);
  }
  return rows
    .map(
      (row) =>
        `<div class="row ${row.frontmatter ? 'fm' : 'body'}"><div class="ln" aria-hidden="true">${lineNumber(row.line, options)}</div><div class="text">${row.html}</div>${
          row.notes.length
            ? `<div class="notes">${row.notes
                .sort((a, b) => a.number - b.number)
                .map((n) => n.html)
                .join('')}</div>`
            : ''
        }</div>`,
    )
    .join('\n');
}

function lineNumber(line: number, options: DraftHtmlOptions): string {
  const href = options.lineHref?.(line);
  return href ? `<a href="${escapeHtml(href)}" tabindex="-1">${line}</a>` : String(line);
}

/** The superscript number after a marked place, linking to its note. */
function reference(note: MarginNote, options: DraftHtmlOptions): string {
  return `<sup class="ref sev-${note.severity}"><a href="#${options.anchor}-note-${note.number}" id="${options.anchor}-ref-${note.number}">${note.number}</a></sup>`;
}

/** The frontmatter, a row for each top-level key and each item of a top-level list, as YAML with the findings marked. */
function frontmatterRows(
  text: string,
  bodyStart: number,
  lines: LineIndex,
  notes: MarginNote[],
  options: DraftHtmlOptions,
): Row[] {
  if (bodyStart === 0) return [];
  const closingLine = lines.positionAt(bodyStart - 1).line;
  const groups: number[][] = [];
  for (let line = 0; line <= closingLine; line++) {
    const content = lineText(text, lines, line);
    // The opening fence and the first key share a row; the closing fence ends the last one.
    const starts =
      line > 1 &&
      !/^(?:---|\.\.\.)\s*$/.test(content) &&
      (/^[^\s#-]/.test(content) || (/^ {0,2}- /.test(content) && isMapItem(content, lineText(text, lines, line + 1))));
    if (groups.length === 0 || starts) groups.push([]);
    groups.at(-1)!.push(line);
  }
  return groups.map((group, index) => {
    const start = lines.offsetAt({ line: group[0], character: 0 });
    const last = group.at(-1)!;
    const end = lines.offsetAt({ line: last, character: lineText(text, lines, last).length });
    const nextStart = index + 1 < groups.length ? lines.offsetAt({ line: groups[index + 1][0], character: 0 }) : bodyStart;
    const mine = notes.filter(
      (n) => n.span.start >= start && n.span.start < Math.max(nextStart, end + 1) && n.span.start < bodyStart,
    );
    // A long line wraps under its own indentation (plus two, under a list item's dash), as an editor shows it.
    const html = group
      .map((line) => {
        const content = lineText(text, lines, line);
        const indent = /^[ -]*/.exec(content)![0].length;
        return `<span class="yl" style="--indent:${indent}ch">${markText(content, lines.offsetAt({ line, character: 0 }), mine, options)}\n</span>`;
      })
      .join('');
    return {
      start,
      end,
      line: group[0] + 1,
      html: `<pre class="yaml"><code>${html}</code></pre>`,
      notes: mine,
      frontmatter: true,
    };
  });
}

/** A list item that goes on below its dash (`- id: x` then `  title: …`): an item of a list of maps. */
function isMapItem(content: string, next: string): boolean {
  const dash = content.indexOf('-');
  return /^[^\s-][^:]*:/.test(content.slice(dash + 1).trimStart()) && next.search(/\S/) > dash;
}

function lineText(text: string, lines: LineIndex, line: number): string {
  const start = lines.offsetAt({ line, character: 0 });
  const end = line + 1 < lines.lineCount ? lines.offsetAt({ line: line + 1, character: 0 }) : text.length;
  return text.slice(start, end).replace(/\r?\n$/, '');
}

/** A line of plain text, escaped, with the parts findings point at marked and their numbers after. */
function markText(content: string, offset: number, notes: MarginNote[], options: DraftHtmlOptions): string {
  const cuts = notes
    .filter((n) => n.span.start >= offset && n.span.start <= offset + content.length)
    .map((n) => ({ note: n, from: n.span.start - offset, to: Math.min(content.length, n.span.end - offset) }))
    .sort((a, b) => a.from - b.from);
  let html = '';
  let at = 0;
  for (const cut of cuts) {
    const from = Math.max(cut.from, at);
    const to = Math.max(from, cut.to);
    html += escapeHtml(content.slice(at, from));
    if (to > from) html += `<mark class="sev-${cut.note.severity}">${escapeHtml(content.slice(from, to))}</mark>`;
    html += reference(cut.note, options);
    at = to;
  }
  return html + escapeHtml(content.slice(at));
}

/** The body, a row per top-level block, sanitised, with the findings in it marked. */
function bodyRows(text: string, bodyStart: number, lines: LineIndex, notes: MarginNote[], options: DraftHtmlOptions): Row[] {
  const blocks: { node: RootContent; start: number; end: number }[] = [];
  for (const node of bodyBlocks(text, bodyStart)) {
    const start = startOf(node);
    const end = endOf(node);
    if (start === undefined || end === undefined) {
      // Whitespace between blocks, or HTML whose source place was lost: it joins the block before it.
      const previous = blocks.at(-1);
      if (previous && !(node.type === 'text' && !node.value.trim())) previous.node = wrap(previous.node, node);
      else if (!previous && node.type !== 'text') blocks.push({ node, start: bodyStart, end: bodyStart });
      continue;
    }
    if (end <= bodyStart) continue;
    blocks.push({ node, start, end });
  }
  const headingLevels = headingLevelsOf(blocks.map((b) => b.node));
  // The notes in order of place, taken block by block: one pass, however many findings a long draft has.
  const ordered = notes.filter((n) => n.span.start >= bodyStart).sort((a, b) => a.span.start - b.span.start);
  let taken = 0;
  return blocks.map((block, index) => {
    const end = blocks[index + 1]?.start ?? text.length;
    while (taken < ordered.length && ordered[taken].span.start < block.start) taken++;
    const first = taken;
    while (taken < ordered.length && ordered[taken].span.start < end) taken++;
    const mine = ordered.slice(first, taken);
    const node = finish(block.node, mine, options, headingLevels);
    return {
      start: block.start,
      end: block.end,
      line: lines.positionAt(block.start).line + 1,
      html: toHtml(node as HastRoot | RootContent),
      notes: mine,
    };
  });
}

/** Two top-level nodes as one (a `div` would change the draft's look; a fragment keeps it). */
function wrap(first: RootContent, second: RootContent): RootContent {
  const children =
    first.type === 'element' && first.properties?.dataPlaceshaperGroup ? first.children : [first as ElementContent];
  return {
    type: 'element',
    tagName: 'div',
    properties: { dataPlaceshaperGroup: true, className: ['group'] },
    children: [...children, second as ElementContent],
    position: 'position' in first ? first.position : undefined,
  };
}

/** Headings of the draft sit below the report's own (h1 page, h2 draft, h3 part), without skipping a level. */
function headingLevelsOf(nodes: RootContent[]): Map<Element, number> {
  const headings: Element[] = [];
  const visit = (node: RootContent | ElementContent) => {
    if (node.type !== 'element') return;
    if (/^h[1-6]$/.test(node.tagName)) headings.push(node);
    node.children.forEach(visit);
  };
  nodes.forEach(visit);
  const depth = (h: Element) => Number(h.tagName[1]);
  // A loop, not Math.min(...): a draft may hold more headings than a call has room for arguments.
  let least = 6;
  for (const heading of headings) least = Math.min(least, depth(heading));
  const levels = new Map<Element, number>();
  let previous = 3;
  for (const heading of headings) {
    const level = Math.min(6, previous + 1, 4 + depth(heading) - least);
    levels.set(heading, Math.max(4, level));
    previous = Math.max(4, level);
  }
  return levels;
}

/**
 * The report's own changes to a sanitised block: ids made unique in the page, links to reviewed
 * drafts sent to their place, images shown as their description (nothing of a draft is fetched),
 * headings moved down, and the findings marked.
 */
function finish(node: RootContent, notes: MarginNote[], options: DraftHtmlOptions, levels: Map<Element, number>): RootContent {
  const marked = new Set<number>();
  const visit = (current: RootContent | ElementContent): (RootContent | ElementContent)[] => {
    if (current.type === 'text') return markTextNode(current, notes, marked, options);
    if (current.type !== 'element') return [current];
    const element = current;
    const level = levels.get(element);
    if (level) element.tagName = `h${level}`;
    const properties = element.properties ?? {};
    // Every id and name of the draft (footnotes', anchors') is the draft's own in the page: none clobbers another's, or the page's.
    for (const key of ['id', 'name'] as const)
      if (typeof properties[key] === 'string') properties[key] = `${options.anchor}-${properties[key]}`;
    for (const key of ['ariaDescribedBy', 'ariaLabelledBy'] as const) {
      const value: unknown = properties[key];
      const ids = Array.isArray(value) ? value.map(String) : typeof value === 'string' ? value.split(/\s+/) : [];
      if (ids.length) properties[key] = ids.map((id) => `${options.anchor}-${id}`);
    }
    if (element.tagName === 'a' && typeof properties.href === 'string') {
      const href = properties.href;
      if (href.startsWith('#')) properties.href = `#${options.anchor}-${href.slice(1)}`;
      else {
        const inReport = options.linkTarget(href);
        if (inReport) properties.href = inReport;
        else properties.rel = ['noopener', 'noreferrer', 'nofollow'];
      }
    }
    if (element.tagName === 'img') {
      const alt = typeof properties.alt === 'string' && properties.alt.trim() ? properties.alt.trim() : 'an image';
      return [
        {
          type: 'element',
          tagName: 'span',
          properties: { className: ['image'] },
          children: [{ type: 'text', value: `[Image: ${alt}]` }],
        },
      ];
    }
    element.children = element.children.flatMap((child) => visit(child) as ElementContent[]);
    // An empty header cell (the corner of a table with row labels) heads nothing: a plain cell, for screen readers.
    if (element.tagName === 'th' && !hasText(element)) element.tagName = 'td';
    // A finding on a link or code as a whole (its address, its backticks) marks the element, its number after it.
    const start = startOf(element);
    const end = endOf(element);
    if (INLINE_MARKED.has(element.tagName) && start !== undefined && end !== undefined) {
      const here = notes.filter((n) => !marked.has(n.number) && n.span.start >= start && n.span.start < end);
      if (here.length) {
        here.forEach((n) => marked.add(n.number));
        properties.className = [...classNames(properties.className), 'marked', `sev-${here[0].severity}`];
        element.properties = properties;
        return [element, ...here.map((n) => refElement(n, options))];
      }
    }
    return [element];
  };
  const result = visit(node)[0] as RootContent;
  // Findings whose place is not in the block's text (a link's address, a heading's marks) are numbered at its start.
  const unmarked = notes.filter((n) => !marked.has(n.number));
  if (unmarked.length && result.type === 'element') {
    const refs = unmarked.map((n): ElementContent => refElement(n, options));
    const host = firstTextHolder(result);
    host.children = [...refs, ...host.children];
  }
  return result;
}

function hasText(node: ElementContent): boolean {
  if (node.type === 'text') return node.value.trim() !== '';
  return node.type === 'element' && node.children.some(hasText);
}

const INLINE_MARKED = new Set(['a', 'code', 'strong', 'em', 'del', 'span']);

function classNames(value: unknown): string[] {
  return Array.isArray(value) ? value.map(String) : typeof value === 'string' ? value.split(/\s+/) : [];
}

function firstTextHolder(element: Element): Element {
  if (['ul', 'ol', 'table', 'thead', 'tbody', 'tr', 'blockquote', 'div'].includes(element.tagName)) {
    const child = element.children.find((c): c is Element => c.type === 'element');
    if (child) return firstTextHolder(child);
  }
  return element;
}

function refElement(note: MarginNote, options: DraftHtmlOptions): Element {
  return {
    type: 'element',
    tagName: 'sup',
    properties: { className: ['ref', `sev-${note.severity}`] },
    children: [
      {
        type: 'element',
        tagName: 'a',
        properties: { href: `#${options.anchor}-note-${note.number}`, id: `${options.anchor}-ref-${note.number}` },
        children: [{ type: 'text', value: String(note.number) }],
      },
    ],
  };
}

/** Splits a text node around the places findings point at: the part marked, its number after it. */
function markTextNode(node: Text, notes: MarginNote[], marked: Set<number>, options: DraftHtmlOptions): ElementContent[] {
  const start = startOf(node);
  const end = endOf(node);
  if (start === undefined || end === undefined) return [node];
  const cuts: { from: number; to: number; note: MarginNote }[] = [];
  for (const note of notes) {
    if (marked.has(note.number) || note.span.start < start || note.span.start >= end) continue;
    // Where the text is as written, offsets map one to one; otherwise (lines joined, escapes) the words are looked for.
    let from = note.span.start - start;
    let to = Math.min(end, note.span.end) - start;
    if (end - start !== node.value.length) {
      from = Math.min(from, node.value.length);
      to = from;
    }
    cuts.push({ from, to, note });
    marked.add(note.number);
  }
  if (cuts.length === 0) return [node];
  cuts.sort((a, b) => a.from - b.from);
  const out: ElementContent[] = [];
  let at = 0;
  for (const cut of cuts) {
    const from = Math.max(at, cut.from);
    const to = Math.max(from, cut.to);
    if (from > at) out.push({ type: 'text', value: node.value.slice(at, from) });
    if (to > from)
      out.push({
        type: 'element',
        tagName: 'mark',
        properties: { className: [`sev-${cut.note.severity}`] },
        children: [{ type: 'text', value: node.value.slice(from, to) }],
      });
    out.push(refElement(cut.note, options));
    at = to;
  }
  if (at < node.value.length) out.push({ type: 'text', value: node.value.slice(at) });
  return out;
}
