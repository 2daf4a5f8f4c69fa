import type { Engine } from '../engine';
import type { GuidanceLibrary, Passage } from '../guidance/guidance';
import type { DraftModel } from '../model/draft-model';
import { kindInfo, resolveKind } from '../model/kinds';
import { indicatorByCode, indicatorLabel, normaliseIndicatorCode } from '../reference/national-indicators';
import { ruleById } from '../rules/registry';
import { describeKey } from '../schema/schema-walk';
import type { Span } from '../text/line-index';
import { describeItem, draftLabel } from './describe';
import { definitionOfReference, itemsOf } from './symbols';
import { keyName, locate } from './locate';

export interface HoverResult {
  span: Span;
  markdown: string;
}

/** Guidance quotes shown at most in one hover: enough to inform, short enough to read. */
const MAX_QUOTES = 2;

function quotes(guidance: GuidanceLibrary, passages: readonly Passage[]): string {
  return passages.slice(0, MAX_QUOTES).map((p) => guidance.quote(p)).join('\n\n---\n\n');
}

/** What Placeshaper says when the pointer rests at `offset`: the guidance behind a diagnostic, key, term or id. */
export function hover(engine: Engine, filePath: string, offset: number): HoverResult | undefined {
  const draft = engine.workspace.draft(filePath);
  if (!draft?.isDraft) return undefined;
  const guidance = engine.guidanceFor(draft.path);
  return diagnosticHover(engine, draft, offset, guidance) ?? positionHover(engine, draft, offset, guidance);
}

function diagnosticHover(engine: Engine, draft: DraftModel, offset: number, guidance: GuidanceLibrary): HoverResult | undefined {
  const here = engine.check(draft.path).filter((f) => offset >= f.span.start && offset <= f.span.end);
  if (here.length === 0) return undefined;
  const sections = here.map((finding) => {
    const rule = ruleById(finding.rule);
    const passages = (rule?.passages ?? []).map((id) => guidance.passage(id)).filter((p): p is Passage => p !== undefined);
    const head = `**${finding.rule}** (${finding.severity}): ${finding.message}`;
    return passages.length ? `${head}\n\n${quotes(guidance, passages)}` : head;
  });
  return { span: here[0].span, markdown: sections.join('\n\n---\n\n') };
}

function keyHover(draft: DraftModel, path: readonly (string | number)[], guidance: GuidanceLibrary): string | undefined {
  if (!draft.kind) return undefined;
  const name = keyName(path);
  const description = describeKey(draft.kind, path);
  let passages = guidance.forKey(name);
  for (let parent = name; passages.length === 0 && parent.includes('.'); ) {
    parent = parent.slice(0, parent.lastIndexOf('.'));
    passages = guidance.forKey(parent);
  }
  if (!description && passages.length === 0) return undefined;
  const head = `**\`${name}\`**${description ? ` — ${description}` : ''}`;
  return passages.length ? `${head}\n\n${quotes(guidance, passages)}` : head;
}

function positionHover(engine: Engine, draft: DraftModel, offset: number, guidance: GuidanceLibrary): HoverResult | undefined {
  const located = locate(draft, offset);
  if (!located) return undefined;
  switch (located.type) {
    case 'key': {
      const markdown = keyHover(draft, located.path, guidance);
      return markdown ? { span: located.span, markdown } : undefined;
    }
    case 'value': {
      const markdown = valueHover(engine, draft, located.path, located.value, guidance) ?? keyHover(draft, located.path, guidance);
      return markdown ? { span: located.span, markdown } : undefined;
    }
    case 'control': {
      const rules = located.control.rules.map((id) => ruleById(id)).filter((r) => r !== undefined);
      if (rules.length === 0) return undefined;
      const markdown = rules.map((rule) => {
        const passages = rule.passages.map((id) => guidance.passage(id)).filter((p): p is Passage => p !== undefined);
        return [`**${rule.id}** (${rule.defaultSeverity}): ${rule.description}`, ...(passages.length ? [quotes(guidance, passages)] : [])].join('\n\n');
      }).join('\n\n---\n\n');
      return { span: located.span, markdown };
    }
    case 'link': {
      const resolved = engine.workspace.resolve(draft, located.link.target);
      const target = resolved.outside ? undefined : engine.workspace.draft(resolved.path);
      if (!target?.isDraft) return undefined;
      const item = located.link.fragment ? itemsOf(target).find((i) => i.id === located.link.fragment) : undefined;
      return { span: located.link.span, markdown: item ? describeItem(engine, item, target, draft) : `Links to ${draftLabel(target, draft)}` };
    }
    case 'heading':
      return termHover(draft, located.heading.span, located.heading.span.start, guidance, true);
    case 'body':
      return termHover(draft, draft.parsed.lines.lineSpanAt(offset), offset, guidance, false);
  }
}

function valueHover(engine: Engine, draft: DraftModel, path: readonly (string | number)[], value: unknown, guidance: GuidanceLibrary): string | undefined {
  const key = keyName(path);
  if (key === 'kind') {
    const kind = resolveKind(value);
    return kind ? `**${kindInfo(kind).label}** (\`${kind}\`)` : undefined;
  }
  if (key === 'targets.indicator' && typeof value === 'string') {
    const indicator = indicatorByCode(value) ?? indicatorByCode(normaliseIndicatorCode(value) ?? '');
    const passages = guidance.forKey('targets.indicator');
    const head = indicator ? `**${indicatorLabel(indicator)}**` : value === 'local' ? '**A locally defined indicator**' : undefined;
    return head ? [head, ...(passages.length ? [quotes(guidance, passages)] : [])].join('\n\n') : undefined;
  }
  const reference = draft.references.find((r) => r.path.length === path.length && r.path.every((p, i) => p === path[i]));
  if (reference) {
    const definition = definitionOfReference(engine, draft, reference);
    return definition ? describeItem(engine, definition.item, definition.owner, draft) : undefined;
  }
  if (path[0] === 'related' && typeof value === 'string') {
    const target = engine.workspace.linked(draft, String(path[1]));
    return target ? `Links to ${draftLabel(target, draft)}` : undefined;
  }
  const own = itemsOf(draft).find((item) => item.path.length + 1 === path.length && path[path.length - 1] === 'id' && item.path.every((p, i) => p === path[i]));
  return own ? describeItem(engine, own, draft, draft) : undefined;
}

const termPatterns = new WeakMap<GuidanceLibrary, RegExp>();

/** One regular expression matching every statutory term of the corpus, longest first. */
function termPattern(guidance: GuidanceLibrary): RegExp {
  let pattern = termPatterns.get(guidance);
  if (!pattern) {
    const escaped = guidance.terms().map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/[-\s]+/g, '[-\\s]+'));
    pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
    termPatterns.set(guidance, pattern);
  }
  return pattern;
}

function termHover(draft: DraftModel, span: Span, offset: number, guidance: GuidanceLibrary, anywhere: boolean): HoverResult | undefined {
  const text = draft.parsed.text.slice(span.start, span.end);
  const pattern = termPattern(guidance);
  pattern.lastIndex = 0;
  for (const match of text.matchAll(pattern)) {
    const start = span.start + match.index;
    const end = start + match[0].length;
    if (!anywhere && (offset < start || offset > end)) continue;
    const passages = guidance.forTerm(match[0]);
    if (passages.length === 0) continue;
    return { span: { start, end }, markdown: `**${match[0]}**\n\n${quotes(guidance, passages)}` };
  }
  return undefined;
}
