// The schedule of changes between two states of a workspace: one row per change, by id in the
// frontmatter and by heading and paragraph in the body, each with its type and class.
import * as path from 'node:path';
import { diffArrays } from 'diff';
import type { Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Engine } from '../engine';
import { titleOf } from '../features/describe';
import type { DefinedItem, DraftModel } from '../model/draft-model';
import { mayDefineLabels } from '../parse/body/blocks';
import { chunkBoundaries, SCAN_TARGETS } from '../parse/body/scan';
import { isRecord } from '../parse/frontmatter-view';

export type ChangeType =
  | 'insertion'
  | 'deletion'
  | 'substitution'
  | 'renumbering'
  | 'move'
  | 'retitled'
  | 'vision changed'
  | 'period changed'
  | 'target changed'
  | 'delivery changed';

/** What a change is to, which decides its class: a main modification or an additional one. */
export type ChangeArea = 'documents' | 'ids' | 'visions' | 'periods' | 'delivery' | 'targets' | 'order' | 'body' | 'other';

export const CHANGE_AREAS: readonly ChangeArea[] = [
  'documents',
  'ids',
  'visions',
  'periods',
  'delivery',
  'targets',
  'order',
  'body',
  'other',
];

/** Changes to documents, ids, visions, periods, what delivers what, and targets are main; wording and order are additional. */
export const DEFAULT_MAIN_AREAS: readonly ChangeArea[] = ['documents', 'ids', 'visions', 'periods', 'delivery', 'targets'];

/** A run of words of a change: kept, deleted or inserted. */
export interface WordChange {
  op: 'same' | 'deleted' | 'inserted';
  text: string;
}

export interface ScheduleRow {
  /** `SC1`, `SC2` …: the change's reference. */
  ref: string;
  /** The draft, relative to the folder, as it is now (as it was, for a draft deleted). */
  file: string;
  /** The draft's title. */
  document: string;
  /** Where in the draft: "Priority P1 Safer communities", "Vision", "Safer communities › paragraph 2". */
  where: string;
  /** The line where the change is, in the draft as it is now (as it was, for a deletion). */
  line: number;
  type: ChangeType;
  /** For a target changed: which of its values ("baseline", "lead"). */
  detail?: string;
  area: ChangeArea;
  class: 'main' | 'additional';
  before?: string;
  after?: string;
  /** The change word by word, deletions and insertions marked. */
  words: WordChange[];
  /** The ids the change concerns, which a reasons file may name. */
  ids: string[];
  reason?: string;
  source?: string;
}

export interface ScheduleOptions {
  /** Paths in the rows are relative to this folder. */
  base: string;
  /** Drafts git saw moved: the path now → the path then. */
  renamed?: ReadonlyMap<string, string>;
  /** Only the drafts at or under these paths (files or folders, absolute), as they are now or as they were; every draft when absent. */
  within?: readonly string[];
  prefix?: string;
  main?: ReadonlySet<ChangeArea>;
}

type Draft = { path: string; model: DraftModel };
type RawRow = Omit<ScheduleRow, 'ref' | 'class'> & { order: number };

const NOUN: Record<string, string> = {
  'sustainable-community-strategy': 'Priority',
  'housing-strategy': 'Housing priority',
  'core-strategy': 'Objective',
  'local-area-agreement': 'Target',
};

/** The values of a target the schedule names when they change. */
const TARGET_FIELDS: Record<string, string> = {
  indicator: 'indicator',
  baseline: 'baseline',
  target: 'target value',
  lead: 'lead',
  partners: 'partners',
  designated: 'designated',
};

/** Where an item says what it delivers. */
const DELIVERY_FIELDS = new Set(['priority', 'delivers', 'supports']);

/** A value as a line of text: scalars as they are, lists joined, maps as `key: value` pairs. */
export function valueText(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (Array.isArray(value)) return value.map(valueText).join(', ');
  if (isRecord(value))
    return Object.entries(value)
      .map(([k, v]) => `${k}: ${valueText(v)}`)
      .join(', ');
  return String(value);
}

