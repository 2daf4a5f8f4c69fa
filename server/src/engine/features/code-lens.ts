import type { Engine } from '../engine';
import type { Span } from '../text/line-index';
import { deliveredBy, DELIVERY_ORDER, viaNoun } from './id-symbols';

export interface PriorityLens {
  /** The priority's id, such as `P1`. */
  priority: string;
  span: Span;
  title: string;
  /** The places that deliver the priority, for "show references": one for each thing the title counts. */
  locations: { path: string; span: Span; label: string }[];
}

/** "delivered by 2 targets, 1 objective" above each priority of an SCS. */
export function priorityLenses(engine: Engine, filePath: string): PriorityLens[] {
  const draft = engine.workspace.draft(filePath);
  if (draft?.kind !== 'sustainable-community-strategy') return [];
  const incoming = engine.workspace.referencesTo(draft);
  return draft.priorities.map((priority) => {
    const mine = incoming.filter((r) => r.reference.id === priority.id);
    // Exactly what the title counts: each target, objective or housing priority that names it.
    const locations = [...mine]
      .sort((a, b) => DELIVERY_ORDER.indexOf(a.reference.via) - DELIVERY_ORDER.indexOf(b.reference.via))
      .map((r) => ({ path: r.draft.path, span: r.reference.span, label: `${viaNoun(r.reference.via)} ${r.reference.from.id}` }));
    return { priority: priority.id, span: priority.idSpan, title: deliveredBy(mine), locations };
  });
}
