// The ids drafts name each other by (priorities, objectives, targets): where one is defined and every place that names it.
import type { Engine } from '../engine';
import type { DefinedItem, DraftModel, PriorityReference } from '../model/draft-model';
import type { Span } from '../text/line-index';
import { locate } from './locate';

/** What delivers an SCS priority, in the order it is counted and listed: targets, objectives, housing priorities. */
export const DELIVERY_ORDER: readonly PriorityReference['via'][] = ['target', 'objective', 'housing-priority'];

const VIA_NOUNS: Record<PriorityReference['via'], [string, string]> = {
  target: ['target', 'targets'],
  objective: ['objective', 'objectives'],
  'housing-priority': ['housing priority', 'housing priorities'],
};

/** "target", "objective" or "housing priority": what a reference to a priority is made by. */
export function viaNoun(via: PriorityReference['via']): string {
  return VIA_NOUNS[via][0];
}

/** "delivered by 2 targets, 1 housing priority" (or "delivered by nothing yet") for the references to one priority. */
export function deliveredBy(references: readonly { reference: Pick<PriorityReference, 'via'> }[]): string {
  const parts = DELIVERY_ORDER.map((via) => {
    const n = references.filter((r) => r.reference.via === via).length;
    return n ? `${n} ${VIA_NOUNS[via][n === 1 ? 0 : 1]}` : undefined;
  }).filter(Boolean);
  return parts.length ? `delivered by ${parts.join(', ')}` : 'delivered by nothing yet';
}

/** The priorities, objectives and targets a draft defines. */
export function itemsOf(draft: DraftModel): DefinedItem[] {
  return [...draft.priorities, ...draft.objectives, ...draft.targets];
}

/** The SCS priority a reference names, where the SCS defines it. */
export function definitionOfReference(
  engine: Engine,
  draft: DraftModel,
  reference: PriorityReference,
): { owner: DraftModel; item: DefinedItem } | undefined {
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
      if (reference.id === symbol.item.id)
        found.push({ path: draft.path, span: reference.span, role: 'reference', in: 'frontmatter' });
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
