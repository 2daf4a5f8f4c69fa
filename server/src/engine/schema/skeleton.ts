import { isMap, stringify } from 'yaml';
import type { DraftModel } from '../model/draft-model';
import type { Kind } from '../model/kinds';
import type { YamlPath } from '../parse/frontmatter-view';
import type { TextEdit } from '../text/edits';
import { schemaAt } from './schema-walk';

type Schema = Record<string, unknown>;

/** The first id of a list item, by the list it is in. */
const FIRST_ID: Readonly<Record<string, string>> = { priorities: 'P1', targets: 'T1', objectives: 'SO1', evidence: 'E1' };

/** How long a new document usually runs, in years: three for an agreement, ten for a strategy. */
const YEARS: Readonly<Record<Kind, number>> = {
  'local-area-agreement': 3,
  'sustainable-community-strategy': 10,
  'core-strategy': 10,
  'housing-strategy': 5,
};

/** Placeholders say what to write in angle brackets ("<the document title>"), so that an author recognises them. */
function placeholderText(schema: Schema): string {
  const description = String(schema.description ?? 'text').replace(/[`‘’]/g, '');
  return `<${description}>`;
}

function isoDate(day: Date): string {
  return day.toISOString().slice(0, 10);
}

/**
 * A value for the key at `path` that the format accepts and an author recognises as "fill this in":
 * the first value of a list of choices, this year for years, today for dates, an angle-bracketed
 * description for text, and for a map or a list of maps the keys they need.
 */
export function placeholderValue(kind: Kind, path: readonly (string | number)[], today: Date): unknown {
  const schema = schemaAt(kind, path);
  if (!schema) return '<value>';
  const key = String(path[path.length - 1]);
  const branch = (Array.isArray(schema.anyOf) ? (schema.anyOf as Schema[])[0] : schema) as Schema;
  if (Array.isArray(branch.enum)) return key === 'kind' ? kind : branch.enum[0];
  const type = Array.isArray(branch.type) ? branch.type[0] : branch.type;
  const year = today.getUTCFullYear();
  if (type === 'integer' && branch.minimum === 1000) return key === 'to' && path[0] === 'period' ? year + YEARS[kind] : year;
  if (type === 'string' && branch.format === 'date') return isoDate(today);
  if (type === 'boolean') return false;
  if (type === 'object')
    return Object.fromEntries(requiredOf(branch).map((k) => [k, placeholderValue(kind, [...path, k], today)]));
  if (type === 'array') {
    const items = branch.items as Schema | undefined;
    if (!items || items.type !== 'object') return [];
    const item = Object.fromEntries(
      requiredOf(items).map((k) => [k, k === 'id' ? (FIRST_ID[key] ?? '1') : placeholderValue(kind, [...path, '*', k], today)]),
    );
    return [item];
  }
  return placeholderText(branch);
}

function requiredOf(schema: Schema): string[] {
  return Array.isArray(schema.required) ? (schema.required as string[]) : [];
}

/** The keys a map at `path` must have but lacks, in the format's order. */
export function missingKeys(draft: DraftModel, path: YamlPath): string[] {
  if (!draft.kind) return [];
  const schema = schemaAt(draft.kind, path);
  const node = path.length ? draft.fm.node(path) : draft.fm.document?.contents;
  if (!schema || (path.length > 0 && !isMap(node)) || (path.length === 0 && node !== null && node !== undefined && !isMap(node)))
    return [];
  const present = new Set(Object.keys(path.length ? (draft.fm.value(path) as object) : draft.fm.data));
  const branch = (Array.isArray(schema.anyOf) ? (schema.anyOf as Schema[]).find((b) => b.type === 'object') : schema) as
    Schema | undefined;
  if (!branch) return [];
  // In the order the format lists its keys, which is the order drafts write them.
  const required = new Set(requiredOf(branch));
  return Object.keys((branch.properties ?? {}) as object).filter((key) => required.has(key) && !present.has(key));
}

/**
 * An edit that adds `keys` with placeholder values to the map at `path`, in the draft's indentation
 * and line endings: after the `kind` line at the top level, at the end of a nested block map, or
 * inside the braces of a flow map. Undefined where the map cannot be found.
 */
export function insertMissingKeys(draft: DraftModel, path: YamlPath, keys: readonly string[], today: Date): TextEdit | undefined {
  if (!draft.kind || keys.length === 0) return undefined;
  const kind = draft.kind;
  const values = Object.fromEntries(keys.map((key) => [key, placeholderValue(kind, [...path, key], today)]));
  const eol = draft.parsed.lineEnding;
  const text = draft.parsed.text;
  const offset = draft.fm.offset;
  const node = path.length ? draft.fm.node(path) : draft.fm.document?.contents;
  if (isMap(node) && node.flow && node.range) {
    const close = text.lastIndexOf('}', offset + node.range[1]);
    if (close < 0) return undefined;
    // In the author's compact flow style: `{name: X, type: county}`, not `{ name: X, type: county }`.
    const flow = stringify(values, { flow: true, lineWidth: 0 })
      .trim()
      .replace(/^\{\s*|\s*\}$/g, '')
      .replace(/\{ /g, '{')
      .replace(/ \}/g, '}');
    const before = text.slice(offset + node.range[0], close).trim();
    return { span: { start: close, end: close }, newText: `${before === '{' ? '' : ', '}${flow}` };
  }
  const block = (indent: string) =>
    stringify(values, { indent: 2, lineWidth: 0 })
      .trimEnd()
      .split('\n')
      .map((line) => indent + line)
      .join(eol);
  if (path.length === 0) {
    const frontmatter = draft.parsed.frontmatter;
    if (!frontmatter?.closed || (node !== null && node !== undefined && !isMap(node))) return undefined;
    const kindLine = draft.fm.valueSpan(['kind']);
    // Right under `kind:`, where an author starting a draft looks; else at the end of the frontmatter.
    const lineEnd = kindLine ? text.indexOf('\n', kindLine.end) : -1;
    if (lineEnd >= 0 && lineEnd < frontmatter.contentSpan.end)
      return { span: { start: lineEnd + 1, end: lineEnd + 1 }, newText: block('') + eol };
    const at = frontmatter.contentSpan.end;
    const needsBreak = at > frontmatter.contentSpan.start && text[at - 1] !== '\n';
    return { span: { start: at, end: at }, newText: `${needsBreak ? eol : ''}${block('')}${eol}` };
  }
  if (!isMap(node) || !node.range) return undefined;
  const last = node.items[node.items.length - 1];
  const key = last?.key as { range?: [number, number, number]; value?: unknown } | undefined;
  if (!key?.range) return undefined;
  const keyStart = offset + key.range[0];
  const indent = ' '.repeat(keyStart - (text.lastIndexOf('\n', keyStart - 1) + 1));
  const lastValueEnd = draft.fm.valueSpan([...path, String(key.value)])?.end ?? offset + node.range[1];
  return { span: { start: lastValueEnd, end: lastValueEnd }, newText: eol + block(indent) };
}
