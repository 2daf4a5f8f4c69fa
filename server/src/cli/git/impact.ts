import * as path from 'node:path';
import { type DefinedItem, type DraftModel, type Engine, itemsOf } from '../../engine';

export type ChangeKind =
  'draft-added' | 'draft-removed' | 'added' | 'removed' | 'renamed' | 'retitled' | 'vision-changed' | 'period-changed';

export interface Dependent {
  file: string;
  /** The target, objective or housing priority that names the changed id; absent for a whole draft. */
  id?: string;
  via: 'target' | 'objective' | 'housing-priority' | 'related';
}

export interface Change {
  file: string;
  kind: ChangeKind;
  /** What the id names in that draft: a priority, objective, target or housing priority. */
  item?: string;
  /** The id concerned (for a rename, the old one). */
  id?: string;
  from?: string;
  to?: string;
  dependents: Dependent[];
}

const NOUN: Record<string, string> = {
  'sustainable-community-strategy': 'priority',
  'housing-strategy': 'housing priority',
  'core-strategy': 'objective',
  'local-area-agreement': 'target',
};

function period(draft: DraftModel): string | undefined {
  const from = draft.fm.value(['period', 'from']);
  const to = draft.fm.value(['period', 'to']);
  return from === undefined && to === undefined ? undefined : `${String(from)}–${String(to)}`;
}

/**
 * What changed in the drafts between two states of a workspace — ids added, removed, renamed
 * and retitled, visions and periods changed — and who depends on each change.
 */
export function impact(before: Engine, after: Engine, base: string): Change[] {
  const relative = (file: string) => path.relative(base, file).split(path.sep).join('/');
  const beforeDrafts = new Map(before.workspace.drafts().map((d) => [d.path, d]));
  const afterDrafts = new Map(after.workspace.drafts().map((d) => [d.path, d]));
  const changes: Change[] = [];
  const referrers = (draft: DraftModel, id: string): Dependent[] => {
    // Who named the id before the change: they are the ones the change can break.
    const owner = beforeDrafts.get(draft.path) ?? draft;
    return before.workspace
      .referencesTo(owner)
      .filter((r) => r.reference.id === id)
      .map((r) => ({ file: relative(r.draft.path), id: r.reference.from.id, via: r.reference.via }));
  };
  const linkedFrom = (file: string): Dependent[] =>
    after.workspace
      .dependentsOf(file)
      .filter((d) =>
        after.workspace.draft(d)?.related.some((r) => after.workspace.resolve(after.workspace.draft(d)!, r.target).path === file),
      )
      .map((d) => ({ file: relative(d), via: 'related' as const }));

  for (const file of [...new Set([...beforeDrafts.keys(), ...afterDrafts.keys()])].sort()) {
    const old = beforeDrafts.get(file);
    const now = afterDrafts.get(file);
    const item = NOUN[(now ?? old)?.kind ?? ''];
    if (!old && now) {
      changes.push({ file: relative(file), kind: 'draft-added', dependents: [] });
      continue;
    }
    if (old && !now) {
      changes.push({
        file: relative(file),
        kind: 'draft-removed',
        dependents: before.workspace.dependentsOf(file).map((d) => ({ file: relative(d), via: 'related' as const })),
      });
      continue;
    }
    if (!old || !now) continue;
    const oldItems = new Map(itemsOf(old).map((i) => [i.id, i]));
    const newItems = new Map(itemsOf(now).map((i) => [i.id, i]));
    const removed = [...oldItems.values()].filter((i) => !newItems.has(i.id));
    const added = [...newItems.values()].filter((i) => !oldItems.has(i.id));
    const renamedTo = new Map<DefinedItem, DefinedItem>();
    for (const gone of removed) {
      const successor = added.find((a) => !renamedTo.has(a) && a.title !== undefined && a.title === gone.title);
      if (successor) renamedTo.set(successor, gone);
    }
    for (const gone of removed) {
      const successor = [...renamedTo].find(([, was]) => was === gone)?.[0];
      changes.push(
        successor
          ? {
              file: relative(file),
              kind: 'renamed',
              item,
              id: gone.id,
              from: gone.id,
              to: successor.id,
              dependents: referrers(old, gone.id),
            }
          : { file: relative(file), kind: 'removed', item, id: gone.id, dependents: referrers(old, gone.id) },
      );
    }
    for (const fresh of added)
      if (!renamedTo.has(fresh)) changes.push({ file: relative(file), kind: 'added', item, id: fresh.id, dependents: [] });
    for (const [id, current] of newItems) {
      const was = oldItems.get(id);
      if (was && was.title !== current.title)
        changes.push({
          file: relative(file),
          kind: 'retitled',
          item,
          id,
          from: was.title,
          to: current.title,
          dependents: referrers(old, id),
        });
    }
    const oldVision = old.fm.value(['vision']);
    const newVision = now.fm.value(['vision']);
    if (oldVision !== newVision)
      changes.push({
        file: relative(file),
        kind: 'vision-changed',
        from: String(oldVision ?? ''),
        to: String(newVision ?? ''),
        dependents: linkedFrom(file),
      });
    if (period(old) !== period(now))
      changes.push({
        file: relative(file),
        kind: 'period-changed',
        from: period(old),
        to: period(now),
        dependents: linkedFrom(file),
      });
  }
  return changes;
}

/** The changes as a person reads them, grouped by draft. */
export function formatImpact(changes: readonly Change[], since: string): string {
  if (changes.length === 0) return `No draft added or removed, and no id, title, vision or period changed, since ${since}.\n`;
  const lines = [`Changes since ${since}:`];
  let file = '';
  for (const change of changes) {
    if (change.file !== file) {
      file = change.file;
      lines.push('', file);
    }
    const noun = change.item ?? 'id';
    const what =
      change.kind === 'draft-added'
        ? 'draft added'
        : change.kind === 'draft-removed'
          ? 'draft removed'
          : change.kind === 'renamed'
            ? `${noun} ${change.from} renamed to ${change.to}`
            : change.kind === 'retitled'
              ? `${noun} ${change.id} retitled: "${change.from ?? ''}" → "${change.to ?? ''}"`
              : change.kind === 'added'
                ? `${noun} ${change.id} added`
                : change.kind === 'removed'
                  ? `${noun} ${change.id} removed`
                  : change.kind === 'vision-changed'
                    ? 'vision changed'
                    : `period changed: ${change.from ?? 'none'} → ${change.to ?? 'none'}`;
    lines.push(`  ${what}`);
    for (const dependent of change.dependents)
      lines.push(
        `    → ${dependent.file}${dependent.id ? ` (${dependent.via.replace('-', ' ')} ${dependent.id})` : ' (links to it)'}`,
      );
  }
  return lines.join('\n') + '\n';
}
