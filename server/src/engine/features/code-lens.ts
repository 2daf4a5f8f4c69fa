import type { Engine } from '../engine';
import type { Span } from '../text/line-index';

export interface PriorityLens {
  /** The priority's id, such as `P1`. */
  priority: string;
  span: Span;
  title: string;
  /** The places that deliver the priority, for "show references": one for each thing the title counts. */
  locations: { path: string; span: Span; label: string }[];
}

const VIA_NOUN = { target: 'target', objective: 'objective', 'housing-priority': 'housing priority' } as const;

function count(n: number, noun: string, plural = `${noun}s`): string | undefined {
  return n ? `${n} ${n === 1 ? noun : plural}` : undefined;
}

/** "delivered by 2 targets, 1 objective" above each priority of an SCS. */
export function priorityLenses(engine: Engine, filePath: string): PriorityLens[] {
  const draft = engine.workspace.draft(filePath);
  if (draft?.kind !== 'sustainable-community-strategy') return [];
  const incoming = engine.workspace.referencesTo(draft);
  return draft.priorities.map((priority) => {
    const mine = incoming.filter((r) => r.reference.id === priority.id);
    const parts = [
      count(mine.filter((r) => r.reference.via === 'target').length, 'target'),
      count(mine.filter((r) => r.reference.via === 'objective').length, 'objective'),
      count(mine.filter((r) => r.reference.via === 'housing-priority').length, 'housing priority', 'housing priorities'),
    ].filter(Boolean);
    // Exactly what the title counts: each target, objective or housing priority that names it.
    const order = ['target', 'objective', 'housing-priority'];
    const locations = [...mine]
      .sort((a, b) => order.indexOf(a.reference.via) - order.indexOf(b.reference.via))
      .map((r) => ({ path: r.draft.path, span: r.reference.span, label: `${VIA_NOUN[r.reference.via]} ${r.reference.from.id}` }));
    return {
      priority: priority.id,
      span: priority.idSpan,
      title: parts.length ? `delivered by ${parts.join(', ')}` : 'delivered by nothing yet',
      locations,
    };
  });
}