/** Words (with the dots, commas and hyphens inside them: 21.3, 2,500, well-being), spaces and single marks. */
const TOKEN = /\s+|[\p{L}\p{N}](?:[\p{L}\p{N}]|[.,'’%-](?=[\p{L}\p{N}]))*%?|[^\s]/gu;

/** The change from one text to another, word by word: a number or a word changes whole. */
export function wordChanges(before: string, after: string): WordChange[] {
  const changes: WordChange[] = [];
  for (const part of diffArrays(before.match(TOKEN) ?? [], after.match(TOKEN) ?? [])) {
    const op = part.added ? 'inserted' : part.removed ? 'deleted' : 'same';
    const text = part.value.join('');
    if (changes.at(-1)?.op === op) changes.at(-1)!.text += text;
    else changes.push({ op, text });
  }
  // A space kept between two insertions (or two deletions) joins them: "{+, cleaner +}", not "{+,+} {+cleaner +}".
  for (let i = changes.length - 2; i > 0; i--) {
    const [before, space, after] = [changes[i - 1], changes[i], changes[i + 1]];
    if (space.op === 'same' && !space.text.trim() && before.op !== 'same' && before.op === after.op) {
      before.text += space.text + after.text;
      changes.splice(i, 2);
      if (changes[i]?.op === before.op) before.text += changes.splice(i, 1)[0].text;
    }
  }
  return changes;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function lineOf(draft: DraftModel, offset: number): number {
  return draft.parsed.lines.positionAt(offset).line + 1;
}

/** A block of the body: its source (which says whether it changed) and, when asked, its words. */
interface Unit {
  raw: string;
  offset: number;
  /** The block's words as a reader sees them (a paragraph's text, a list's items on lines of their own). */
  text(): string;
}
/** The body's sections: each heading with the path of headings above it, and the blocks under it. */
interface Section {
  heading: string;
  trail: string[];
  offset: number;
  units: Unit[];
}

const markdown = unified().use(remarkParse).use(remarkGfm);
/** A chunk that may hold a heading (ATX or setext) or HTML, which the parser must read. */
const NEEDS_PARSER = new RegExp(`${SCAN_TARGETS.headings.source}|^ {0,3}<`, 'm');
const PLAIN_HEADING = /^ {0,3}(#{1,6})[ \t]+([^\r\n#*_`[\]<>\\&!~]*?)[ \t]*$/;

function parsedText(raw: string): string {
  return (markdown.parse(raw) as Root).children
    .filter((n) => !(n.type === 'html' && /^<!--/.test(n.value)))
    .map(blockText)
    .filter(Boolean)
    .join('\n');
}

/**
 * The body's sections. The body is cut into chunks that parse alone as they do in place; only chunks
 * that may hold a heading are parsed to find their structure, and a block's words are read only when
 * the schedule shows them (most blocks of a revised draft are unchanged).
 */
function sectionsOf(draft: DraftModel): Section[] {
  const frontmatter = draft.parsed.frontmatter;
  const start = frontmatter?.closed ? frontmatter.span.end : 0;
  if (draft.parsed.oversized) return [];
  const text = draft.parsed.text;
  const sections: Section[] = [{ heading: '', trail: [], offset: start, units: [] }];
  const stack: { depth: number; text: string }[] = [];
  const heading = (depth: number, title: string, offset: number) => {
    while (stack.length && stack.at(-1)!.depth >= depth) stack.pop();
    stack.push({ depth, text: title });
    sections.push({ heading: title, trail: stack.map((s) => s.text), offset, units: [] });
  };
  const unit = (raw: string, offset: number, words?: string) => {
    let memo = words;
    sections.at(-1)!.units.push({ raw, offset, text: () => (memo ??= parsedText(raw)) });
  };
  const body = text.slice(start);
  const boundaries = mayDefineLabels(body) ? [start, text.length] : chunkBoundaries(text, start);
  for (let i = 0; i + 1 < boundaries.length; i++) {
    const chunk = text.slice(boundaries[i], boundaries[i + 1]);
    const raw = chunk.trim();
    if (!raw) continue;
    const offset = boundaries[i] + chunk.indexOf(raw);
    const plainHeading = PLAIN_HEADING.exec(raw);
    if (plainHeading && !raw.includes('\n')) {
      heading(plainHeading[1].length, plainHeading[2], offset);
      continue;
    }
    if (!NEEDS_PARSER.test(raw)) {
      unit(raw, offset);
      continue;
    }
    for (const node of (markdown.parse(chunk) as Root).children as RootContent[]) {
      const at = boundaries[i] + (node.position?.start.offset ?? 0);
      const source = chunk.slice(node.position?.start.offset ?? 0, node.position?.end.offset ?? chunk.length);
      if (node.type === 'heading') heading(node.depth, toString(node).trim(), at);
      else if (!(node.type === 'html' && /^<!--/.test(node.value))) {
        const words = blockText(node);
        if (words) unit(source, at, words);
      }
    }
  }
  return sections.filter((s, index) => index > 0 || s.units.length > 0);
}

/** A block's words: a paragraph's text, a list's items and a table's rows on lines of their own. */
function blockText(node: RootContent): string {
  if (node.type === 'list') return node.children.map((item) => `• ${toString(item).replace(/\s+/g, ' ').trim()}`).join('\n');
  if (node.type === 'table')
    return node.children.map((row) => row.children.map((cell) => toString(cell).trim()).join(' | ')).join('\n');
  return toString(node)
    .replace(/[ \t]*\r?\n[ \t]*/g, ' ')
    .trim();
}

const words = (text: string) => new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);

/** How alike two sections are: the share of their words in common. */
function likeness(a: Section, b: Section): number {
  const x = words([a.heading, ...a.units.map((u) => u.raw)].join(' '));
  const y = words([b.heading, ...b.units.map((u) => u.raw)].join(' '));
  if (x.size === 0 || y.size === 0) return 0;
  let shared = 0;
  for (const word of x) if (y.has(word)) shared++;
  return shared / Math.max(x.size, y.size);
}

function whereOf(section: Section): string {
  return section.trail.length ? section.trail.join(' › ') : 'Before the first heading';
}

/** Rows for the body: sections aligned by heading (then by likeness, for a heading retitled), blocks compared word by word. */
function bodyRows(old: DraftModel, now: DraftModel, add: (row: Omit<RawRow, 'file' | 'document'>) => void): void {
  const before = sectionsOf(old);
  const after = sectionsOf(now);
  const key = (s: Section) => s.trail.join('\u0000');
  const pairs = new Map<Section, Section>();
  const taken = new Set<Section>();
  for (const section of after) {
    const match = before.find((b) => !taken.has(b) && key(b) === key(section));
    if (match) {
      pairs.set(section, match);
      taken.add(match);
    }
  }
  // A heading retitled: its section is the unmatched one most like it.
  for (const section of after.filter((s) => !pairs.has(s))) {
    const candidates = before.filter((b) => !taken.has(b)).map((b) => ({ b, score: likeness(b, section) }));
    const best = candidates.sort((x, y) => y.score - x.score)[0];
    if (best && best.score >= 0.5) {
      pairs.set(section, best.b);
      taken.add(best.b);
      add({
        where: whereOf(section),
        line: lineOf(now, section.offset),
        order: section.offset,
        type: 'retitled',
        area: 'body',
        before: best.b.heading,
        after: section.heading,
        words: wordChanges(best.b.heading, section.heading),
        ids: [],
      });
    }
  }
  // Blocks that left one place and arrived at another unchanged are moves.
  const removed: { unit: Unit; section: Section }[] = [];
  const inserted: { unit: Unit; section: Section }[] = [];
  const substitutions: { was: Unit; now: Unit; section: Section }[] = [];
  for (const section of after) {
    const was = pairs.get(section);
    if (!was) {
      for (const unit of section.units) inserted.push({ unit, section });
      if (section.heading)
        add({
          where: whereOf(section),
          line: lineOf(now, section.offset),
          order: section.offset,
          type: 'insertion',
          area: 'body',
          after: section.heading,
          words: [{ op: 'inserted', text: section.heading }],
          ids: [],
        });
      continue;
    }
    let oldIndex = 0;
    let newIndex = 0;
    for (const part of diffArrays(
      was.units.map((u) => u.raw),
      section.units.map((u) => u.raw),
    )) {
      const count = part.count ?? part.value.length;
      if (!part.added && !part.removed) {
        oldIndex += count;
        newIndex += count;
        continue;
      }
      if (part.removed) {
        for (let i = 0; i < count; i++) removed.push({ unit: was.units[oldIndex + i], section: was });
        oldIndex += count;
      } else {
        for (let i = 0; i < count; i++) inserted.push({ unit: section.units[newIndex + i], section });
        newIndex += count;
      }
    }
  }
  for (const section of before.filter((b) => !taken.has(b))) {
    for (const unit of section.units) removed.push({ unit, section });
    if (section.heading)
      add({
        where: whereOf(section),
        line: lineOf(old, section.offset),
        order: now.parsed.text.length,
        type: 'deletion',
        area: 'body',
        before: section.heading,
        words: [{ op: 'deleted', text: section.heading }],
        ids: [],
      });
  }
  const newPlace = (entry: { unit: Unit; section: Section }) =>
    `${whereOf(entry.section)}, paragraph ${entry.section.units.indexOf(entry.unit) + 1}`;
  for (const gone of [...removed]) {
    const arrived = inserted.find((i) => i.unit.raw === gone.unit.raw);
    if (!arrived) continue;
    removed.splice(removed.indexOf(gone), 1);
    inserted.splice(inserted.indexOf(arrived), 1);
    add({
      where: newPlace(arrived),
      line: lineOf(now, arrived.unit.offset),
      order: arrived.unit.offset,
      type: 'move',
      area: 'order',
      detail: `moved from ${newPlace(gone)}`,
      before: gone.unit.text(),
      after: arrived.unit.text(),
      words: [{ op: 'same', text: arrived.unit.text() }],
      ids: [],
    });
  }
  // What was deleted and inserted in one section of the same draft is a substitution, in order.
  for (const entry of [...inserted]) {
    const counterpart = removed.find((r) => pairs.get(entry.section) === r.section);
    if (!counterpart) continue;
    removed.splice(removed.indexOf(counterpart), 1);
    inserted.splice(inserted.indexOf(entry), 1);
    substitutions.push({ was: counterpart.unit, now: entry.unit, section: entry.section });
  }
  for (const s of substitutions) {
    // Markup changed and the words did not (`*a*` for `_a_`): nothing a reader would see.
    if (s.was.text() === s.now.text()) continue;
    add({
      where: newPlace({ unit: s.now, section: s.section }),
      line: lineOf(now, s.now.offset),
      order: s.now.offset,
      type: 'substitution',
      area: 'body',
      before: s.was.text(),
      after: s.now.text(),
      words: wordChanges(s.was.text(), s.now.text()),
      ids: [],
    });
  }
  for (const entry of inserted)
    add({
      where: newPlace(entry),
      line: lineOf(now, entry.unit.offset),
      order: entry.unit.offset,
      type: 'insertion',
      area: 'body',
      after: entry.unit.text(),
      words: [{ op: 'inserted', text: entry.unit.text() }],
      ids: [],
    });
  const counterpartOf = (section: Section) => [...pairs].find(([, was]) => was === section)?.[0];
  /** Where a deleted block was, in the draft now: just after the last block before it that is still there. */
  const orderOfDeleted = (entry: { unit: Unit; section: Section }) => {
    const section = counterpartOf(entry.section);
    if (!section) return now.parsed.text.length;
    const earlier = entry.section.units.slice(0, entry.section.units.indexOf(entry.unit)).reverse();
    const kept = earlier.map((u) => section.units.find((n) => n.raw === u.raw)).find((u) => u !== undefined);
    return (kept ?? { offset: section.offset }).offset + 1;
  };
  for (const entry of removed)
    add({
      where: `${whereOf(entry.section)}, paragraph ${entry.section.units.indexOf(entry.unit) + 1}`,
      line: lineOf(old, entry.unit.offset),
      order: orderOfDeleted(entry),
      type: 'deletion',
      area: 'body',
      before: entry.unit.text(),
      words: [{ op: 'deleted', text: entry.unit.text() }],
      ids: [],
    });
}

/** A frontmatter missing, never closed, not valid YAML or not a map. */
function frontmatterUnreadable(draft: DraftModel): boolean {
  const frontmatter = draft.parsed.frontmatter;
  return !frontmatter?.closed || frontmatter.yamlErrors.length > 0 || draft.fm.dataError !== undefined;
}

function itemName(draft: DraftModel, item: DefinedItem): string {
  return `${NOUN[draft.kind ?? ''] ?? 'Item'} ${item.id}${item.title ? ` ${item.title}` : ''}`;
}

/** Rows for the frontmatter: items compared by id, then the vision, the period and every other key. */
function frontmatterRows(old: DraftModel, now: DraftModel, add: (row: Omit<RawRow, 'file' | 'document'>) => void): void {
  const items = (d: DraftModel): DefinedItem[] => [...d.priorities, ...d.objectives, ...d.targets];
  const before = items(old);
  const after = items(now);
  const oldById = new Map(before.map((i) => [i.id, i]));
  // Which entry now was which entry then. An entry is known by its id and title together first, then
  // by its title alone (ids renumbered, shifted or swapped: the title follows the entry), then by its
  // id (retitled), then by everything but its id (an entry without a title, renumbered).
  const pairs = new Map<DefinedItem, DefinedItem>();
  const used = new Set<DefinedItem>();
  const pair = (now: DefinedItem, then: DefinedItem | undefined) => {
    if (!then || used.has(then) || pairs.has(now)) return;
    pairs.set(now, then);
    used.add(then);
  };
  const unique = (list: DefinedItem[]) => {
    const counts = new Map<string, number>();
    for (const i of list) if (i.title !== undefined) counts.set(i.title, (counts.get(i.title) ?? 0) + 1);
    return (title: string | undefined) => title !== undefined && counts.get(title) === 1;
  };
  const [uniqueBefore, uniqueAfter] = [unique(before), unique(after)];
  const withoutId = (i: DefinedItem) => JSON.stringify({ ...i.data, id: undefined });
  for (const item of after) if (oldById.get(item.id)?.title === item.title) pair(item, oldById.get(item.id));
  for (const item of after)
    if (uniqueAfter(item.title))
      pair(
        item,
        before.find((b) => !used.has(b) && b.title === item.title && uniqueBefore(b.title)),
      );
  for (const item of after) pair(item, oldById.get(item.id));
  for (const item of after)
    pair(
      item,
      before.find((b) => !used.has(b) && withoutId(b) === withoutId(item)),
    );
  const nowOf = new Map([...pairs].map(([now, then]) => [then, now]));
  const gone = before.filter((b) => !used.has(b));
  const isTarget = now.kind === 'local-area-agreement';
  const itemLine = (d: DraftModel, i: DefinedItem) => lineOf(d, i.idSpan.start);
  for (const item of after) {
    const was = pairs.get(item);
    const line = itemLine(now, item);
    const order = item.itemSpan.start;
    if (!was) {
      add({
        where: itemName(now, item),
        line,
        order,
        type: 'insertion',
        area: 'ids',
        after: valueText(item.data),
        words: [{ op: 'inserted', text: valueText(item.data) }],
        ids: [item.id],
      });
      continue;
    }
    if (was.id !== item.id)
      add({
        where: itemName(now, item),
        line,
        order,
        type: 'renumbering',
        area: 'ids',
        before: was.id,
        after: item.id,
        words: wordChanges(was.id, item.id),
        ids: [was.id, item.id],
      });
    if (was.title !== item.title)
      add({
        where: itemName(now, item),
        line,
        order,
        type: 'retitled',
        area: 'ids',
        before: was.title ?? '',
        after: item.title ?? '',
        words: wordChanges(was.title ?? '', item.title ?? ''),
        ids: [item.id],
      });
    const keys = [...new Set([...Object.keys(was.data), ...Object.keys(item.data)])].filter((k) => k !== 'id' && k !== 'title');
    for (const key of keys) {
      if (same(was.data[key], item.data[key])) continue;
      const delivery = DELIVERY_FIELDS.has(key);
      const targetField = isTarget && !delivery ? (TARGET_FIELDS[key] ?? key) : undefined;
      // A value as the draft writes it (`22.0`, not 22), where it is written.
      const written = (d: DraftModel, i: DefinedItem) => {
        const span = d.fm.valueSpan([...i.path, key]);
        return span ? d.parsed.text.slice(span.start, span.end) : valueText(i.data[key]);
      };
      const [from, to] = [written(old, was), written(now, item)];
      add({
        where: itemName(now, item),
        line,
        order,
        type: delivery ? 'delivery changed' : targetField ? 'target changed' : 'substitution',
        detail: delivery ? key : (targetField ?? key),
        area: delivery ? 'delivery' : targetField ? 'targets' : 'other',
        before: from,
        after: to,
        words: wordChanges(from, to),
        ids: [item.id],
      });
    }
  }
  /** Where a deleted entry was: just after the entry before it that is still there. */
  const orderOfDeleted = (item: DefinedItem) => {
    const earlier = before.slice(0, before.indexOf(item)).reverse();
    const kept = earlier.map((e) => nowOf.get(e)).find((e) => e !== undefined);
    return kept ? kept.itemSpan.end : (after[0]?.itemSpan.start ?? 0) - 1;
  };
  for (const item of gone)
    add({
      where: itemName(old, item),
      line: itemLine(old, item),
      order: orderOfDeleted(item),
      type: 'deletion',
      area: 'ids',
      before: valueText(item.data),
      words: [{ op: 'deleted', text: valueText(item.data) }],
      ids: [item.id],
    });
  // Entries kept but put in another order: those outside the longest run kept in order have moved.
  const previous = before.filter((b) => used.has(b));
  const common = after.filter((a) => pairs.has(a)).map((a) => pairs.get(a)!);
  for (const part of diffArrays(previous, common)) {
    if (part.added)
      for (const then of part.value) {
        const item = nowOf.get(then)!;
        add({
          where: itemName(now, item),
          line: itemLine(now, item),
          order: item.itemSpan.start,
          type: 'move',
          area: 'order',
          detail: `moved from position ${before.indexOf(then) + 1} to ${after.indexOf(item) + 1}`,
          words: [],
          ids: [item.id],
        });
      }
  }
  const fm = (d: DraftModel, key: string) => d.fm.value([key]);
  const keyLine = (d: DraftModel, key: string) => lineOf(d, d.fm.keySpan([key])?.start ?? d.fence.start);
  const vision = [valueText(fm(old, 'vision')), valueText(fm(now, 'vision'))];
  if (vision[0] !== vision[1])
    add({
      where: 'Vision',
      line: keyLine(now, 'vision'),
      order: now.fm.keySpan(['vision'])?.start ?? 0,
      type: 'vision changed',
      area: 'visions',
      before: vision[0],
      after: vision[1],
      words: wordChanges(vision[0], vision[1]),
      ids: [],
    });
  const period = (d: DraftModel) => {
    const p = fm(d, 'period');
    return isRecord(p) ? `${valueText(p.from)} to ${valueText(p.to)}` : valueText(p);
  };
  if (period(old) !== period(now))
    add({
      where: 'Period',
      line: keyLine(now, 'period'),
      order: now.fm.keySpan(['period'])?.start ?? 0,
      type: 'period changed',
      area: 'periods',
      before: period(old),
      after: period(now),
      words: wordChanges(period(old), period(now)),
      ids: [],
    });
  const handled = new Set(['vision', 'period', 'priorities', 'objectives', 'targets']);
  /** Where a deleted key was, in the draft now: just after the last key before it that is still there. */
  const orderOfDeletedKey = (key: string) => {
    const keys = Object.keys(data(old));
    const kept = keys
      .slice(0, keys.indexOf(key))
      .reverse()
      .map((k) => now.fm.node([k]) && now.fm.keySpan([k]))
      .find((span) => span !== undefined);
    return kept ? kept.start + 1 : 0;
  };
  const data = (d: DraftModel) => (isRecord(d.fm.data) ? d.fm.data : {});
  for (const key of [...new Set([...Object.keys(data(old)), ...Object.keys(data(now))])]) {
    if (handled.has(key) || same(data(old)[key], data(now)[key])) continue;
    const [from, to] = [valueText(data(old)[key]), valueText(data(now)[key])];
    add({
      where: key === 'title' ? 'Title' : `‘${key}’`,
      line: keyLine(key in data(now) ? now : old, key),
      order: now.fm.keySpan([key])?.start ?? orderOfDeletedKey(key),
      type: !(key in data(old)) ? 'insertion' : !(key in data(now)) ? 'deletion' : key === 'title' ? 'retitled' : 'substitution',
      area: 'other',
      before: from || undefined,
      after: to || undefined,
      words: wordChanges(from, to),
      ids: [],
    });
  }
}

/**
 * Every change between two states of a workspace, in document order and numbered: drafts added,
 * deleted or moved; priorities, objectives and targets compared by id (a renamed id is a
 * renumbering, an entry put elsewhere a move); visions, periods and target values; the body's
 * sections aligned by heading and its paragraphs compared word by word.
 */
export function scheduleOfChanges(before: Engine, after: Engine, options: ScheduleOptions): ScheduleRow[] {
  const relative = (file: string) => path.relative(options.base, file).split(path.sep).join('/');
  const main = options.main ?? new Set(DEFAULT_MAIN_AREAS);
  // The drafts' models alone: who links to whom (the workspace index) is not needed to compare them.
  const draftsOf = (engine: Engine) =>
    new Map(
      engine.workspace
        .files()
        .map((file) => engine.workspace.draft(file))
        .filter((d): d is DraftModel => d?.isDraft === true)
        .map((d) => [d.path, d]),
    );
  const beforeDrafts = draftsOf(before);
  const afterDrafts = draftsOf(after);
  const renamed = options.renamed ?? new Map<string, string>();
  const rows: (RawRow & { fileOrder: string })[] = [];
  const pairs: { old?: Draft; now?: Draft }[] = [];
  const matchedOld = new Set<string>();
  for (const [file, model] of afterDrafts) {
    const was = renamed.get(file) ?? file;
    const old = beforeDrafts.get(was);
    if (old) matchedOld.add(was);
    pairs.push({ old: old && { path: was, model: old }, now: { path: file, model } });
  }
  for (const [file, model] of beforeDrafts) if (!matchedOld.has(file)) pairs.push({ old: { path: file, model } });
  for (const { old, now } of pairs) {
    const inside = (file: string | undefined) =>
      file !== undefined && options.within!.some((p) => file === p || file.startsWith(p.endsWith(path.sep) ? p : p + path.sep));
    if (options.within && !inside(now?.path) && !inside(old?.path)) continue;
    const shown = now ?? old!;
    const file = relative(shown.path);
    const document = titleOf(shown.model);
    const add = (row: Omit<RawRow, 'file' | 'document'>) => rows.push({ ...row, file, document, fileOrder: file });
    if (!old || !now) {
      const text = titleOf(shown.model);
      add({
        where: 'The whole document',
        line: 1,
        order: -2,
        type: now ? 'insertion' : 'deletion',
        area: 'documents',
        ...(now ? { after: text } : { before: text }),
        words: [{ op: now ? 'inserted' : 'deleted', text }],
        ids: [],
      });
      continue;
    }
    if (old.path !== now.path)
      add({
        where: 'The whole document',
        line: 1,
        order: -2,
        type: 'move',
        area: 'other',
        detail: `moved from ${relative(old.path)}`,
        before: relative(old.path),
        after: relative(now.path),
        words: wordChanges(relative(old.path), relative(now.path)),
        ids: [],
      });
    // Byte for byte the same text (after the byte order mark and line endings are read): nothing changed.
    if (old.model.parsed.text === now.model.parsed.text) continue;
    // A frontmatter that cannot be read at one end says nothing of its entries: one row, not a row for every key.
    const unreadable = [old.model, now.model].map(frontmatterUnreadable);
    if (unreadable[0] || unreadable[1]) {
      add({
        where: 'Frontmatter',
        line: 1,
        order: -1,
        type: 'substitution',
        detail: unreadable[1] ? 'it cannot be read now; correct it to see what changed in it' : 'it could not be read before',
        area: 'other',
        words: [],
        ids: [],
      });
      bodyRows(old.model, now.model, add);
      continue;
    }
    frontmatterRows(old.model, now.model, add);
    bodyRows(old.model, now.model, add);
  }
  rows.sort((a, b) => a.fileOrder.localeCompare(b.fileOrder) || a.order - b.order || a.line - b.line);
  const prefix = options.prefix ?? 'SC';
  return rows.map(({ order: _order, fileOrder: _fileOrder, ...row }, index) => ({
    ref: `${prefix}${index + 1}`,
    ...row,
    class: main.has(row.area) ? 'main' : 'additional',
  }));
}
