import {
  isMap,
  isScalar,
  parseDocument,
  YAMLParseError,
  type Document,
  type DocumentOptions,
  type ParseOptions as YamlParseOptions,
  type SchemaOptions,
  type YAMLError,
} from 'yaml';
import { LineIndex, type Span } from '../text/line-index';
import { diffTexts, shiftBlocks, updateBody } from './body/incremental';
import { parseBody, type Body } from './body/blocks';
import { scanBody, type ScanTarget } from './body/scan';

/** Aliases expanding past this many nodes are refused (billion-laughs guard). */
export const MAX_ALIAS_COUNT = 100;

export interface FrontmatterBlock {
  /** From the opening fence to the end of the closing fence. */
  span: Span;
  /** The YAML between the fences. */
  contentSpan: Span;
  closed: boolean;
  /**
   * Present when the block is closed. Node ranges are relative to `contentSpan.start`. Held
   * weakly and parsed again when needed, so that an indexed workspace keeps only its data.
   */
  readonly yaml?: Document.Parsed;
  /** The YAML's errors, kept for good: they decide whether a draft can be checked at all. */
  yamlErrors: YAMLError[];
}

/** `logLevel: 'error'`: no process warnings (on the server's stderr) for keys that are lists or maps. */
const YAML_OPTIONS = { uniqueKeys: true, prettyErrors: false, strict: true, logLevel: 'error' } as const;

export interface ParsedDraft {
  path: string;
  version: number;
  /**
   * The text without a byte-order mark, each lone carriage return read as a line feed (one
   * character for one, so that every offset is the editor's); every offset refers to it.
   */
  text: string;
  /** The line ending the draft writes (its first one; `\n` when it has none), for lines an edit inserts. */
  lineEnding: '\n' | '\r\n' | '\r';
  hadByteOrderMark: boolean;
  lines: LineIndex;
  frontmatter?: FrontmatterBlock;
  /** Where the Markdown body starts: after the closing fence's line, or 0 without frontmatter. */
  bodyStart: number;
  /** The body's top-level blocks, parsed on first use (closed drafts are indexed from their frontmatter alone). */
  readonly body: Body;
  /**
   * The latest body parsed in this draft's history, with the text it was parsed from: this
   * version's body once parsed, else the one an earlier version left (a version whose body was
   * never needed, such as one with broken YAML, passes it on). The next version re-uses it.
   */
  bodyBase(): BodyBase | undefined;
  /** Set when the body is too long to read in full: only the frontmatter is checked. */
  oversized: boolean;
  /** Set when the file holds NUL characters: it is not text, so not a draft. */
  binary: boolean;
  /**
   * The blocks that hold one kind of fact: the complete body when the draft is edited (or has
   * been parsed anyway), otherwise a scan that parses only the chunks holding that kind.
   */
  blocksFor(target: ScanTarget): Body;
}

/** Drafts longer than this (in UTF-16 code units, about 5 MB) have only their frontmatter read. */
export const MAX_DRAFT_LENGTH = 5_000_000;

export interface ParseOptions {
  /**
   * Scan the body for the facts asked of it instead of parsing every block: right for drafts
   * on disk that nobody edits; an open draft keeps complete blocks so that each edit re-parses little.
   */
  scanBody?: boolean;
}

const OPENING_FENCE = /^---[ \t]*(\r?\n|$)/;
const CLOSING_FENCE = /^---[ \t]*$/m;
/**
 * A top-level `kind` key as a line of YAML writes it — plain, quoted, explicit (`? kind`) or inside
 * a flow map — for frontmatter whose YAML cannot be read as a whole (broken, or never closed).
 */
