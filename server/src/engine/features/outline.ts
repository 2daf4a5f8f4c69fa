// The outline of a draft and the symbols of a workspace, for an editor's outline view and symbol search.
import type { Engine } from '../engine';
import type { DefinedItem, DraftModel, Heading } from '../model/draft-model';
import { headingMatcher } from '../model/sections';
import type { Span } from '../text/line-index';
import { titleOf } from './describe';

export type SymbolKind = 'priority' | 'objective' | 'target' | 'heading' | 'group';

export interface DocumentSymbolEntry {
  name: string;
  detail?: string;
  kind: SymbolKind;
  span: Span;
  selectionSpan: Span;
  children: DocumentSymbolEntry[];
}

/**
 * The outline: the headings of the body as a tree, a heading that is the section of a priority,
 * objective or target shown as that item; then, from the frontmatter, the items without a section.
 * Each thing appears once.
 */
export function documentSymbols(draft: DraftModel): DocumentSymbolEntry[] {
  const groups: [string, SymbolKind, DefinedItem[]][] = [
    ['Priorities', 'priority', draft.priorities],
    ['Objectives', 'objective', draft.objectives],
    ['Targets', 'target', draft.targets],
  ];
  // Each item claims the first heading that names it.
  const sectionOf = new Map<Heading, { kind: SymbolKind; item: DefinedItem }>();
  for (const [, kind, items] of groups) {
    for (const item of items) {
      const heading = draft.headings.find((h) => !sectionOf.has(h) && headingMatcher(item)(h));
      if (heading) sectionOf.set(heading, { kind, item });
    }
  }
  const claimed = new Set([...sectionOf.values()].map((s) => s.item));
  const result: DocumentSymbolEntry[] = [];
  const stack: { depth: number; entry: DocumentSymbolEntry }[] = [];
  const end = draft.parsed.text.length;
  for (const heading of draft.headings) {
    const section = sectionOf.get(heading);
    const entry: DocumentSymbolEntry = {
      name: heading.text || '(untitled)',
      detail: section ? section.kind : undefined,
      kind: section?.kind ?? 'heading',
      span: { start: heading.span.start, end },
      selectionSpan: heading.span,
      children: [],
    };
    while (stack.length && stack[stack.length - 1].depth >= heading.depth) {
      stack.pop()!.entry.span.end = Math.max(heading.span.start - 1, 0);
    }
    if (stack.length) stack[stack.length - 1].entry.children.push(entry);
    else result.push(entry);
    stack.push({ depth: heading.depth, entry });
  }
  for (const [name, kind, all] of groups) {
    const items = all.filter((item) => !claimed.has(item));
    if (items.length === 0) continue;
    const key = draft.fm.keySpan([items[0].path[0]]) ?? items[0].itemSpan;
    const last = items[items.length - 1].itemSpan;
    result.push({
      name: items.length === all.length ? name : `${name} without a section`,
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
    const entries: [SymbolKind, DefinedItem[]][] = [
      ['priority', draft.priorities],
      ['objective', draft.objectives],
      ['target', draft.targets],
    ];
    for (const [kind, items] of entries) {
      for (const item of items) {
        const name = item.title ? `${item.id} ${item.title}` : item.id;
        if (!wanted || name.toLowerCase().includes(wanted))
          result.push({ name, kind, container: titleOf(draft), path: draft.path, span: item.idSpan });
      }
    }
  }
  return result;
}
