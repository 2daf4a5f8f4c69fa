import GithubSlugger from 'github-slugger';
import { posix } from 'node:path';
import { FrontmatterView, isRecord, type YamlPath } from '../parse/frontmatter-view';
import { declaresKind, parseDraft, type ParsedDraft } from '../parse/parse-draft';
import type { Span } from '../text/line-index';
import { resolveKind, type Kind } from './kinds';
import { EXTERNAL_URL, safeDecode } from './urls';

/** A priority, objective or target: something other drafts refer to by id. */
export interface DefinedItem {
  id: string;
  title?: string;
  /** Where the item sits in the frontmatter, e.g. ['priorities', 2]. */
  path: YamlPath;
  idSpan: Span;
  itemSpan: Span;
  data: Record<string, unknown>;
}

/** A reference from this draft to a priority of its SCS. */
export interface PriorityReference {
  id: string;
  span: Span;
  path: YamlPath;
  /** The item that makes the reference. */
  from: DefinedItem;
  via: 'target' | 'objective' | 'housing-priority';
}

export interface RelatedLink {
  role: string;
  /** The path as written. */
  target: string;
  version?: string | number;
  path: YamlPath;
  keySpan: Span;
  targetSpan: Span;
  versionSpan?: Span;
}

export interface BodyLink {
  url: string;
  /** The path part, without the fragment. */
  target: string;
  fragment?: string;
  span: Span;
}

export interface Heading {
  depth: number;
  text: string;
  slug: string;
  span: Span;
}

export interface ControlComment {
  directive: 'disable' | 'enable' | 'disable-next-line';
  rules: string[];
  span: Span;
  /** Text of each named rule id, for positions of unknown ids. */
  ruleSpans: Span[];
}

/** A reference to a fact of the register: `:fact[10,060 homes]{#housing.requirement}` in the body, `{fact: housing.requirement}` in the frontmatter. */
export interface FactReference {
  /** The fact's id; undefined when the reference names none. */
  id?: string;
  /** The whole reference. */
  span: Span;
  /** Where the id is written (empty, at the attributes, when it names none). */
  idSpan: Span;
  /** The value as the body writes it, for readers (body references only). */
  label?: string;
  labelSpan?: Span;
  in: 'body' | 'frontmatter';
  /** Where a frontmatter reference stands, e.g. ['targets', 2, 'baseline']. */
  path?: YamlPath;
}

export interface DraftModel {
  parsed: ParsedDraft;
  /** Absolute path of the draft. */
  path: string;
  fm: FrontmatterView;
  /** True when the frontmatter names a `kind` (the file is a strategy draft, not ordinary Markdown). */
  isDraft: boolean;
  kind?: Kind;
  id: string;
  priorities: DefinedItem[];
  objectives: DefinedItem[];
  targets: DefinedItem[];
  references: PriorityReference[];
  related: RelatedLink[];
  bodyLinks: BodyLink[];
  headings: Heading[];
  controls: ControlComment[];
  /** References to the register of facts, in the order they are written. */
  factReferences: FactReference[];
  /** Span of the opening `---` fence, where problems with no better place are reported. */
  fence: Span;
}

const CONTROL = /^<!--\s*placeshaper-(disable-next-line|disable|enable)\b([^]*?)-->$/;
const YAML_CONTROL = /#\s*placeshaper-(disable-next-line|disable|enable)\b(.*)$/gm;

/**
 * The model of a parsed draft. Given the model of the previous version, whose frontmatter the
 * edit left alone, it keeps everything read from the frontmatter (offsets there have not moved).
 */
