// The body's top-level blocks, parsed with remark (and GFM), and the facts the engine keeps of each.
import type { Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import { FACT_DIRECTIVE, factDirectiveParts, restoreOtherDirectives, textDirectives } from './fact-directive';
import { defuseNesting, nestingAt } from './nesting-guard';

const markdown = unified().use(remarkParse).use(remarkGfm).use(textDirectives);

/** A `:fact[label]{#id}` in the body, offsets relative to the block's start. */
export interface FactMention {
  id?: string;
  label: string;
  start: number;
  end: number;
  idStart: number;
  idEnd: number;
  labelStart: number;
  labelEnd: number;
}

/** What the engine needs from a block of the body, with offsets relative to the block's start. */
export interface BlockFacts {
  headings: { depth: number; text: string; start: number; end: number }[];
  /** Inline links and link definitions, whatever their target. */
  links: { url: string; start: number; end: number }[];
  /** Raw HTML (block or inline), where control comments live. */
  html: { value: string; start: number; end: number }[];
  /** `:fact[…]{#…}` references (absent when there are none). */
  facts?: FactMention[];
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
export function parseRegion(text: string, from: number, to: number): Block[] {
  const blocks: Block[] = [];
  try {
    const source = defuseNesting(text.slice(from, to), nestingAt(text, from));
    const tree: Root = markdown.parse(source);
    restoreOtherDirectives(tree, source);
    for (const child of tree.children) {
      const start = child.position?.start.offset;
      const end = child.position?.end.offset;
      if (start === undefined || end === undefined) continue;
      blocks.push({ type: child.type, start: from + start, end: from + end, facts: factsOf(child, start, source) });
    }
  } catch (error) {
    // A tree too deep to walk: the region is kept as one block without facts rather than failing the draft.
    if (!(error instanceof RangeError)) throw error;
    return to > from ? [{ type: 'paragraph', start: from, end: to, facts: { headings: [], links: [], html: [] } }] : [];
  }
  return blocks;
}

/**
 * A copy of a string that holds nothing else: a slice of the draft's text would keep the whole text
 * alive, and facts outlive their version (a block the next edit leaves alone keeps its facts).
 */
function detached(text: string): string {
  return text.length < 13 ? text : (JSON.parse(JSON.stringify(text)) as string);
}

function factsOf(node: RootContent, base: number, source: string): BlockFacts {
  const facts: BlockFacts = { headings: [], links: [], html: [] };
  const at = (n: { position?: { start: { offset?: number }; end: { offset?: number } } }) => ({
    start: (n.position?.start.offset ?? base) - base,
    end: (n.position?.end.offset ?? base) - base,
  });
  visit(node, (child) => {
    if (child.type === 'heading') facts.headings.push({ depth: child.depth, text: detached(toString(child)), ...at(child) });
    else if (child.type === 'link' || child.type === 'definition') facts.links.push({ url: detached(child.url), ...at(child) });
    else if (child.type === 'html') facts.html.push({ value: detached(child.value), ...at(child) });
    else if (child.type === 'textDirective' && child.name === FACT_DIRECTIVE) {
      const place = at(child);
      const parts = factDirectiveParts(child, source, detached(toString(child)));
      (facts.facts ??= []).push({
        id: parts.id && detached(parts.id),
        label: parts.label,
        ...place,
        idStart: place.start + parts.idStart,
        idEnd: place.start + parts.idEnd,
        labelStart: place.start + parts.labelStart,
        labelEnd: place.start + parts.labelEnd,
      });
    }
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
export function refersToLabels(source: string): boolean {
  return source.includes('[') && source.replace(PLAIN_INLINE_LINK, '').includes('[');
}

/** Every definition has `]:` in it: a text without one parses alike in part and in whole. */
export const mayDefineLabels = (text: string) => text.includes(']:');

export function parseBody(text: string, start: number): Body {
  return { start, blocks: parseRegion(text, start, text.length), complete: true };
}
