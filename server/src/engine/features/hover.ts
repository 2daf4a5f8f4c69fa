import type { Engine } from '../engine';
import { termRegExp, type GuidanceLibrary, type Passage } from '../guidance/guidance';
import type { DraftModel } from '../model/draft-model';
import { kindInfo, resolveKind } from '../model/kinds';
import { indicatorByCode, indicatorLabel, normaliseIndicatorCode } from '../reference/national-indicators';
import type { Rule } from '../rules/rule';
import { basisPhrase, groundBlock, groundsOf, type Ground } from '../guidance/explain';
import { keySubject } from '../guidance/key-subjects';
import { factBlock, statutoryFact } from '../guidance/statutory-facts';
import { describeKey } from '../schema/schema-walk';
import type { Span } from '../text/line-index';
import { describeItem, draftLabel } from './describe';
import { definitionOfReference, itemsOf } from './id-symbols';
import { keyName, locate } from './locate';
import { factHover } from './facts';

export interface HoverResult {
  span: Span;
  markdown: string;
}

export interface HoverOptions {
  /**
   * Where the rest of a rule's guidance opens: a command in VS Code, the rule's page elsewhere.
   * Without it the hover names the `placeshaper explain` command.
   */
  ruleLink?: (ruleId: string) => string | undefined;
}

/** Words of a passage shown before its attribution: enough to inform, short enough that the source stays in view. */
export const HOVER_QUOTE_WORDS = 80;

const SEPARATOR = '\n\n---\n\n';

/** The one passage shown for a key or term, cut around what it says of `focus`, with its attribution. */
function leadQuote(guidance: GuidanceLibrary, passages: readonly Passage[], focus: RegExp): string | undefined {
  return passages.length ? guidance.quote(passages[0], { maxWords: HOVER_QUOTE_WORDS, focus }) : undefined;
}

/** What Placeshaper says when the pointer rests at `offset`: the guidance behind a diagnostic, key, term or id. */
export function hover(engine: Engine, filePath: string, offset: number, options: HoverOptions = {}): HoverResult | undefined {
  const fact = factHover(engine, filePath, offset);
  const draft = engine.workspace.draft(filePath);
  if (!draft?.isDraft) return fact;
  const asked: Asked = { engine, draft, offset, guidance: engine.guidanceFor(draft.path), options };
  const diagnostic = diagnosticHover(asked);
  // A finding at a fact's reference is explained first, and the register's entry follows.
  if (fact && diagnostic) return { span: diagnostic.span, markdown: diagnostic.markdown + SEPARATOR + fact.markdown };
  return diagnostic ?? fact ?? positionHover(asked);
}

/** Where a hover is asked for, and what answers it. */
interface Asked {
  engine: Engine;
  draft: DraftModel;
  offset: number;
  guidance: GuidanceLibrary;
  options: HoverOptions;
}

/**
 * A rule in a few lines: its id and basis, the most authoritative thing it rests on (cut to fit),
 * and where to read the rest. The editor shows the diagnostic's message above, so it is not repeated.
 */
export function ruleHover(rule: Rule, guidance: GuidanceLibrary, options: HoverOptions, lead?: string): string {
  const grounds = groundsOf(rule, guidance);
  const parts = [`**${rule.id}** · ${basisPhrase(rule)}`];
  if (lead) parts.push(lead);
  if (grounds.length) parts.push(groundBlock(grounds[0], guidance, { maxWords: HOVER_QUOTE_WORDS }));
  const link = options.ruleLink?.(rule.id);
  const count = groundCount(grounds);
  const label = count ? `All the guidance behind ${rule.id} (${count})` : `More about ${rule.id}`;
  parts.push(link ? `[${label}](${link})` : `${label}: \`placeshaper explain ${rule.id}\``);
  return parts.join('\n\n');
}

/** "1 fact, 2 passages"; empty for a rule that rests on nothing. */
function groundCount(grounds: readonly Ground[]): string {
  const facts = grounds.filter((g) => g.type === 'fact').length;
  const passages = grounds.length - facts;
  const counted = (n: number, noun: string) => (n ? [`${n} ${noun}${n === 1 ? '' : 's'}`] : []);
  return [...counted(facts, 'fact'), ...counted(passages, 'passage')].join(', ');
}

