import type { Engine } from '../engine';
import { differenceFrom } from '../facts/fact-values';
import type { FactEntry } from '../facts/register';
import type { DefinedItem, DraftModel } from '../model/draft-model';
import { isRecord } from '../parse/frontmatter-view';
import { indicatorByCode, indicatorLabel } from '../reference/national-indicators';
import type { Span } from '../text/line-index';
import { titleOf } from './describe';

/** A place in a draft, so that every entry of the matrix can open its draft at the id. */
export interface MatrixPlace {
  path: string;
  span: Span;
}

export interface MatrixEntry extends MatrixPlace {
  id: string;
  title?: string;
  /** The draft that holds the entry. */
  draft: string;
}

export interface TargetEntry extends MatrixEntry {
  indicator?: string;
  /** "NI 16 — Serious acquisitive crime rate"; verified titles only. */
  indicatorLabel?: string;
  lead?: string;
}

export interface EvidenceEntry {
  id: string;
  title?: string;
  year?: number;
  /** Titles of the drafts that cite it. */
  citedBy: string[];
  /** True when the SCS cites it too: part of a shared evidence base. */
  sharedWithScs: boolean;
}

export type Gap = 'delivered-by-nothing' | 'spatial-not-in-core-strategy';

export interface MatrixRow {
  priority: MatrixEntry & { spatial: boolean };
  objectives: MatrixEntry[];
  housing: MatrixEntry[];
  targets: TargetEntry[];
  evidence: EvidenceEntry[];
  gaps: Gap[];
}

export interface MatrixSection {
  scs: { path: string; title: string };
  rows: MatrixRow[];
}

/** A target, objective or housing priority naming a priority its SCS does not have. */
export interface UnknownReference extends MatrixPlace {
  draft: string;
  from: string;
  via: 'target' | 'objective' | 'housing-priority';
  names: string;
  /** The SCS it should be a priority of, when one is linked. */
  scs?: string;
}

/** Whether a reference states the register's value: `unknown` when the register has no such fact (or there is no register). */
export type FactState = 'agrees' | 'differs' | 'unknown';

/** One place a draft refers to a fact of the register. */
export interface FactPlace extends MatrixPlace {
  in: 'body' | 'frontmatter';
  /** As the body writes it; a frontmatter reference writes none (it takes the register's value). */
  label?: string;
  state: FactState;
  /** How it differs from the register's value ("states 8,060"), or why it cannot be compared. */
  difference?: string;
}

/** A fact a draft relies on: the register's entry, and each place the draft refers to it. */
export interface ReliedFact {
  id: string;
  /** Undefined when the register has no such fact. */
  fact?: FactEntry;
  places: FactPlace[];
}

/** The facts of the register one draft relies on. */
export interface DraftFacts {
  path: string;
  title: string;
  facts: ReliedFact[];
}

export interface AlignmentMatrix {
  sections: MatrixSection[];
  unknown: UnknownReference[];
  /** Every draft that refers to the register of facts, with the facts it relies on. */
  facts: DraftFacts[];
}

/**
 * The facts a draft refers to, in the order it first names each, with every place and whether it
 * states the register's value there. References that name no fact are left out.
 */
export function factsReliedOn(engine: Engine, draft: DraftModel): ReliedFact[] {
  const references = draft.factReferences.filter((r) => r.id !== undefined);
  if (references.length === 0) return [];
  const register = engine.registerFor(draft.path);
  const byId = new Map<string, ReliedFact>();
  for (const reference of references) {
    const id = reference.id!;
    const fact = register?.facts.get(id);
    const relied = byId.get(id) ?? { id, fact, places: [] };
    byId.set(id, relied);
    const difference = !fact
      ? register
        ? 'not in the register'
        : 'no register of facts'
      : reference.in === 'body' && reference.label !== undefined
        ? differenceFrom(reference.label, fact.value, fact.unit)
        : undefined;
    relied.places.push({
      path: draft.path,
      span: reference.span,
      in: reference.in,
      label: reference.in === 'body' && reference.label?.trim() ? reference.label.trim() : undefined,
      state: !fact ? 'unknown' : difference ? 'differs' : 'agrees',
      difference,
    });
  }
  return [...byId.values()];
}

