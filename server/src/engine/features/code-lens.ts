import type { Engine } from '../engine';
import type { Span } from '../text/line-index';
import { occurrences } from './id-symbols';

export interface PriorityLens {
  span: Span;
  title: string;
  /** The places that deliver the priority, for "show references". */
  locations: { path: string; span: Span }[];
}

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
    const locations = occurrences(engine, { owner: draft, item: priority })
      .filter((o) => o.role === 'reference')
      .map(({ path, span }) => ({ path, span }));
    return {
      span: priority.idSpan,
      title: parts.length ? `delivered by ${parts.join(', ')}` : 'delivered by nothing yet',
      locations,
    };
  });
}
