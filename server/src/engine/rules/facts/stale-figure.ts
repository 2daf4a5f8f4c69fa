import { FIGURE, figureValue, writeValue } from '../../facts/fact-values';
import { aliasKey, type FactEntry, type FactRegister } from '../../facts/register';
import { parseRegion, type Block } from '../../parse/body/blocks';
import { chunksHolding } from '../../parse/body/scan';
import type { Span } from '../../text/line-index';
import { defineRule, type Report } from '../rule';

/**
 * A line break where a new block starts, which ends a sentence as a full stop does: before a list
 * item, a table row or a heading, and after a heading.
 */
const BLOCK_BREAK = String.raw`\r?\n(?=[ \t]*(?:[-*+][ \t]|\d{1,9}[.)][ \t]|#{1,6}[ \t]|\|))|\r?\n(?<=^[ \t]{0,3}#{1,6}[ \t][^\r\n]*\r?\n)`;
const SENTENCE_START = new RegExp(String.raw`[.!?]["”’)]?\s|\n[ \t]*\r?\n|${BLOCK_BREAK}`, 'gm');
const SENTENCE_END = new RegExp(String.raw`[.!?]["”’)]?(?=\s|$)|\n[ \t]*\r?\n|${BLOCK_BREAK}`, 'gm');

/** How far either side of an alias a sentence is looked for: a longer one is cut there (and the search stays short in a long draft). */
const SENTENCE_REACH = 600;

/** Where a sentence around `offset` starts and ends: at `.`, `!` or `?` before white space, at a blank line or a new block, or at the ends of `[bodyStart, bodyEnd)`. */
function sentenceAround(text: string, offset: number, bodyStart: number, bodyEnd: number): [number, number] {
  const from = Math.max(bodyStart, offset - SENTENCE_REACH);
  // Lines are read from the start of the one `from` falls in, so that `^` means what it says.
  const before = text.slice(from === bodyStart ? bodyStart : text.lastIndexOf('\n', from) + 1, offset);
  const base = offset - before.length;
  let start = from;
  for (const match of before.matchAll(SENTENCE_START)) start = Math.max(start, base + match.index + match[0].length);
  const end = new RegExp(SENTENCE_END.source, SENTENCE_END.flags);
  end.lastIndex = offset;
  const after = end.exec(text);
  const limit = Math.min(bodyEnd, offset + SENTENCE_REACH);
  return [start, after && after.index < limit ? after.index : limit];
}

/** The earlier values, as numbers, of the facts that aliases name: what a figure must be to be worth a closer look. */
const earlierValueSets = new WeakMap<FactRegister, Set<number>>();
function earlierValuesOf(register: FactRegister): Set<number> {
  let values = earlierValueSets.get(register);
  if (!values) {
    values = new Set(
      [...register.aliasFacts.values()]
        .flat()
        .flatMap((fact) => fact.earlier.flatMap((v) => (v.type === 'number' ? [v.value] : []))),
    );
    earlierValueSets.set(register, values);
  }
  return values;
}

/** What the rule found in a block, offsets relative to the block, with the register it was found against. */
const byBlock = new WeakMap<object, { register: FactRegister; found: Report[] }>();

function shifted(found: Report, by: number): Report {
  const move = (span: Span) => ({ start: span.start + by, end: span.end + by });
  return {
    ...found,
    span: move(found.span),
    fix: found.fix && { ...found.fix, edits: found.fix.edits.map((e) => ({ ...e, span: move(e.span) })) },
  };
}

/** The figures in `text[from, to)` whose value one of the register's facts had before: few, where aliases may be many. */
function* earlierFigures(text: string, from: number, to: number, register: FactRegister): Generator<RegExpExecArray> {
  const earlierValues = earlierValuesOf(register);
  const figures = new RegExp(FIGURE.source, 'g');
  figures.lastIndex = from;
  for (let figure = figures.exec(text); figure && figure.index < to; figure = figures.exec(text))
    if (earlierValues.has(figureValue(figure[0]))) yield figure;
}