function entry(item: DefinedItem, owner: DraftModel): MatrixEntry {
  return { id: item.id, title: item.title, draft: titleOf(owner), path: owner.path, span: item.idSpan };
}

function evidenceOf(draft: DraftModel): { id: string; title?: string; year?: number }[] {
  const list = draft.fm.value(['evidence']);
  if (!Array.isArray(list)) return [];
  return list.filter(isRecord).flatMap((e) =>
    typeof e.id === 'string' || typeof e.id === 'number'
      ? [
          {
            id: String(e.id),
            title: typeof e.title === 'string' ? e.title : undefined,
            year: typeof e.year === 'number' ? e.year : undefined,
          },
        ]
      : [],
  );
}

/**
 * One row per SCS priority with what delivers it — Core Strategy objectives, housing priorities,
 * LAA targets — and the evidence they rest on, with the gaps marked; plus every reference to a
 * priority that does not exist.
 */
export function alignmentMatrix(engine: Engine): AlignmentMatrix {
  const drafts = engine.workspace.drafts();
  const sections: MatrixSection[] = [];
  const unknown: UnknownReference[] = [];
  for (const scs of drafts.filter((d) => d.kind === 'sustainable-community-strategy')) {
    const incoming = engine.workspace.referencesTo(scs);
    const linkedCore = engine.workspace.linked(scs, 'core-strategy');
    const rows = scs.priorities.map((priority): MatrixRow => {
      const mine = incoming.filter((r) => r.reference.id === priority.id);
      const objectives = mine.filter((r) => r.reference.via === 'objective').map((r) => entry(r.reference.from, r.draft));
      const housing = mine.filter((r) => r.reference.via === 'housing-priority').map((r) => entry(r.reference.from, r.draft));
      const targets = mine
        .filter((r) => r.reference.via === 'target')
        .map((r): TargetEntry => {
          const data = r.reference.from.data;
          const indicator = typeof data.indicator === 'string' ? data.indicator : undefined;
          const known = indicator ? indicatorByCode(indicator) : undefined;
          return {
            ...entry(r.reference.from, r.draft),
            indicator,
            indicatorLabel: known ? indicatorLabel(known) : undefined,
            lead: typeof data.lead === 'string' ? data.lead : undefined,
          };
        });
      // The evidence behind a priority: what the drafts delivering it rest on.
      const delivering = [...new Set(mine.map((r) => r.draft))];
      const scsEvidence = new Set(evidenceOf(scs).map((e) => e.id));
      const evidence = new Map<string, EvidenceEntry>();
      for (const draft of delivering) {
        for (const item of evidenceOf(draft)) {
          const known = evidence.get(item.id) ?? { ...item, sharedWithScs: scsEvidence.has(item.id), citedBy: [] };
          known.citedBy.push(titleOf(draft));
          evidence.set(item.id, known);
        }
      }
      const spatial = priority.data.spatial === true;
      const gaps: Gap[] = [];
      if (mine.length === 0) gaps.push('delivered-by-nothing');
      const coreDelivers = objectives.some((o) => !linkedCore || o.path === linkedCore.path);
      if (spatial && !coreDelivers) gaps.push('spatial-not-in-core-strategy');
      return {
        priority: { ...entry(priority, scs), spatial },
        objectives,
        housing,
        targets,
        evidence: [...evidence.values()],
        gaps,
      };
    });
    sections.push({ scs: { path: scs.path, title: titleOf(scs) }, rows });
  }
  for (const draft of drafts) {
    if (draft.references.length === 0) continue;
    const scs = engine.workspace.scsOf(draft);
    const ids = new Set(scs?.priorities.map((p) => p.id) ?? []);
    for (const reference of draft.references) {
      if (scs && ids.has(reference.id)) continue;
      unknown.push({
        draft: titleOf(draft),
        path: draft.path,
        span: reference.span,
        from: reference.from.id,
        via: reference.via,
        names: reference.id,
        scs: scs ? titleOf(scs) : undefined,
      });
    }
  }
  const facts = drafts
    .map((draft): DraftFacts => ({ path: draft.path, title: titleOf(draft), facts: factsReliedOn(engine, draft) }))
    .filter((d) => d.facts.length);
  return { sections, unknown, facts };
}