export function buildModel(
  parsed: ParsedDraft,
  previous?: DraftModel,
  /** Changes the frontmatter's data as read: the register's values in place of `{fact: id}`. */
  transform?: (data: Record<string, unknown>) => Record<string, unknown>,
): DraftModel {
  const fmBlock = parsed.frontmatter;
  const same = previous !== undefined && previous.parsed.frontmatter === fmBlock && !transform;
  const fm = same
    ? previous.fm
    : new FrontmatterView(() => fmBlock?.yaml, fmBlock?.contentSpan.start ?? 0, parsed.text, transform);
  const kind = resolveKind(fm.data.kind);
  const priorities = same ? previous.priorities : items(fm, 'priorities');
  const objectives = same ? previous.objectives : items(fm, 'objectives');
  const targets = same ? previous.targets : items(fm, 'targets');
  const fileId = posix.basename(parsed.path.replace(/\\/g, '/')).replace(/\.md$/i, '');
  // The body is parsed only when something asks for what is in it.
  let bodyLinksMemo: BodyLink[] | undefined;
  let headingsMemo: Heading[] | undefined;
  let controlsMemo: ControlComment[] | undefined;
  let factsMemo: FactReference[] | undefined;
  return {
    parsed,
    path: parsed.path,
    fm,
    isDraft: declaresKind(parsed),
    kind,
    id: typeof fm.data.id === 'string' ? fm.data.id : fileId,
    priorities: kind === 'sustainable-community-strategy' || kind === 'housing-strategy' ? priorities : [],
    objectives: kind === 'core-strategy' ? objectives : [],
    targets: kind === 'local-area-agreement' ? targets : [],
    references: same ? previous.references : references(fm, kind, { priorities, objectives, targets }),
    related: same ? previous.related : relatedLinks(fm),
    get bodyLinks() {
      return (bodyLinksMemo ??= bodyLinks(parsed));
    },
    get headings() {
      return (headingsMemo ??= headings(parsed));
    },
    get controls() {
      return (controlsMemo ??= controls(parsed));
    },
    get factReferences() {
      return (factsMemo ??= factReferences(parsed, fm));
    },
    fence: { start: 0, end: fmBlock ? Math.min(3, parsed.text.length) : 0 },
  };
}

export function modelFromText(path: string, text: string, version = 0): DraftModel {
  return buildModel(parseDraft(path, text, version));
}

function idText(value: unknown): string | undefined {
  return typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;
}

function items(fm: FrontmatterView, list: string): DefinedItem[] {
  const value = fm.value([list]);
  if (!Array.isArray(value)) return [];
  const result: DefinedItem[] = [];
  value.forEach((data, index) => {
    if (!isRecord(data)) return;
    const id = idText(data.id);
    const path = [list, index];
    const itemSpan = fm.valueSpan(path);
    if (id === undefined || !itemSpan) return;
    result.push({
      id,
      title: typeof data.title === 'string' ? data.title : undefined,
      path,
      idSpan: fm.valueSpan([...path, 'id']) ?? itemSpan,
      itemSpan,
      data,
    });
  });
  return result;
}

function references(
  fm: FrontmatterView,
  kind: Kind | undefined,
  lists: { priorities: DefinedItem[]; objectives: DefinedItem[]; targets: DefinedItem[] },
): PriorityReference[] {
  const result: PriorityReference[] = [];
  const add = (from: DefinedItem, key: string, via: PriorityReference['via']) => {
    const value = from.data[key];
    const entries = Array.isArray(value)
      ? value.map((v, i) => [v, [...from.path, key, i]] as const)
      : [[value, [...from.path, key]] as const];
    for (const [raw, path] of entries) {
      const id = idText(raw);
      const span = fm.valueSpan(path);
      if (id !== undefined && span) result.push({ id, span, path, from, via });
    }
  };
  if (kind === 'local-area-agreement') lists.targets.forEach((t) => add(t, 'priority', 'target'));
  if (kind === 'core-strategy') lists.objectives.forEach((o) => add(o, 'delivers', 'objective'));
  if (kind === 'housing-strategy') lists.priorities.forEach((p) => add(p, 'supports', 'housing-priority'));
  return result;
}

function relatedLinks(fm: FrontmatterView): RelatedLink[] {
  const related = fm.value(['related']);
  if (!isRecord(related)) return [];
  const result: RelatedLink[] = [];
  for (const [role, link] of Object.entries(related)) {
    const keySpan = fm.keySpan(['related', role]);
    if (!keySpan) continue;
    if (typeof link === 'string') {
      result.push({
        role,
        target: link,
        path: ['related', role],
        keySpan,
        targetSpan: fm.valueSpan(['related', role]) ?? keySpan,
      });
    } else if (isRecord(link) && typeof link.path === 'string') {
      const version = typeof link.version === 'string' || typeof link.version === 'number' ? link.version : undefined;
      result.push({
        role,
        target: link.path,
        version,
        path: ['related', role, 'path'],
        keySpan,
        targetSpan: fm.valueSpan(['related', role, 'path']) ?? keySpan,
        versionSpan: fm.valueSpan(['related', role, 'version']),
      });
    }
  }
  return result;
}

