import type { Engine } from '../engine';
import type { DraftModel } from '../model/draft-model';
import { stringify } from 'yaml';
import { KIND_NAMES, KINDS, kindOnItsLine, RELATED_ROLES, type Kind } from '../model/kinds';
import { indicatorLabel, NATIONAL_INDICATORS } from '../reference/national-indicators';
import { keysAt, requiredAt, valuesAt } from '../schema/schema-walk';
import { placeholderValue } from '../schema/skeleton';
import { listAnd } from '../suggest';
import type { Span } from '../text/line-index';
import { relativePath } from '../model/links';
import { titleOf } from './describe';
import { factCompletions } from './facts';

export type CompletionKind = 'key' | 'value' | 'priority' | 'indicator' | 'path' | 'rule' | 'skeleton';

export interface CompletionEntry {
  label: string;
  kind: CompletionKind;
  /** Shown beside the label on every row: an indicator's title, "required" for a key the draft needs. */
  description?: string;
  detail?: string;
  documentation?: string;
  /** Text to insert (defaults to the label). */
  insertText?: string;
  /** The text the entry replaces: what the author has typed of it so far. */
  replace: Span;
  sortText?: string;
  /** What typing is matched against (defaults to the label): an indicator's code and title. */
  filterText?: string;
  /** Selected when the list opens: the first key the draft still needs. */
  preselect?: boolean;
}