const KIND_KEY_LINE = /^(?:\?[ \t]*)?(?:kind|"kind"|'kind')[ \t]*(?::|\r?$)|^\{.*?(?:^|[{,\s])(?:kind|"kind"|'kind')[ \t]*:/m;

/**
 * `parseDocument` that never throws: YAML nested thousands deep can overflow the parser's
 * stack, which becomes a YAML error (`RESOURCE_EXHAUSTION`, as yaml reports it when it
 * catches the overflow itself) placed on the line that nests deepest.
 */
export function parseYaml(source: string, options: DocumentOptions & YamlParseOptions & SchemaOptions = {}): Document.Parsed {
  try {
    return parseDocument(source, options);
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    const document = parseDocument('', options);
    let deepest = { at: 0, depth: -1 };
    for (const line of source.matchAll(/^.*$/gm)) {
      const depth = /^[ \t-]*/.exec(line[0])![0].length + (line[0].match(/[[{]/g)?.length ?? 0);
      if (depth > deepest.depth) deepest = { at: line.index + line[0].length - line[0].trimStart().length, depth };
    }
    document.errors.push(
      new YAMLParseError([deepest.at, Math.min(source.length, deepest.at + 1)], 'RESOURCE_EXHAUSTION', error.message),
    );
    return document;
  }
}

const LONE_CR = /\r(?!\n)/g;

function lineEndingIn(text: string): ParsedDraft['lineEnding'] {
  const first = /\r\n?|\n/.exec(text);
  return (first?.[0] ?? '\n') as ParsedDraft['lineEnding'];
}

export function stripByteOrderMark(text: string): { text: string; hadByteOrderMark: boolean } {
  return text.charCodeAt(0) === 0xfeff ? { text: text.slice(1), hadByteOrderMark: true } : { text, hadByteOrderMark: false };
}

export interface BodyBase {
  body: Body;
  text: string;
}

/**
 * Parses a draft. Given the previous version of the same draft, it re-uses what the edit left
 * alone: the frontmatter's YAML when only the body changed, and the body blocks away from the edit.
 */
export function parseDraft(
  path: string,
  rawText: string,
  version = 0,
  previous?: ParsedDraft,
  options: ParseOptions = {},
): ParsedDraft {
  const { text: unmarked, hadByteOrderMark } = stripByteOrderMark(rawText);
  const lineEnding = lineEndingIn(unmarked);
  // YAML and the Markdown parser would not all end a line at a lone `\r`, as editors do.
  const text = unmarked.includes('\r') ? unmarked.replace(LONE_CR, '\n') : unmarked;
  const oversized = text.length > MAX_DRAFT_LENGTH;
  const binary = text.includes('\u0000');
  const change = previous ? diffTexts(previous.text, text) : undefined;
  const frontmatterUnchanged = previous !== undefined && change !== undefined && frontmatterSurvives(previous, change.start);
  // A draft being edited keeps its YAML document; one merely indexed holds it weakly.
  const frontmatter = frontmatterUnchanged ? previous.frontmatter : findFrontmatter(text, options.scanBody === true);
  const bodyStart = frontmatterUnchanged ? previous.bodyStart : bodyStartAfter(text, frontmatter);
  let lines: LineIndex | undefined;
  let body: Body | undefined;
  const scans: Partial<Record<ScanTarget, Body>> = {};
  let base = previous?.bodyBase();
  // Worked out now, so that the getters below never hold on to `previous` (and so to every version before it).
  let baseChange = base && (base.text === previous?.text && change ? change : undefined);
  return {
    path,
    version,
    text,
    lineEnding,
    hadByteOrderMark,
    // Positions are needed only to report; a draft that is merely indexed never builds them.
    get lines(): LineIndex {
      return (lines ??= new LineIndex(text));
    },
    frontmatter,
    bodyStart,
    get body(): Body {
      if (!body) {
        body =
          oversized || binary
            ? { start: bodyStart, blocks: [], complete: false }
            : ((base && nextBody(base, text, baseChange ?? diffTexts(base.text, text), bodyStart)) ?? parseBody(text, bodyStart));
        base = undefined;
        baseChange = undefined;
      }
      return body;
    },
    bodyBase: () => (body ? { body, text } : base),
    oversized,
    binary,
    blocksFor(target: ScanTarget): Body {
      if (body || !options.scanBody || oversized || binary) return this.body;
      return (scans[target] ??= scanBody(text, bodyStart, target));
    },
  };
}

/** Whether an edit starting at `changeStart` leaves the frontmatter (or its absence) as it was. */
function frontmatterSurvives(previous: ParsedDraft, changeStart: number): boolean {
  if (changeStart < previous.bodyStart) return false;
  // An unclosed frontmatter may be closed by a `---` line anywhere below; a closing fence with no
  // line break after it is still being written (`---x` closes nothing).
  if (previous.frontmatter) return previous.frontmatter.closed && previous.bodyStart > previous.frontmatter.span.end;
  // Without frontmatter, only an edit of the first line can open one.
  const firstLineEnd = previous.text.indexOf('\n');
  return firstLineEnd !== -1 && changeStart > firstLineEnd;
}

function nextBody(base: BodyBase, text: string, change: ReturnType<typeof diffTexts>, bodyStart: number): Body | undefined {
  const prior = base.body;
  const delta = change.newEnd - change.oldEnd;
  // An edit wholly inside the frontmatter moves the body without changing it.
  if (change.oldEnd < prior.start && bodyStart === prior.start + delta) {
    return { start: bodyStart, blocks: shiftBlocks(prior.blocks, delta), complete: prior.complete };
  }
  return updateBody(prior, base.text, text, change, bodyStart);
}

function findFrontmatter(text: string, holdWeakly: boolean): FrontmatterBlock | undefined {
  const opening = OPENING_FENCE.exec(text);
  if (!opening) return undefined;
  const contentStart = opening[0].length;
  const closing = CLOSING_FENCE.exec(text.slice(contentStart));
  if (!closing)
    return {
      span: { start: 0, end: text.length },
      contentSpan: { start: contentStart, end: text.length },
      closed: false,
      yamlErrors: [],
    };
  const closingStart = contentStart + closing.index;
  const contentSpan = { start: contentStart, end: closingStart };
  const source = text.slice(contentSpan.start, contentSpan.end);
  const first = parseYaml(source, YAML_OPTIONS);
  if (!holdWeakly)
    return {
      span: { start: 0, end: closingStart + closing[0].length },
      contentSpan,
      closed: true,
      yamlErrors: first.errors,
      yaml: first,
    };
  let held = new WeakRef(first);
  return {
    span: { start: 0, end: closingStart + closing[0].length },
    contentSpan,
    closed: true,
    yamlErrors: first.errors,
    get yaml(): Document.Parsed {
      let document = held.deref();
      if (!document) {
        document = parseYaml(source, YAML_OPTIONS);
        held = new WeakRef(document);
      }
      return document;
    },
  };
}

function bodyStartAfter(text: string, frontmatter: FrontmatterBlock | undefined): number {
  if (!frontmatter?.closed) return 0;
  const end = frontmatter.span.end;
  if (text.startsWith('\r\n', end)) return end + 2;
  return text[end] === '\n' ? end + 1 : end;
}

/**
 * Whether the file is a strategy draft: its frontmatter is a YAML map with the key `kind`, however
 * the YAML writes it (plain, quoted, explicit, or a flow map). Frontmatter whose YAML is broken
 * or never closed is a draft when a line of it starts a top-level `kind` key, so that its format
 * problems are reported. The one test every part of Placeshaper uses.
 */
export function declaresKind(draft: ParsedDraft): boolean {
  const fm = draft.frontmatter;
  if (!fm || draft.binary) return false;
  const document = fm.closed ? fm.yaml : undefined;
  if (document && document.errors.length === 0) {
    return (
      isMap(document.contents) &&
      document.contents.items.some((pair) => (isScalar(pair.key) ? pair.key.value : pair.key) === 'kind')
    );
  }
  return KIND_KEY_LINE.test(draft.text.slice(fm.contentSpan.start, fm.contentSpan.end));
}