function diagnosticHover({ engine, draft, offset, guidance, options }: Asked): HoverResult | undefined {
  const here = engine.check(draft.path).filter((f) => offset >= f.span.start && offset <= f.span.end);
  if (here.length === 0) return undefined;
  const rules = [...new Set(here.map((f) => f.rule))].map((id) => engine.rule(id)).filter((r) => r !== undefined);
  if (rules.length === 0) return undefined;
  return { span: here[0].span, markdown: rules.map((rule) => ruleHover(rule, guidance, options)).join(SEPARATOR) };
}

function keyHover(draft: DraftModel, path: readonly (string | number)[], guidance: GuidanceLibrary): string | undefined {
  if (!draft.kind) return undefined;
  const name = keyName(path);
  const description = describeKey(draft.kind, path);
  let spoken = name;
  let passages = guidance.forKey(spoken, draft.kind);
  while (passages.length === 0 && spoken.includes('.')) {
    spoken = spoken.slice(0, spoken.lastIndexOf('.'));
    passages = guidance.forKey(spoken, draft.kind);
  }
  if (!description && passages.length === 0) return undefined;
  const head = `**\`${name}\`**${description ? ` — ${description}` : ''}`;
  const quote = leadQuote(guidance, passages, keySubject(spoken));
  return quote ? `${head}\n\n${quote}` : head;
}

function positionHover({ engine, draft, offset, guidance, options }: Asked): HoverResult | undefined {
  const located = locate(draft, offset);
  if (!located) return undefined;
  switch (located.type) {
    case 'key': {
      const markdown = keyHover(draft, located.path, guidance);
      return markdown ? { span: located.span, markdown } : undefined;
    }
    case 'value': {
      const markdown = valueHover(engine, draft, located.path, located.value) ?? keyHover(draft, located.path, guidance);
      return markdown ? { span: located.span, markdown } : undefined;
    }
    case 'control': {
      const rules = located.control.rules.map((id) => engine.rule(id)).filter((r) => r !== undefined);
      if (rules.length === 0) return undefined;
      const markdown = rules
        .map((rule) => ruleHover(rule, guidance, options, `${rule.description} (${rule.defaultSeverity} by default)`))
        .join(SEPARATOR);
      return { span: located.span, markdown };
    }
    case 'link': {
      const resolved = engine.workspace.resolve(draft, located.link.target);
      const target = resolved.outside ? undefined : engine.workspace.draft(resolved.path);
      if (!target?.isDraft) return undefined;
      const item = located.link.fragment ? itemsOf(target).find((i) => i.id === located.link.fragment) : undefined;
      return {
        span: located.link.span,
        markdown: item ? describeItem(engine, item, target, draft) : `Links to ${draftLabel(target, draft)}`,
      };
    }
    case 'heading':
      return termHover(draft, located.heading.span, located.heading.span.start, guidance, true);
    case 'body':
      return termHover(draft, draft.parsed.lines.lineSpanAt(offset), offset, guidance, false);
  }
}

function valueHover(engine: Engine, draft: DraftModel, path: readonly (string | number)[], value: unknown): string | undefined {
  const key = keyName(path);
  if (key === 'kind') {
    const kind = resolveKind(value);
    return kind ? `**${kindInfo(kind).label}** (\`${kind}\`)` : undefined;
  }
  if (key === 'targets.indicator' && typeof value === 'string') {
    const indicator = indicatorByCode(value) ?? indicatorByCode(normaliseIndicatorCode(value) ?? '');
    const head = indicator
      ? `**${indicatorLabel(indicator)}**`
      : value === 'local'
        ? '**A locally defined indicator**'
        : undefined;
    const set = statutoryFact('national-indicator-set');
    return head ? [head, ...(set && value !== 'local' ? [factBlock(set)] : [])].join('\n\n') : undefined;
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
  const own = itemsOf(draft).find(
    (item) => item.path.length + 1 === path.length && path[path.length - 1] === 'id' && item.path.every((p, i) => p === path[i]),
  );
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

function termHover(
  draft: DraftModel,
  span: Span,
  offset: number,
  guidance: GuidanceLibrary,
  anywhere: boolean,
): HoverResult | undefined {
  const text = draft.parsed.text.slice(span.start, span.end);
  const pattern = termPattern(guidance);
  pattern.lastIndex = 0;
  for (const match of text.matchAll(pattern)) {
    const start = span.start + match.index;
    const end = start + match[0].length;
    if (!anywhere && (offset < start || offset > end)) continue;
    const quote = leadQuote(guidance, guidance.forTerm(match[0]), termRegExp(match[0]));
    if (!quote) continue;
    return { span: { start, end }, markdown: `**${match[0]}**\n\n${quote}` };
  }
  return undefined;
}