/**
 * The figures in `text[from, to)`, outside the `skipped` spans (references), that are an earlier
 * value of a fact an alias in their sentence names.
 */
function staleFigures(text: string, from: number, to: number, skipped: readonly Span[], register: FactRegister): Report[] {
  const found: Report[] = [];
  for (const figure of earlierFigures(text, from, to, register)) {
    const at = figure.index;
    const value = figureValue(figure[0]);
    // A figure that is part of a longer token (`NI 16a`, `2026-27`, `v2026`, `5,7200`) is not a figure of its own.
    const next = text.slice(at + figure[0].length, at + figure[0].length + 2);
    if (
      skipped.some((m) => m.start <= at && at < m.end) ||
      /[\p{L}\d]/u.test(text.charAt(at - 1)) ||
      /^(?:[\p{L}\d]|[-–/]\d)/u.test(next)
    )
      continue;
    const [start, end] = sentenceAround(text, at, from, to);
    const sentence = text.slice(start, end);
    const aliases = new RegExp(register.aliasPattern!.source, register.aliasPattern!.flags);
    let named: { fact: FactEntry; alias: string } | undefined;
    for (let alias = aliases.exec(sentence); alias && !named; alias = aliases.exec(sentence)) {
      const fact = register.aliasFacts
        .get(aliasKey(alias[0]))
        ?.find((f) => f.earlier.some((earlier) => earlier.type === 'number' && earlier.value === value));
      if (fact) named = { fact, alias: alias[0] };
    }
    if (!named) continue;
    const { fact, alias } = named;
    const now = writeValue(fact.value);
    found.push({
      span: { start: at, end: at + figure[0].length },
      message: `${figure[0]} is an earlier value of ‘${fact.id}’ (“${alias.replace(/\s+/g, ' ')}”) in the register of facts: write the current value, ${writeValue(fact.value, fact.unit)}.`,
      fix: {
        title: `Write the register’s value as a reference (${now})`,
        edits: [{ span: { start: at, end: at + figure[0].length }, newText: `:fact[${now}]{#${fact.id}}` }],
      },
    });
  }
  return found;
}

/** The blocks of the chunks of the body where a figure is one of the register's earlier values, each chunk parsed alone. */
function candidateBlocks(text: string, bodyStart: number, register: FactRegister): Block[] {
  const hits = [...earlierFigures(text, bodyStart, text.length, register)].map((figure) => figure.index);
  return hits.length ? chunksHolding(text, bodyStart, hits).flatMap(([from, to]) => parseRegion(text, from, to)) : [];
}

export default defineRule({
  id: 'facts/stale-figure',
  defaultSeverity: 'hint',
  description: 'A sentence that names a fact through its aliases states one of the fact’s earlier values.',
  expectation: 'No sentence about a fact of the register states a value the fact has had before.',
  passages: [],
  check(context) {
    const { draft, report } = context;
    // Read only when asked for: the getter reads the register.
    const register = context.register;
    if (!register?.aliasPattern) return;
    const { text, bodyStart } = draft.parsed;
    const body = draft.parsed.blocksFor('facts');
    // An open draft has all its blocks; a closed one, only those of the chunks where a figure was once a fact's value.
    const blocks = body.complete ? body.blocks : candidateBlocks(text, bodyStart, register);
    for (const block of blocks) {
      // Code and HTML are not prose: a figure there is not stated.
      if (block.type === 'code' || block.type === 'html') continue;
      // Each block's figures are kept until an edit changes the block.
      let cached = byBlock.get(block.facts);
      if (cached?.register !== register) {
        const mentions = (block.facts.facts ?? []).map((m) => ({ start: block.start + m.start, end: block.start + m.end }));
        const found = staleFigures(text, block.start, block.end, mentions, register).map((f) => shifted(f, -block.start));
        cached = { register, found };
        byBlock.set(block.facts, cached);
      }
      for (const found of cached.found) report(shifted(found, block.start));
    }
  },
});
