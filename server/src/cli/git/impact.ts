import * as path from 'node:path';
import { type DefinedItem, type DraftModel, type Engine, type FactEntry, itemsOf, writeValue } from '../../engine';

export type ChangeKind =
  | 'draft-added'
  | 'draft-removed'
  | 'added'
  | 'removed'
  | 'renamed'
  | 'retitled'
  | 'vision-changed'
  | 'period-changed'
  | 'fact-added'
  | 'fact-removed'
  | 'fact-renamed'
  | 'fact-changed';

export interface Dependent {
  file: string;
  /** The target, objective or housing priority that names the changed id; absent for a whole draft and for a fact. */
  id?: string;
  via: 'target' | 'objective' | 'housing-priority' | 'related' | 'fact';
  /** For a fact: the 1-based line of the reference. */
  line?: number;
  /** For a fact: where the reference is written (a frontmatter reference takes the register's value). */
  in?: 'body' | 'frontmatter';
  /** For a fact referred to in the body: the value as the draft states it. */
  stated?: string;
}

export interface Change {
  /** The draft, or for a fact the register of facts. */
  file: string;
  kind: ChangeKind;
  /** What the id names in that draft: a priority, objective, target or housing priority; `fact` in the register. */
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
 * and retitled, visions and periods changed, facts of the register added, removed, renamed or
 * given another value — and who depends on each change.
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
  changes.push(...factChanges(before, after, relative));
  return changes;
}

/** Every register of facts an engine's drafts read, by path: `facts.yaml` at the root, or the file a configuration names. */
function registersOf(engine: Engine): Map<string, ReadonlyMap<string, FactEntry>> {
  const paths = new Set(engine.workspace.drafts().flatMap((d) => engine.registerPathFor(d.path) ?? []));
  const registers = new Map<string, ReadonlyMap<string, FactEntry>>();
  for (const file of paths) {
    const register = engine.register(file);
    if (register) registers.set(path.resolve(file), register.facts);
  }
  return registers;
}

const sameValue = (a: FactEntry, b: FactEntry) => writeValue(a.value, a.unit) === writeValue(b.value, b.unit);

/**
 * Facts of the register added, removed, renamed (the same entry under a new id) or given another
 * value or unit, each with every reference to it in the drafts as they are now.
 */
function factChanges(before: Engine, after: Engine, relative: (file: string) => string): Change[] {
  const old = registersOf(before);
  const now = registersOf(after);
  const changes: Change[] = [];
  for (const file of [...new Set([...old.keys(), ...now.keys()])].sort()) {
    const oldFacts = old.get(file) ?? new Map<string, FactEntry>();
    const newFacts = now.get(file) ?? new Map<string, FactEntry>();
    // The references that read this register.
    const uses = (id: string): Dependent[] =>
      after.workspace
        .factUses(id)
        .filter((use) => path.resolve(after.registerPathFor(use.draft.path) ?? '') === file)
        .map(({ draft, reference }) => ({
          file: relative(draft.path),
          via: 'fact' as const,
          line: draft.parsed.lines.positionAt(reference.span.start).line + 1,
          in: reference.in,
          stated: reference.in === 'body' && reference.label?.trim() ? reference.label.trim() : undefined,
        }))
        .sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
    const removed = [...oldFacts.values()].filter((f) => !newFacts.has(f.id));
    const added = [...newFacts.values()].filter((f) => !oldFacts.has(f.id));
    const renamedTo = new Map<FactEntry, FactEntry>();
    for (const gone of removed) {
      const successor = added.find(
        (a) =>
          ![...renamedTo.values()].includes(a) &&
          sameValue(a, gone) &&
          a.asOf === gone.asOf &&
          a.source === gone.source &&
          a.owner === gone.owner,
      );
      if (successor) renamedTo.set(gone, successor);
    }
    const fact = { file: relative(file), item: 'fact' };
    for (const gone of removed) {
      const successor = renamedTo.get(gone);
      changes.push(
        successor
          ? {
              ...fact,
              kind: 'fact-renamed',
              id: gone.id,
              from: gone.id,
              to: successor.id,
              dependents: [...uses(gone.id), ...uses(successor.id)],
            }
          : { ...fact, kind: 'fact-removed', id: gone.id, from: writeValue(gone.value, gone.unit), dependents: uses(gone.id) },
      );
    }
    const successors = new Set(renamedTo.values());
    for (const fresh of added)
      if (!successors.has(fresh))
        changes.push({
          ...fact,
          kind: 'fact-added',
          id: fresh.id,
          to: writeValue(fresh.value, fresh.unit),
          dependents: uses(fresh.id),
        });
    for (const [id, current] of newFacts) {
      const was = oldFacts.get(id);
      if (was && !sameValue(was, current))
        changes.push({
          ...fact,
          kind: 'fact-changed',
          id,
          from: writeValue(was.value, was.unit),
          to: writeValue(current.value, current.unit),
          dependents: uses(id),
        });
    }
  }
  return changes;
}

/** How a reference to a fact is written, in brackets after its place. */
const factReferenceText = (dependent: Dependent) =>
  dependent.stated !== undefined
    ? `states "${dependent.stated}"`
    : dependent.in === 'frontmatter'
      ? 'in the frontmatter'
      : 'refers to it';

/** The changes as a person reads them, grouped by draft (and register of facts). */
export function formatImpact(changes: readonly Change[], since: string): string {
  if (changes.length === 0)
    return `No draft added or removed, and no id, title, vision, period or fact of the register changed, since ${since}.\n`;
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
                    : change.kind === 'period-changed'
                      ? `period changed: ${change.from ?? 'none'} → ${change.to ?? 'none'}`
                      : change.kind === 'fact-changed'
                        ? `fact ${change.id} changed: ${change.from} → ${change.to}`
                        : change.kind === 'fact-added'
                          ? `fact ${change.id} added: ${change.to}`
                          : change.kind === 'fact-removed'
                            ? `fact ${change.id} removed (was ${change.from})`
                            : `fact ${change.from} renamed to ${change.to}`;
    lines.push(`  ${what}`);
    for (const dependent of change.dependents)
      lines.push(
        dependent.via === 'fact'
          ? `    → ${dependent.file}:${dependent.line} (${factReferenceText(dependent)})`
          : `    → ${dependent.file}${dependent.id ? ` (${dependent.via.replace('-', ' ')} ${dependent.id})` : ' (links to it)'}`,
      );
  }
  return lines.join('\n') + '\n';
}
