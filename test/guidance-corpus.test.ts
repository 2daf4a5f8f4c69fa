import { deepStrictEqual, ok, strictEqual } from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { GuidanceLibrary, excerpt, type Passage, type Standing } from '../server/src/engine/guidance/guidance';
import { STATUTORY_FACTS } from '../server/src/engine/guidance/statutory-facts';
import { RULES } from '../server/src/engine/rules/registry';

const SOURCES = path.resolve(__dirname, '../sources');
const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The source text with runs of white space folded to one space, and where each folded character stood in the original. */
function folded(text: string): { text: string; at: number[] } {
  const out: string[] = [];
  const at: number[] = [];
  let space = true;
  for (let i = 0; i < text.length; i++) {
    const isSpace = /\s/.test(text[i]);
    if (isSpace && space) continue;
    out.push(isSpace ? ' ' : text[i]);
    at.push(i);
    space = isSpace;
  }
  return { text: out.join(''), at };
}

/** The lines of the source above `offset`, nearest first. */
function linesAbove(source: string, offset: number): string[] {
  return source
    .slice(0, offset)
    .split(/\r?\n/)
    .reverse()
    .map((line) => line.trim());
}

/**
 * Where a passage sits in the consultation summary, read from the text alone: the numbered part
 * (1.1.1 … 1.5.5) it falls in, and whether a "Government response" heading stands between that
 * part's heading and the passage (a Government response runs to the next numbered section).
 */
function placeInSummary(source: string, offset: number): { section?: string; standing: Standing } {
  let standing: Standing | undefined;
  for (const line of linesAbove(source, offset)) {
    if (line === 'Government response') standing ??= 'government-response';
    const numbered = /^(\d+\.\d+(?:\.\d+)?)\s/.exec(line);
    if (numbered || /^Section \d+$/.test(line)) return { section: numbered?.[1], standing: standing ?? 'respondents' };
  }
  return { standing: standing ?? 'respondents' };
}

/** Where a passage sits in the APSE briefing: its numbered part; §10 is APSE's comment, §1–§9 its summary of the guidance. */
function placeInBriefing(source: string, offset: number): { section?: string; standing?: Standing } {
  for (const line of linesAbove(source, offset)) {
    const numbered = /^(\d+)\.\s/.exec(line);
    if (numbered) return { section: numbered[1], standing: numbered[1] === '10' ? 'commentary' : 'guidance-summary' };
  }
  return {};
}