const KEY_LINE = /^(\s*)(- )?([A-Za-z0-9_-]*)$/;
const VALUE_LINE = /^(\s*)(- )?([A-Za-z0-9_-]+):[ \t]*(.*)$/;
const LIST_ITEM_LINE = /^(\s*)- (.*)$/;
/** A key inside a flow map written as a list item: `- {id: O2, delivers: [D2, `. */
const FLOW_ITEM_VALUE = /^(\s*)- \{.*?([A-Za-z0-9_-]+):[ \t]*(\[[^\]]*|[^,{}[\]]*)$/;
const CONTROL = /<!--\s*placeshaper-(?:disable-next-line|disable|enable)\b[^>]*$/;

/** What may be typed at `offset`: keys, enum values, priority ids, NI codes, draft paths or rule ids. */
export function complete(engine: Engine, filePath: string, offset: number): CompletionEntry[] {
  const draft = engine.workspace.draft(filePath);
  if (!draft) return [];
  const facts = factCompletions(engine, draft, offset);
  if (facts) return facts;
  const text = draft.parsed.text;
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const before = text.slice(lineStart, offset);
  const block = draft.parsed.frontmatter;
  if (block && offset >= block.contentSpan.start && offset <= block.contentSpan.end) {
    // While a line is half typed the YAML may not parse: the kind is then read from its own line.
    const kind = draft.kind ?? kindOnItsLine(text.slice(block.contentSpan.start, block.contentSpan.end));
    return kind && !/^kind:/.test(before)
      ? frontmatterCompletions(engine, draft, kind, lineStart, before, offset)
      : kindCompletions(before, offset);
  }
  if (CONTROL.test(before)) {
    const word = /[A-Za-z0-9/*-]*$/.exec(before)![0];
    return engine.rules.map((rule) => ({
      label: rule.id,
      kind: 'rule' as const,
      detail: rule.defaultSeverity,
      documentation: rule.description,
      replace: { start: offset - word.length, end: offset },
    }));
  }
  return [];
}

function kindCompletions(before: string, offset: number): CompletionEntry[] {
  const match = /^kind:[ \t]*([A-Za-z-]*)$/.exec(before);
  if (!match) return [];
  return kindEntries(match[1], { start: offset - match[1].length, end: offset });
}

/** Every kind and its aliases, each with what the document is; nothing once the value is a kind already. */
function kindEntries(typed: string, replace: Span): CompletionEntry[] {
  if (KIND_NAMES.includes(typed)) return [];
  return KINDS.flatMap((info, order) =>
    [info.kind, ...info.aliases].map((name) => ({
      label: name,
      kind: 'value' as const,
      description: name === info.kind ? info.label : `${info.label} (short form)`,
      detail: info.label,
      documentation: info.summary,
      replace,
      sortText: `${order}${name === info.kind ? 0 : 1}`,
    })),
  );
}

/**
 * The chain of keys above a line whose content starts at column `column`, found from
 * indentation alone (the line being typed may not parse yet); `*` stands for a list item.
 */
function parentsOf(text: string, contentStart: number, lineStart: number, column: number): (string | number)[] {
  const chain: string[] = [];
  let limit = column;
  for (const line of text.slice(contentStart, lineStart).split(/\r?\n/).reverse()) {
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    const indent = line.length - line.trimStart().length;
    if (indent >= limit) continue;
    const item = LIST_ITEM_LINE.exec(line);
    const key = /^\s*([A-Za-z0-9_-]+):/.exec(line);
    if (item) chain.push('*');
    else if (key) chain.push(key[1]);
    else continue;
    limit = indent;
    if (indent === 0) break;
  }
  return chain.reverse();
}

function frontmatterCompletions(
  engine: Engine,
  draft: DraftModel,
  kind: Kind,
  lineStart: number,
  before: string,
  offset: number,
): CompletionEntry[] {
  const contentStart = draft.parsed.frontmatter!.contentSpan.start;
  const text = draft.parsed.text;
  const valueLine = VALUE_LINE.exec(before);
  if (valueLine) {
    // `- key: …` opens a list item: the parents are found from the dash's column.
    const parents = [...parentsOf(text, contentStart, lineStart, valueLine[1].length), ...(valueLine[2] ? ['*'] : [])];
    return valueCompletions(engine, draft, kind, [...parents, valueLine[3]], valueLine[4], offset);
  }
  const flowItem = FLOW_ITEM_VALUE.exec(before);
  if (flowItem) {
    const parents = [...parentsOf(text, contentStart, lineStart, flowItem[1].length), '*', flowItem[2]];
    return valueCompletions(engine, draft, kind, parents, flowItem[3], offset);
  }
  const keyLine = KEY_LINE.exec(before);
  if (!keyLine) return [];
  const listItem = keyLine[2] !== undefined;
  const path = [...parentsOf(text, contentStart, lineStart, keyLine[1].length), ...(listItem ? ['*'] : [])];
  const replace = { start: offset - keyLine[3].length, end: offset };
  const keys = keysAt(kind, path);
  // A list of values (`groups`, `principles` …) rather than of maps: offer the values.
  if (keys.length === 0 && listItem) return valueCompletions(engine, draft, kind, path, keyLine[3], offset);
  const present = new Set(
    listItem ? [] : siblingKeys(text, contentStart, draft.parsed.frontmatter!.contentSpan.end, lineStart, keyLine[1].length),
  );
  const required = new Set(requiredAt(kind, path));
  const entries: CompletionEntry[] = keys
    .filter((k) => !present.has(k.key))
    .map((k, order) => ({
      label: k.key,
      kind: 'key' as const,
      description: required.has(k.key) ? 'required' : undefined,
      detail: k.description,
      insertText: `${k.key}: `,
      replace,
      // The keys the draft still needs come first, in the format's order.
      sortText: `${required.has(k.key) ? 0 : 1}${String(order).padStart(2, '0')}`,
    }));
  const firstRequired = entries.find((e) => e.description === 'required');
  if (firstRequired) firstRequired.preselect = true;
  // On an empty line at the top level, all the missing keys at once, with placeholders to fill in.
  const missing = path.length === 0 ? keys.map((k) => k.key).filter((key) => required.has(key) && !present.has(key)) : [];
  if (keyLine[3] === '' && keyLine[1] === '' && !listItem && missing.length > 1) {
    const values = Object.fromEntries(missing.map((key) => [key, placeholderValue(kind, [key], engine.today)]));
    entries.unshift({
      label: 'missing keys',
      kind: 'skeleton',
      description: listAnd(missing),
      detail: 'Every key this draft still needs, with placeholders to fill in',
      insertText: stringify(values, { indent: 2, lineWidth: 0 }).trimEnd().split('\n').join(draft.parsed.lineEnding),
      replace,
      sortText: '000',
      preselect: true,
    });
    if (firstRequired) firstRequired.preselect = undefined;
  }
  return entries;
}

/** Keys already written in the map being typed in (above and below the line), so they are not offered twice. */
function siblingKeys(text: string, contentStart: number, contentEnd: number, lineStart: number, column: number): string[] {
  const keys: string[] = [];
  const keyOf = (line: string) => /^\s*(?:- )?([A-Za-z0-9_-]+):/.exec(line)?.[1];
  for (const line of text.slice(contentStart, lineStart).split(/\r?\n/).reverse()) {
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    const indent = line.length - line.trimStart().length;
    if (LIST_ITEM_LINE.test(line)) {
      // The first line of the list item holding the map: its key is a sibling too.
      if (indent + 2 === column && keyOf(line)) keys.push(keyOf(line)!);
      if (indent < column) break;
      continue;
    }
    if (indent < column) break;
    if (indent === column && keyOf(line)) keys.push(keyOf(line)!);
  }
  const lineEnd = text.indexOf('\n', lineStart);
  for (const line of lineEnd === -1 ? [] : text.slice(lineEnd + 1, contentEnd).split(/\r?\n/)) {
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    const indent = line.length - line.trimStart().length;
    if (indent < column || (LIST_ITEM_LINE.test(line) && indent + 2 <= column)) break;
    if (indent === column && keyOf(line)) keys.push(keyOf(line)!);
  }
  return keys;
}

function valueCompletions(
  engine: Engine,
  draft: DraftModel,
  kind: Kind,
  path: (string | number)[],
  typed: string,
  offset: number,
): CompletionEntry[] {
  // Inside a flow list (`groups: [residents, `) complete the item being typed.
  const flowItem = /\[(?:[^\]]*,)?\s*([^,\]]*)$/.exec(typed);
  const partial = flowItem ? flowItem[1] : typed;
  const itemPath = flowItem ? [...path, '*'] : path;
  const replace = { start: offset - partial.length, end: offset };
  const key = itemPath.filter((p) => p !== '*').join('.');
  if (key === 'targets.indicator') {
    const codes = NATIONAL_INDICATORS.filter((i) => !i.withdrawn).map((i) => {
      const title = indicatorLabel(i).slice(i.code.length + 3);
      // Matched on the title's words too: typing “crime” finds NI 15, NI 16 …
      return {
        label: i.code,
        kind: 'indicator' as const,
        description: title,
        detail: title,
        filterText: `${i.code} ${title}`,
        replace,
        sortText: String(i.number).padStart(3, '0'),
      };
    });
    const local = {
      label: 'local',
      kind: 'indicator' as const,
      description: 'a locally defined indicator',
      detail: 'a locally defined indicator',
      replace,
      sortText: '000',
    };
    return completeOnly(partial, [local, ...codes]);
  }
  if (key === 'targets.priority' || key === 'objectives.delivers' || key === 'priorities.supports') {
    const scs = engine.workspace.scsOf(draft);
    return (scs?.priorities ?? []).map((p) => ({
      label: p.id,
      kind: 'priority' as const,
      detail: p.title,
      documentation: `Priority of ${titleOf(scs!)}`,
      replace,
    }));
  }
  if (path[0] === 'related' && path.length >= 2 && typeof path[1] === 'string' && (path.length === 2 || path[2] === 'path')) {
    const wanted = RELATED_ROLES[path[1]];
    return engine.workspace
      .drafts()
      .filter((d) => d.path !== draft.path && (!wanted || d.kind === wanted))
      .map((d) => ({
        label: relativePath(draft.path, d.path).replace(/^(?!\.)/, './'),
        kind: 'path' as const,
        detail: titleOf(d),
        replace,
      }));
  }
  if (key === 'kind') return kindEntries(partial, replace);
  return completeOnly(
    partial,
    valuesAt(kind, itemPath).map((value) => ({ label: value, kind: 'value' as const, replace })),
  );
}

/**
 * The entries, or none once what is typed is already one of them: a finished value needs no list,
 * and an open list would take the Enter meant to start a new line.
 */
function completeOnly(typed: string, entries: CompletionEntry[]): CompletionEntry[] {
  return entries.some((entry) => entry.label === typed) ? [] : entries;
}
