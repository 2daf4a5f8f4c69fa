import type { Root } from 'mdast';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import { parseDocument, type Document } from 'yaml';
import { LineIndex, type Span } from '../text/line-index';

const markdown = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm);

/** Aliases expanding past this many nodes are refused (billion-laughs guard). */
export const MAX_ALIAS_COUNT = 100;

export interface FrontmatterBlock {
  /** From the opening fence to the end of the closing fence. */
  span: Span;
  /** The YAML between the fences. */
  contentSpan: Span;
  closed: boolean;
  /** Present when the block is closed. Node ranges are relative to `contentSpan.start`. */
  yaml?: Document.Parsed;
}

export interface ParsedDraft {
  path: string;
  version: number;
  /** The text without a byte-order mark; every offset refers to it. */
  text: string;
  hadByteOrderMark: boolean;
  lines: LineIndex;
  frontmatter?: FrontmatterBlock;
  body: Root;
}

const OPENING_FENCE = /^---[ \t]*(\r?\n|$)/;
const KIND_LINE = /^kind[ \t]*:/m;

export function stripByteOrderMark(text: string): { text: string; hadByteOrderMark: boolean } {
  return text.charCodeAt(0) === 0xfeff ? { text: text.slice(1), hadByteOrderMark: true } : { text, hadByteOrderMark: false };
}

export function parseMarkdown(text: string): Root {
  return markdown.parse(text);
}

export function parseDraft(path: string, rawText: string, version = 0): ParsedDraft {
  const { text, hadByteOrderMark } = stripByteOrderMark(rawText);
  const body = parseMarkdown(text);
  return { path, version, text, hadByteOrderMark, lines: new LineIndex(text), frontmatter: findFrontmatter(text, body), body };
}

function findFrontmatter(text: string, body: Root): FrontmatterBlock | undefined {
  const opening = OPENING_FENCE.exec(text);
  if (!opening) return undefined;
  const contentStart = opening[0].length;
  const first = body.children[0];
  if (first?.type === 'yaml' && first.position?.end.offset !== undefined) {
    const end = first.position.end.offset;
    const closingLineStart = text.lastIndexOf('\n', end - 1) + 1;
    const contentSpan = { start: contentStart, end: Math.max(contentStart, closingLineStart) };
    const yaml = parseDocument(text.slice(contentSpan.start, contentSpan.end), {
      uniqueKeys: true,
      prettyErrors: false,
      strict: true,
    });
    return { span: { start: 0, end }, contentSpan, closed: true, yaml };
  }
  return { span: { start: 0, end: text.length }, contentSpan: { start: contentStart, end: text.length }, closed: false };
}

/** A draft is a file whose frontmatter names a `kind`, even when the YAML around it is broken. */
export function declaresKind(draft: ParsedDraft): boolean {
  const fm = draft.frontmatter;
  if (!fm) return false;
  return KIND_LINE.test(draft.text.slice(fm.contentSpan.start, fm.contentSpan.end));
}