function bodyLinks(parsed: ParsedDraft): BodyLink[] {
  const result: BodyLink[] = [];
  for (const block of parsed.blocksFor('links').blocks) {
    for (const { url, start, end } of block.facts.links) {
      if (!url || EXTERNAL_URL.test(url) || url.startsWith('#')) continue;
      const hash = url.indexOf('#');
      const target = safeDecode(hash === -1 ? url : url.slice(0, hash));
      if (!/\.md$/i.test(target)) continue;
      result.push({
        url,
        target,
        fragment: hash === -1 ? undefined : safeDecode(url.slice(hash + 1)),
        span: { start: block.start + start, end: block.start + end },
      });
    }
  }
  return result;
}

function headings(parsed: ParsedDraft): Heading[] {
  const slugger = new GithubSlugger();
  return parsed.blocksFor('headings').blocks.flatMap((block) =>
    block.facts.headings.map((h) => ({
      depth: h.depth,
      text: h.text,
      slug: slugger.slug(h.text),
      span: { start: block.start + h.start, end: block.start + h.end },
    })),
  );
}

/** `{fact: id}` values in the frontmatter, then `:fact[…]{#…}` in the body. */
function factReferences(parsed: ParsedDraft, fm: FrontmatterView): FactReference[] {
  const result: FactReference[] = [];
  const yaml = parsed.frontmatter;
  if (yaml && parsed.text.slice(yaml.contentSpan.start, yaml.contentSpan.end).includes('fact')) {
    const walk = (value: unknown, path: (string | number)[]) => {
      if (Array.isArray(value)) value.forEach((item, index) => walk(item, [...path, index]));
      else if (isRecord(value)) {
        const keys = Object.keys(value);
        if (keys.length === 1 && keys[0] === 'fact' && path.length) {
          const span = fm.valueSpan(path);
          const id = value.fact;
          const idSpan = fm.valueSpan([...path, 'fact']);
          if (span && idSpan)
            result.push({
              id: typeof id === 'string' || typeof id === 'number' ? String(id) : undefined,
              span,
              idSpan,
              in: 'frontmatter',
              path,
            });
        } else for (const [key, child] of Object.entries(value)) walk(child, [...path, key]);
      }
    };
    walk(fm.data, []);
  }
  if (parsed.text.indexOf(':fact', parsed.bodyStart) !== -1) {
    for (const block of parsed.blocksFor('facts').blocks) {
      for (const mention of block.facts.facts ?? []) {
        const at = (offset: number) => block.start + offset;
        result.push({
          id: mention.id,
          span: { start: at(mention.start), end: at(mention.end) },
          idSpan: { start: at(mention.idStart), end: at(mention.idEnd) },
          label: mention.label,
          labelSpan: { start: at(mention.labelStart), end: at(mention.labelEnd) },
          in: 'body',
        });
      }
    }
  }
  return result;
}

function parseRuleList(text: string, offset: number): { rules: string[]; ruleSpans: Span[] } {
  const rules: string[] = [];
  const ruleSpans: Span[] = [];
  for (const match of text.matchAll(/[^\s,]+/g)) {
    rules.push(match[0]);
    ruleSpans.push({ start: offset + match.index, end: offset + match.index + match[0].length });
  }
  return { rules, ruleSpans };
}

function controls(parsed: ParsedDraft): ControlComment[] {
  const result: ControlComment[] = [];
  const fm = parsed.frontmatter;
  if (fm) {
    const content = parsed.text.slice(fm.contentSpan.start, fm.contentSpan.end);
    for (const match of content.matchAll(YAML_CONTROL)) {
      const start = fm.contentSpan.start + match.index;
      const listOffset = start + match[0].length - match[2].length;
      result.push({
        directive: match[1] as ControlComment['directive'],
        ...parseRuleList(match[2], listOffset),
        span: { start, end: start + match[0].length },
      });
    }
  }
  // Only bodies that mention `placeshaper-` need parsing for them.
  if (parsed.text.indexOf('placeshaper-', parsed.bodyStart) !== -1) {
    for (const block of parsed.blocksFor('controls').blocks) {
      for (const node of block.facts.html) {
        const match = CONTROL.exec(node.value.trim());
        if (!match) continue;
        const span = { start: block.start + node.start, end: block.start + node.end };
        const leading = node.value.length - node.value.trimStart().length;
        const listOffset = span.start + leading + match[0].indexOf(match[2], 4 + 'placeshaper-'.length + match[1].length);
        result.push({ directive: match[1] as ControlComment['directive'], ...parseRuleList(match[2], listOffset), span });
      }
    }
  }
  return result.sort((a, b) => a.span.start - b.span.start);
}