describe('guidance corpus', () => {
  const library = new GuidanceLibrary();
  const sourceText = new Map<string, { text: string; folded: ReturnType<typeof folded> }>();
  const sourceOf = (passage: Passage) => {
    const file = library.source(passage)?.file;
    ok(file, `${passage.id} names a source without a file`);
    if (!sourceText.has(file)) {
      const text = readFileSync(path.join(SOURCES, file), 'utf8');
      sourceText.set(file, { text, folded: folded(text) });
    }
    return sourceText.get(file)!;
  };
  const textOf = (passage: Passage): string => sourceOf(passage).text;
  /** The passage's offset in the original source text, found whitespace aside. */
  const offsetOf = (passage: Passage): number => {
    const source = sourceOf(passage).folded;
    const index = source.text.indexOf(collapse(passage.text));
    return index === -1 ? -1 : source.at[index];
  };

  it('quotes every passage verbatim from its source document in sources/ (whitespace aside)', () => {
    const misquoted = library.passages.filter((p) => offsetOf(p) === -1).map((p) => p.id);
    deepStrictEqual(misquoted, []);
    ok(library.passages.length >= 40);
  });

  it("gives every passage the standing and the section of where it sits in its source, read from the source's own headings", () => {
    const mismatched: string[] = [];
    for (const passage of library.passages) {
      const source = textOf(passage);
      const offset = offsetOf(passage);
      const place = passage.source === 'C' ? placeInSummary(source, offset) : placeInBriefing(source, offset);
      if (place.standing !== passage.standing || place.section !== passage.section) {
        mismatched.push(
          `${passage.id}: corpus says ${passage.standing} §${passage.section}, source says ${place.standing} §${place.section}`,
        );
      }
      ok(collapse(source).includes(collapse(passage.sectionTitle)), `${passage.id}: ${passage.sectionTitle}`);
    }
    deepStrictEqual(mismatched, []);
  });

  it('has passages of every standing the sources hold', () => {
    const counts = new Map<Standing, number>();
    for (const p of library.passages) counts.set(p.standing, (counts.get(p.standing) ?? 0) + 1);
    ok((counts.get('government-response') ?? 0) > 20);
    ok((counts.get('guidance-summary') ?? 0) > 15);
    ok((counts.get('respondents') ?? 0) > 10);
  });

  it('never calls the APSE briefing the statutory guidance, nor gives it a date', () => {
    const briefing = library.source(library.passage('b7-lead-partner')!)!;
    strictEqual(briefing.date, undefined);
    strictEqual(briefing.citation, 'APSE briefing (undated)');
    strictEqual(
      library.attribution(library.passage('b7-lead-partner')!),
      "APSE's summary of the statutory guidance — APSE briefing (undated), §7",
    );
  });

  it('names the standing of each passage in its attribution, in Markdown and in plain text', () => {
    const at = (id: string, format?: 'text') => library.attribution(library.passage(id)!, format);
    strictEqual(
      at('c111-representatives'),
      'Government response — CLG, *Summary of Responses to Consultation*, July 2008, §1.1.1',
    );
    strictEqual(
      at('c111-representatives', 'text'),
      'Government response — CLG, Summary of Responses to Consultation, July 2008, §1.1.1',
    );
    strictEqual(
      at('c121-shared-vision'),
      "Consultation respondents' views — CLG, *Summary of Responses to Consultation*, July 2008, §1.2.1 — not a requirement",
    );
    strictEqual(at('b5-vision'), "APSE's summary of the statutory guidance — APSE briefing (undated), §5");
  });

  it('quotes a passage as a block quote followed by its attribution line', () => {
    const passage = library.passage('b5-full-council')!;
    strictEqual(
      library.quote(passage),
      `> ${passage.text}\n\n— APSE's summary of the statutory guidance — APSE briefing (undated), §5`,
    );
  });

  it('gives every rule that rests on guidance passages and facts that exist', () => {
    const facts = new Set(STATUTORY_FACTS.map((f) => f.id));
    const missing = RULES.flatMap((rule) => [
      ...rule.passages.filter((id) => !library.passage(id)).map((id) => `${rule.id} → passage ${id}`),
      ...(rule.facts ?? []).filter((id) => !facts.has(id)).map((id) => `${rule.id} → fact ${id}`),
    ]);
    deepStrictEqual(missing, []);
  });

  it('states every statutory fact with a source that has a title and an address', () => {
    for (const fact of STATUTORY_FACTS) {
      ok(fact.statement.length > 20, fact.id);
      ok(fact.sources.length > 0, fact.id);
      for (const source of fact.sources) ok(source.title && /^https?:\/\//.test(source.url), `${fact.id}: ${source.title}`);
    }
  });

  it('covers every topic of the guidance', () => {
    const topics = new Set(library.passages.flatMap((p) => p.topics));
    for (const topic of [
      'lsp',
      'scs',
      'core-strategy',
      'housing-strategy',
      'laa',
      'duty-to-cooperate',
      'having-regard-to-targets',
      'duty-to-involve',
      'best-value',
      'commissioning',
      'three-year-grants',
      'jsna',
      'two-tier',
      'caa',
    ]) {
      ok(topics.has(topic), topic);
    }
  });

  it('lists a passage under a key only when it speaks to that key, and under a term only when it says it', () => {
    for (const passage of library.passages) {
      for (const key of passage.keys)
        ok(library.forKey(key).includes(passage), `${passage.id} is listed for ${key} but does not name its subject`);
      for (const term of passage.terms)
        ok(library.forTerm(term).includes(passage), `${passage.id} is listed for the term ${term} but does not say it`);
    }
  });

  it('finds passages by key (on the draft kind first, then the most authoritative) and by term, ignoring case, hyphens and plurals', () => {
    deepStrictEqual(library.forKey('approval.body', 'sustainable-community-strategy')[0].id, 'b5-full-council');
    deepStrictEqual(library.forKey('approval.body', 'local-area-agreement')[0].id, 'c131-council-sign-off');
    deepStrictEqual(
      library.forKey('targets').map((p) => p.id),
      ['c151-designated-targets', 'b7-named-partners', 'c131-three-year-targets', 'c151-embedded-in-planning', 'c151-35-maximum'],
    );
    deepStrictEqual(
      library.forTerm('JSNA').map((p) => p.id),
      library.forTerm('jsna').map((p) => p.id),
    );
    ok(library.forTerm('Local Strategic Partnerships').length > 0);
    ok(library.forTerm('three-year grants').length > 0);
  });

  it('cuts a long passage at the end of a sentence, never inside a word', () => {
    strictEqual(excerpt('One two three. Four five six. Seven eight nine.', 6), 'One two three. Four five six. …');
    strictEqual(excerpt('One two three four five six seven', 4), 'One two three four …');
    strictEqual(excerpt('Short enough.', 80), 'Short enough.');
    strictEqual(excerpt('A list:\n- first item\n- second item and more words', 6), 'A list:\n- first item …');
    const long = library.passage('c111-strategic-consultation')!.text;
    const cut = excerpt(long, 80);
    ok(cut.endsWith('. …') && cut.split(/\s+/).length <= 81 && long.startsWith(cut.slice(0, -2)), cut);
  });
});
