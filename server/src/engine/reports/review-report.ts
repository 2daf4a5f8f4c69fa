import * as path from 'node:path';
import type { Engine } from '../engine';
import { groundsOf } from '../guidance/explain';
import type { GuidanceLibrary, Standing } from '../guidance/guidance';
import { writeValue } from '../facts/fact-values';
import { alignmentMatrix, factsReliedOn, type AlignmentMatrix, type FactState } from '../features/matrix';
import { titleOf } from '../features/describe';
import type { DraftModel } from '../model/draft-model';
import { documentLinksOf } from '../model/links';
import { safeDecode } from '../model/urls';
import { kindInfo } from '../model/kinds';
import type { Finding, Rule, Severity } from '../rules/rule';
import type { Span } from '../text/line-index';
import { checklistOf, type ChecklistStatus } from './checklist';
import { GAP_TEXT } from './matrix-report';

/** A commit: where the drafts stand in git. */
export interface Revision {
  commit: string;
  /** The commit's date, YYYY-MM-DD. */
  date: string;
}

/** A draft's own revision: the last commit that changed it, and whether it has changed since. */
export interface DraftRevision extends Revision {
  changedSince: boolean;
}

export type Basis = 'requirement' | 'fact' | 'practice' | 'check';

export interface ReviewFinding {
  /** Its mark in the draft's text and its note in the margin: 1, 2, 3 … in order of position. */
  number: number;
  rule: string;
  severity: Severity;
  message: string;
  /** 1-based, as editors show them. */
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** The most authoritative ground of a rule: a passage quoted with its standing, or a fact with its source. */
export type ReviewGround =
  | { type: 'passage'; id: string; standing: Standing; quote: string; attribution: string }
  | { type: 'fact'; id: string; statement: string; sources: { title: string; url: string }[] };

/** A rule on some draft's checklist: what it expects, what it rests on, and how much weight it carries. */
export interface ReviewRule {
  id: string;
  /** What a draft that meets the rule does. */
  expectation: string;
  /** What makes the rule fire. */
  description: string;
  basis: Basis;
  ground?: ReviewGround;
}

export interface ChecklistItem {
  rule: string;
  status: ChecklistStatus;
  /** Not applicable, not checked, silenced or turned off: why, in a sentence. */
  reason?: string;
  /** The severity it ran at. */
  severity?: Severity;
  /** The numbers of its findings. */
  findings: number[];
}

export interface ChecklistArea {
  area: string;
  title: string;
  items: ChecklistItem[];
}

export type LinkState = 'ok' | 'broken' | 'stale';

export interface ReviewLink {
  /** The draft that writes the link, relative to the review's folder, and the line. */
  from: string;
  line: number;
  /** How it links: `related.scs`, `sustainability-appraisal`, `body link`. */
  via: string;
  /** As written. */
  target: string;
  /** The file it leads to, relative to the review's folder; absent when it leaves the workspace. */
  file?: string;
  /** The title and kind of the draft it leads to, or of the draft that links here. */
  title?: string;
  kind?: string;
  state: LinkState;
  /** What is wrong, as the check says it. */
  problem?: string;
}

/** One place a draft refers to a fact: what it writes there, and whether that is the register's value. */
export interface ReviewFactPlace {
  /** 1-based. */
  line: number;
  in: 'body' | 'frontmatter';
  /** As the body writes it; a frontmatter reference writes none (it takes the register's value). */
  stated?: string;
  state: FactState;
  /** How it differs from the register ("states 8,060"), or why it cannot be compared ("not in the register"). */
  difference?: string;
  /** The numbers of the findings at the reference. */
  findings: number[];
}

/** A fact of the register a draft relies on, as the register gives it, with each place the draft refers to it. */
export interface ReviewFact {
  id: string;
  /** The register's value as a draft would write it ("8,600 homes"); absent when the register has no such fact. */
  value?: string;
  unit?: string;
  /** The date or year the value was established. */
  asOf?: string;
  /** An evidence id or a URL. */
  source?: string;
  places: ReviewFactPlace[];
}

/** The numbers of the findings at a fact's places, each once. */
export const factFindings = (fact: ReviewFact) => [...new Set(fact.places.flatMap((p) => p.findings))];

export interface ReviewCounts {
  requirement: number;
  fact: number;
  practice: number;
  check: number;
}

export interface ReviewDraft {
  file: string;
  /** The draft's anchor in the HTML report. */
  anchor: string;
  kind?: string;
  title: string;
  authority?: string;
  partnership?: string;
  status?: string;
  period?: string;
  version?: string;
  revision?: DraftRevision;
  /** `full`; `frontmatter-only` for a draft too large to read whole; `format-problems` when its frontmatter cannot be read. */
  scope: 'full' | 'frontmatter-only' | 'format-problems';
  /** Rules not met, by basis. */
  notMet: ReviewCounts;
  checklist: ChecklistArea[];
  findings: ReviewFinding[];
  links: { out: ReviewLink[]; in: ReviewLink[] };
  /** The facts of the register the draft refers to, in the order it first names them. */
  facts: ReviewFact[];
  /** For an SCS: how its priorities are delivered. */
  delivery?: { priorities: number; delivered: number; gaps: { priority: string; title?: string; gap: string }[] };
}

export interface ReviewReport {
  /** The reviewed folder's name. */
  folder: string;
  /** The day the review was made, YYYY-MM-DD. */
  date: string;
  repository?: Revision;
  summary: { drafts: number; notMet: ReviewCounts; findings: Record<Severity, number> };
  /** Every rule on a checklist, in the catalogue's order. */
  rules: ReviewRule[];
  drafts: ReviewDraft[];
}

/** What the HTML form needs besides the report: each draft's text and where its findings are. */
export interface ReviewSource {
  text: string;
  /** The end of the frontmatter's closing fence, 0 when there is none. */
  bodyStart: number;
  /** Too large to be read whole: only the frontmatter is shown. */
  oversized: boolean;
  spans: Span[];
}

export interface ReviewOptions {
  /** Paths in the report are relative to this folder. */
  base: string;
  /** Where the folder stands in git, when it is in a repository. */
  repository?: Revision;
  revisionOf?: (draftPath: string) => DraftRevision | undefined;
  /** Told after each file, for a progress line. */
  progress?: (done: number, total: number) => void;
}

export const AREA_TITLES: Readonly<Record<string, string>> = {
  format: 'Format',
  scs: 'Sustainable Community Strategy',
  laa: 'Local Area Agreement',
  align: 'Alignment with the other documents',
  involve: 'Involving people',
  core: 'LDF Core Strategy',
  evidence: 'Evidence',
  facts: 'Facts and figures',
};

const LINK_RULES: Readonly<Record<string, LinkState>> = {
  'align/broken-link': 'broken',
  'laa/relates-to-scs': 'broken',
  'align/stale': 'stale',
};

const QUOTE_WORDS = 60;

/**
 * The review of some drafts: for each, its header, the checklist of every rule its kind is checked
 * against, its findings, the links in and out with their state, and, for an SCS, how its priorities
 * are delivered. `sources` holds what the HTML form renders. Ordinary Markdown and ignored files are
 * left out.
 */
export function reviewReport(
  engine: Engine,
  files: readonly string[],
  options: ReviewOptions,
): { report: ReviewReport; sources: Map<string, ReviewSource> } {
  const relative = (file: string) => path.relative(options.base, file).split(path.sep).join('/');
  const sources = new Map<string, ReviewSource>();
  let matrix: AlignmentMatrix | undefined;
  const drafts: ReviewDraft[] = [];
  const rules = new Map<string, ReviewRule>();
  for (const [index, file] of files.entries()) {
    options.progress?.(index + 1, files.length);
    const draft = engine.workspace.draft(file);
    const checklist = checklistOf(engine, file);
    if (!draft || !checklist) continue;
    const lines = draft.parsed.lines;
    const findings = checklist.findings.map((f, index): ReviewFinding => {
      const start = lines.positionAt(f.span.start);
      const end = lines.positionAt(f.span.end);
      return {
        number: index + 1,
        rule: f.rule,
        severity: f.severity,
        message: f.message,
        line: start.line + 1,
        column: start.character + 1,
        endLine: end.line + 1,
        endColumn: end.character + 1,
      };
    });
    const numberOf = new Map(checklist.findings.map((f, index) => [f, index + 1]));
    const areas = new Map<string, ChecklistItem[]>();
    const notMet: ReviewCounts = { requirement: 0, fact: 0, practice: 0, check: 0 };
    for (const entry of checklist.entries) {
      const area = entry.rule.id.split('/')[0];
      const off = entry.turnedOffBy;
      if (!rules.has(entry.rule.id)) rules.set(entry.rule.id, reviewRule(entry.rule, engine.guidanceFor(file)));
      if (entry.status === 'not-met') notMet[entry.rule.basis ?? 'check']++;
      const item: ChecklistItem = {
        rule: entry.rule.id,
        status: entry.status,
        reason: off
          ? off.origin === 'editor'
            ? `Turned off in the editor's settings (‘placeshaper.rules’: ‘${off.key}’).`
            : `Turned off in ${off.origin ? relative(off.origin) : 'the configuration'} (‘${off.key}: off’).`
          : entry.reason,
        severity: entry.severity,
        findings: entry.findings.map((f) => numberOf.get(f)!),
      };
      areas.set(area, [...(areas.get(area) ?? []), item]);
    }
    const checklistAreas = [...areas].map(([area, items]) => ({ area, title: AREA_TITLES[area] ?? area, items }));
    const header = headerOf(engine.withFacts(draft));
    const isScs = draft.kind === 'sustainable-community-strategy';
    if (isScs) matrix ??= alignmentMatrix(engine);
    const broken = checklist.entries.some((e) => e.status === 'not-checked' && e.reason?.startsWith('The frontmatter cannot'));
    drafts.push({
      file: relative(file),
      anchor: `draft-${drafts.length + 1}`,
      ...header,
      revision: options.revisionOf?.(file),
      scope: broken ? 'format-problems' : draft.parsed.oversized ? 'frontmatter-only' : 'full',
      notMet,
      checklist: checklistAreas,
      findings,
      links: linksOf(engine, draft, relative),
      facts: factsOf(engine, draft, checklist.findings, numberOf),
      delivery: isScs && matrix ? deliveryOf(matrix, draft) : undefined,
    });
    sources.set(relative(file), {
      text: draft.parsed.text,
      bodyStart: draft.parsed.frontmatter?.closed ? draft.parsed.frontmatter.span.end : 0,
      oversized: draft.parsed.oversized,
      spans: checklist.findings.map((f) => f.span),
    });
  }
  const total = (key: keyof ReviewCounts) => drafts.reduce((sum, d) => sum + d.notMet[key], 0);
  const bySeverity = (severity: Severity) =>
    drafts.reduce((sum, d) => sum + d.findings.filter((f) => f.severity === severity).length, 0);
  return {
    report: {
      folder: path.basename(options.base),
      date: engine.today.toISOString().slice(0, 10),
      repository: options.repository,
      summary: {
        drafts: drafts.length,
        notMet: { requirement: total('requirement'), fact: total('fact'), practice: total('practice'), check: total('check') },
        findings: {
          error: bySeverity('error'),
          warning: bySeverity('warning'),
          info: bySeverity('info'),
          hint: bySeverity('hint'),
        },
      },
      rules: engine.rules.flatMap((rule) => rules.get(rule.id) ?? []),
      drafts,
    },
    sources,
  };
}

function reviewRule(rule: Rule, guidance: GuidanceLibrary): ReviewRule {
  const ground = groundsOf(rule, guidance)[0];
  return {
    id: rule.id,
    expectation: rule.expectation,
    description: rule.description,
    basis: rule.basis ?? 'check',
    ground:
      ground?.type === 'passage'
        ? {
            type: 'passage',
            id: ground.passage.id,
            standing: ground.passage.standing,
            quote: guidance
              .quote(ground.passage, { format: 'text', maxWords: QUOTE_WORDS })
              .split('\n\n— ')[0]
              .replace(/^> ?/gm, ''),
            attribution: guidance.attribution(ground.passage, 'text'),
          }
        : ground?.type === 'fact'
          ? { type: 'fact', id: ground.fact.id, statement: ground.fact.statement, sources: ground.fact.sources }
          : undefined,
  };
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;
}

function headerOf(
  draft: DraftModel,
): Pick<ReviewDraft, 'kind' | 'title' | 'authority' | 'partnership' | 'status' | 'period' | 'version'> {
  const fm = draft.fm;
  const name = text(fm.value(['authority', 'name'])) ?? text(fm.value(['authority']));
  const type = text(fm.value(['authority', 'type']));
  const from = text(fm.value(['period', 'from']));
  const to = text(fm.value(['period', 'to']));
  return {
    kind: draft.kind ? kindInfo(draft.kind).label : undefined,
    title: titleOf(draft),
    authority: name ? (type ? `${name} (${type})` : name) : undefined,
    partnership: text(fm.value(['partnership'])),
    status: text(fm.value(['status'])),
    period: from && to ? `${from} to ${to}` : (from ?? to),
    version: text(fm.value(['version'])),
  };
}

/** Every link a draft writes: `related`, the supporting documents its frontmatter names, and links in its body. */
function writtenLinks(draft: DraftModel): { via: string; target: string; spans: Span[] }[] {
  return [
    ...draft.related.map((link) => ({
      via: `related.${link.role}`,
      target: link.target,
      spans: [link.targetSpan, ...(link.versionSpan ? [link.versionSpan] : [])],
    })),
    ...documentLinksOf(draft).map((link) => ({ via: link.key, target: link.target, spans: [link.span] })),
    ...draft.bodyLinks.map((link) => ({ via: 'body link', target: link.url, spans: [link.span] })),
  ];
}

/** The links a draft writes, each with its state as the checks found it. */
function reviewLinks(
  engine: Engine,
  draft: DraftModel,
  findings: readonly Finding[],
  relative: (file: string) => string,
  leadsTo?: string,
): ReviewLink[] {
  const result: ReviewLink[] = [];
  for (const link of writtenLinks(draft)) {
    const written = link.via === 'body link' ? link.target.split('#')[0] : link.target;
    const resolved = engine.workspace.resolve(draft, safeDecode(written));
    if (leadsTo !== undefined && resolved.path !== leadsTo) continue;
    const target = resolved.outside ? undefined : engine.workspace.draft(resolved.path);
    const problem = findings.find(
      (f) => LINK_RULES[f.rule] && link.spans.some((span) => f.span.start < span.end && span.start < f.span.end),
    );
    const missing = !resolved.outside && !engine.host.isFile(resolved.path);
    result.push({
      from: relative(draft.path),
      line: draft.parsed.lines.positionAt(link.spans[0].start).line + 1,
      via: link.via,
      target: link.target,
      file: resolved.outside ? undefined : relative(resolved.path),
      ...(target?.isDraft && leadsTo === undefined
        ? { title: titleOf(target), kind: target.kind ? kindInfo(target.kind).short : undefined }
        : {}),
      ...(leadsTo !== undefined ? { title: titleOf(draft), kind: draft.kind ? kindInfo(draft.kind).short : undefined } : {}),
      state: problem ? LINK_RULES[problem.rule] : resolved.outside || missing ? 'broken' : 'ok',
      problem: problem?.message ?? (resolved.outside ? 'It leads outside the workspace.' : missing ? 'No such file.' : undefined),
    });
  }
  return result;
}

function linksOf(engine: Engine, draft: DraftModel, relative: (file: string) => string): ReviewDraft['links'] {
  const out = reviewLinks(engine, draft, engine.check(draft.path), relative);
  const incoming = engine.workspace
    .dependentsOf(draft.path)
    .filter((file) => file !== draft.path)
    .flatMap((file) => {
      const other = engine.workspace.draft(file);
      return other?.isDraft ? reviewLinks(engine, other, engine.check(file), relative, draft.path) : [];
    });
  return { out, in: incoming };
}

/** The facts a draft relies on, each place with the numbers of the `facts/*` findings there. */
function factsOf(
  engine: Engine,
  draft: DraftModel,
  findings: readonly Finding[],
  numberOf: ReadonlyMap<Finding, number>,
): ReviewFact[] {
  const lines = draft.parsed.lines;
  return factsReliedOn(engine, draft).map(({ id, fact, places }) => ({
    id,
    value: fact ? writeValue(fact.value, fact.unit) : undefined,
    unit: fact?.unit,
    asOf: fact?.asOf,
    source: fact?.source,
    places: places.map((place) => ({
      line: lines.positionAt(place.span.start).line + 1,
      in: place.in,
      stated: place.label,
      state: place.state,
      difference: place.difference,
      findings: findings
        .filter((f) => f.rule.startsWith('facts/') && f.span.start < place.span.end && place.span.start < f.span.end)
        .map((f) => numberOf.get(f)!),
    })),
  }));
}

function deliveryOf(matrix: AlignmentMatrix, scs: DraftModel): ReviewDraft['delivery'] {
  const section = matrix.sections.find((s) => s.scs.path === scs.path);
  if (!section) return undefined;
  return {
    priorities: section.rows.length,
    delivered: section.rows.filter((r) => !r.gaps.includes('delivered-by-nothing')).length,
    gaps: section.rows.flatMap((row) =>
      row.gaps.map((gap) => ({ priority: row.priority.id, title: row.priority.title, gap: GAP_TEXT[gap] })),
    ),
  };
}
