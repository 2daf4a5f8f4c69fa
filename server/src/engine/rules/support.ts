import { isMap, isSeq, stringify } from 'yaml';
import type { DraftModel } from '../model/draft-model';
import type { Kind } from '../model/kinds';
import { linkPath } from '../model/links';
import type { WorkspaceView } from '../workspace/workspace-view';
import type { Fix } from '../text/edits';
import type { YamlPath } from '../parse/frontmatter-view';
import { isRecord } from '../parse/frontmatter-view';
import type { TextEdit } from '../text/edits';
import type { Span } from '../text/line-index';

/** The `id` of every item of the draft's `evidence`, in the order it lists them. */
export function evidenceIds(draft: DraftModel): string[] {
  const evidence = draft.fm.value(['evidence']);
  if (!Array.isArray(evidence)) return [];
  return evidence
    .filter(isRecord)
    .map((e) => e.id)
    .filter((id) => typeof id === 'string' || typeof id === 'number')
    .map(String);
}

/** Where to report something about `path`: its key, its value, its nearest ancestor, or the opening fence. */
export function spanOr(draft: DraftModel, path: YamlPath): Span {
  return draft.fm.spanFor(path) ?? draft.fence;
}

export interface Period {
  from: number;
  to: number;
}

/** The draft's period when both years are whole numbers. */
export function periodOf(draft: DraftModel): Period | undefined {
  const from = draft.fm.value(['period', 'from']);
  const to = draft.fm.value(['period', 'to']);
  return Number.isInteger(from) && Number.isInteger(to) ? { from: from as number, to: to as number } : undefined;
}

export interface Consultation {
  from?: string;
  to?: string;
  feedback?: string;
  /** Undefined when `groups` is missing or not a list. */
  groups?: string[];
}

/** The draft's `consultation`, or undefined when it has none. */
export function consultationOf(draft: DraftModel): Consultation | undefined {
  const value = draft.fm.value(['consultation']);
  if (!isRecord(value)) return undefined;
  const text = (v: unknown) => (typeof v === 'string' ? v : undefined);
  return {
    from: text(value.from),
    to: text(value.to),
    feedback: text(value.feedback),
    groups: Array.isArray(value.groups) ? value.groups.filter((g): g is string => typeof g === 'string') : undefined,
  };
}

/** True while the document is still being written (`draft` or `consultation`), so "now" is today. */
export function isUnfinished(draft: DraftModel): boolean {
  const status = draft.fm.value(['status']);
  return status === 'draft' || status === 'consultation';
}

/** The line ending the draft uses, so that inserted lines match. */
export function lineEndingOf(draft: DraftModel): string {
  return draft.parsed.lineEnding;
}

/** A YAML scalar as it may be written in a flow list (`[a, "b, c"]`) or after `- `. */
export function yamlScalar(value: string | number | boolean): string {
  if (typeof value !== 'string') return String(value);
  const plain = stringify(value, { lineWidth: 0 }).trimEnd();
  return /[,[\]{}]/.test(plain) || plain.includes('\n') ? JSON.stringify(value) : plain;
}

/** An edit that appends `value` to the list at `path`, in the list's own style (flow `[a, b]` or block `- a`). */
export function appendToList(draft: DraftModel, path: YamlPath, value: string): TextEdit | undefined {
  const node = draft.fm.node(path);
  if (!isSeq(node) || !node.range) return undefined;
  const offset = draft.fm.offset;
  const scalar = yamlScalar(value);
  if (node.flow) {
    const last = node.items[node.items.length - 1] as { range?: [number, number, number] } | undefined;
    if (last?.range) return { span: { start: offset + last.range[1], end: offset + last.range[1] }, newText: `, ${scalar}` };
    const open = draft.parsed.text.indexOf('[', offset + node.range[0]);
    return { span: { start: open + 1, end: open + 1 }, newText: scalar };
  }
  const last = node.items[node.items.length - 1] as { range?: [number, number, number] } | undefined;
  if (!last?.range) return undefined;
  const text = draft.parsed.text;
  const itemEnd = offset + last.range[1];
  const lineStart = text.lastIndexOf('\n', offset + last.range[0] - 1) + 1;
  const indent = /^[ \t]*(?:- )?/.exec(text.slice(lineStart))![0].replace(/- $/, '');
  return { span: { start: itemEnd, end: itemEnd }, newText: `${lineEndingOf(draft)}${indent}- ${scalar}` };
}

/** An edit that adds `key: value` as the last line of the frontmatter. */
export function insertTopLevelKey(draft: DraftModel, key: string, valueText: string): TextEdit | undefined {
  const block = draft.parsed.frontmatter;
  if (!block?.closed) return undefined;
  const text = draft.parsed.text;
  const at = block.contentSpan.end;
  const needsBreak = at > 0 && text[at - 1] !== '\n';
  const eol = lineEndingOf(draft);
  return { span: { start: at, end: at }, newText: `${needsBreak ? eol : ''}${key}: ${valueText}${eol}` };
}

export { listAnd } from '../suggest';

/** An edit that adds `role: target` under `related`, creating `related` when it is missing. */
export function addRelatedLink(draft: DraftModel, role: string, target: string): TextEdit | undefined {
  const related = draft.fm.node(['related']);
  const value = yamlScalar(target);
  if (related === undefined) return insertTopLevelKey(draft, 'related', `{${role}: ${value}}`);
  if (!isMap(related) || !related.range) return undefined;
  const offset = draft.fm.offset;
  const text = draft.parsed.text;
  if (related.flow) {
    const close = text.lastIndexOf('}', offset + related.range[1]);
    return { span: { start: close, end: close }, newText: `${related.items.length ? ', ' : ''}${role}: ${value}` };
  }
  const last = related.items[related.items.length - 1];
  const lastValue = (last?.value ?? last?.key) as { range?: [number, number, number] } | undefined;
  if (!last || !lastValue?.range) return undefined;
  const keyStart = offset + (last.key as { range: [number, number, number] }).range[0];
  const indent = keyStart - (text.lastIndexOf('\n', keyStart - 1) + 1);
  const end = draft.fm.valueSpan(['related', String((last.key as { value: unknown }).value)])?.end ?? offset + lastValue.range[1];
  return { span: { start: end, end }, newText: `${lineEndingOf(draft)}${' '.repeat(indent)}${role}: ${value}` };
}

/**
 * "Link the SCS" when the workspace holds exactly one draft that fits, so the fix is obvious;
 * undefined when there is none or there are several to choose from.
 */
export function linkTheOnlyCandidate(
  draft: DraftModel,
  workspace: WorkspaceView,
  role: string,
  kind: Kind,
  fits: (candidate: DraftModel) => boolean = () => true,
): Fix | undefined {
  const candidates = workspace.drafts().filter((d) => d.path !== draft.path && d.kind === kind && fits(d));
  if (candidates.length !== 1) return undefined;
  const relative = linkPath(draft.path, candidates[0].path);
  const edit = addRelatedLink(draft, role, relative);
  return edit && { title: `Link ‘${relative}’ as ‘related.${role}’`, edits: [edit] };
}

/** The checklist's reason for a rule that compares a draft with its SCS, when `related.scs` leads to none. */
export function withoutScs(workspace: WorkspaceView, draft: DraftModel): string | undefined {
  return workspace.scsOf(draft) ? undefined : 'Compares this draft with its SCS, and ‘related.scs’ does not lead to one.';
}
