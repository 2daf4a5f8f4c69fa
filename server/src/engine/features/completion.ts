import type { Engine } from '../engine';
import type { DraftModel } from '../model/draft-model';
import { KIND_NAMES, RELATED_ROLES, type Kind } from '../model/kinds';
import { indicatorLabel, NATIONAL_INDICATORS } from '../reference/national-indicators';
import { keysAt, valuesAt } from '../schema/schema-walk';
import type { Span } from '../text/line-index';
import { relativePath } from '../model/links';
import { titleOf } from './describe';

export type CompletionKind = 'key' | 'value' | 'priority' | 'indicator' | 'path' | 'rule';

export interface CompletionEntry {
  label: string;
  kind: CompletionKind;
  detail?: string;
  documentation?: string;
  /** Text to insert (defaults to the label). */
  insertText?: string;
  /** The text the entry replaces: what the author has typed of it so far. */
  replace: Span;
  sortText?: string;
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
  const text = draft.parsed.text;
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const before = text.slice(lineStart, offset);
  const block = draft.parsed.frontmatter;
  if (block && offset >= block.contentSpan.start && offset <= block.contentSpan.end) {
    return draft.kind
      ? frontmatterCompletions(engine, draft, draft.kind, lineStart, before, offset)
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
  return KIND_NAMES.map((name) => ({
    label: name,
    kind: 'value' as const,
    replace: { start: offset - match[1].length, end: offset },
  }));
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
  return keys
    .filter((k) => !present.has(k.key))
    .map((k) => ({ label: k.key, kind: 'key' as const, detail: k.description, insertText: `${k.key}: `, replace }));
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
    const codes = NATIONAL_INDICATORS.filter((i) => !i.withdrawn).map((i) => ({
      label: i.code,
      kind: 'indicator' as const,
      detail: indicatorLabel(i).slice(i.code.length + 3),
      replace,
      sortText: String(i.number).padStart(3, '0'),
    }));
    return [{ label: 'local', kind: 'indicator', detail: 'a locally defined indicator', replace, sortText: '000' }, ...codes];
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
  if (key === 'kind') return KIND_NAMES.map((name) => ({ label: name, kind: 'value' as const, replace }));
  return valuesAt(kind, itemPath).map((value) => ({ label: value, kind: 'value' as const, replace }));
}
