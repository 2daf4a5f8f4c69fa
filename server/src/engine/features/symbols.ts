import type { Engine } from '../engine';
import type { DefinedItem, DraftModel, PriorityReference } from '../model/draft-model';
import type { Span } from '../text/line-index';
import { titleOf } from './describe';
import { locate } from './locate';

/** The priorities, objectives and targets a draft defines. */
export function itemsOf(draft: DraftModel): DefinedItem[] {
  return [...draft.priorities, ...draft.objectives, ...draft.targets];
}

/** The SCS priority a reference names, where the SCS defines it. */
export function definitionOfReference(engine: Engine, draft: DraftModel, reference: PriorityReference): { owner: DraftModel; item: DefinedItem } | undefined {
  const scs = engine.workspace.scsOf(draft);
  const item = scs?.priorities.find((p) => p.id === reference.id);
  return scs && item ? { owner: scs, item } : undefined;
}

/** An id that other drafts can refer to: a priority, objective or target, named by the draft that defines it. */
export interface IdSymbol {
  owner: DraftModel;
  item: DefinedItem;
  /** Where the id was found at the offset asked about. */
  span: Span;
}

export interface Occurrence {
  path: string;
  span: Span;
  role: 'definition' | 'reference';
  /** A YAML value in the frontmatter, or a link fragment in the body: a new id is written for each as it reads there. */
  in: 'frontmatter' | 'body';
}

/** The id at an offset: its definition, a reference to an SCS priority, or a body link fragment. */
export function symbolAt(engine: Engine, draft: DraftModel, offset: number): IdSymbol | undefined {
  const inside = (span: Span) => offset >= span.start && offset <= span.end;
  const own = itemsOf(draft).find((item) => inside(item.idSpan) && item.idSpan !== item.itemSpan);
  if (own) return { owner: draft, item: own, span: own.idSpan };
  const reference = draft.references.find((r) => inside(r.span));
  if (reference) {
    const definition = definitionOfReference(engine, draft, reference);
    return definition && { ...definition, span: reference.span };
  }
  const located = locate(draft, offset);
  if (located?.type === 'link' && located.link.fragment) {
    const resolved = engine.workspace.resolve(draft, located.link.target);
    const target = resolved.outside ? undefined : engine.workspace.draft(resolved.path);
    const item = target && itemsOf(target).find((i) => i.id === located.link.fragment);
    const span = fragmentSpan(draft, located.link.span, located.link.fragment);
    if (target && item && span) return { owner: target, item, span };
  }
  return undefined;
}

/** Where `#fragment` sits inside a link's source text. */
function fragmentSpan(draft: DraftModel, linkSpan: Span, fragment: string): Span | undefined {
  const source = draft.parsed.text.slice(linkSpan.start, linkSpan.end);
  const at = source.lastIndexOf(`#${fragment}`);
  return at === -1 ? undefined : { start: linkSpan.start + at + 1, end: linkSpan.start + at + 1 + fragment.length };
}

/** Every place in the workspace that names the symbol: its definition, references and body link fragments. */
export function occurrences(engine: Engine, symbol: Pick<IdSymbol, 'owner' | 'item'>): Occurrence[] {
  const found: Occurrence[] = [{ path: symbol.owner.path, span: symbol.item.idSpan, role: 'definition', in: 'frontmatter' }];
  if (symbol.owner.kind === 'sustainable-community-strategy' && symbol.owner.priorities.includes(symbol.item)) {
    for (const { draft, reference } of engine.workspace.referencesTo(symbol.owner)) {
      if (reference.id === symbol.item.id) found.push({ path: draft.path, span: reference.span, role: 'reference', in: 'frontmatter' });
    }
  }
  for (const draft of engine.workspace.drafts()) {
    for (const link of draft.bodyLinks) {
      if (link.fragment !== symbol.item.id) continue;
      const resolved = engine.workspace.resolve(draft, link.target);
      if (resolved.outside || resolved.path !== symbol.owner.path) continue;
      const span = fragmentSpan(draft, link.span, link.fragment);
      if (span) found.push({ path: draft.path, span, role: 'reference', in: 'body' });
    }
  }
  return found.sort((a, b) => a.path.localeCompare(b.path) || a.span.start - b.span.start);
}

export type SymbolKind = 'priority' | 'objective' | 'target' | 'heading' | 'group';

export interface DocumentSymbolEntry {
  name: string;
  detail?: string;
  kind: SymbolKind;
  span: Span;
  selectionSpan: Span;
  children: DocumentSymbolEntry[];
}

/** The outline: priorities, objectives and targets from the frontmatter, then the headings of the body as a tree. */
export function documentSymbols(draft: DraftModel): DocumentSymbolEntry[] {
  const groups: [string, SymbolKind, DefinedItem[]][] = [
    ['Priorities', 'priority', draft.priorities],
    ['Objectives', 'objective', draft.objectives],
    ['Targets', 'target', draft.targets],
  ];
  const result: DocumentSymbolEntry[] = [];
  for (const [name, kind, items] of groups) {
    if (items.length === 0) continue;
    const key = draft.fm.keySpan([items[0].path[0]]) ?? items[0].itemSpan;
    const last = items[items.length - 1].itemSpan;
    result.push({
      name,
      kind: 'group',
      span: { start: key.start, end: last.end },
      selectionSpan: key,
      children: items.map((item) => ({
        name: item.title ? `${item.id} ${item.title}` : item.id,
        detail: kind === 'target' && typeof item.data.indicator === 'string' ? item.data.indicator : undefined,
        kind,
        span: item.itemSpan,
        selectionSpan: item.idSpan,
        children: [],
      })),
    });
  }
  const stack: { depth: number; entry: DocumentSymbolEntry }[] = [];
  const end = draft.parsed.text.length;
  for (const heading of draft.headings) {
    const entry: DocumentSymbolEntry = { name: heading.text || '(untitled)', kind: 'heading', span: { start: heading.span.start, end }, selectionSpan: heading.span, children: [] };
    while (stack.length && stack[stack.length - 1].depth >= heading.depth) {
      stack.pop()!.entry.span.end = Math.max(heading.span.start - 1, 0);
    }
    if (stack.length) stack[stack.length - 1].entry.children.push(entry);
    else result.push(entry);
    stack.push({ depth: heading.depth, entry });
  }
  return result;
}

export interface WorkspaceSymbolEntry {
  name: string;
  kind: SymbolKind;
  container: string;
  path: string;
  span: Span;
}

/** Priorities, objectives and targets of every draft whose id or title contains the query (case aside). */
export function workspaceSymbols(engine: Engine, query: string): WorkspaceSymbolEntry[] {
  const wanted = query.trim().toLowerCase();
  const result: WorkspaceSymbolEntry[] = [];
  for (const draft of engine.workspace.drafts()) {
    const entries: [SymbolKind, DefinedItem[]][] = [['priority', draft.priorities], ['objective', draft.objectives], ['target', draft.targets]];
    for (const [kind, items] of entries) {
      for (const item of items) {
        const name = item.title ? `${item.id} ${item.title}` : item.id;
        if (!wanted || name.toLowerCase().includes(wanted)) result.push({ name, kind, container: titleOf(draft), path: draft.path, span: item.idSpan });
      }
    }
  }
  return result;
}
