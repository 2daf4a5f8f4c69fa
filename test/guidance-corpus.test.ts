import { deepStrictEqual, ok, strictEqual } from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { GuidanceLibrary } from '../server/src/engine/guidance/guidance';
import { RULES } from '../server/src/engine/rules/registry';

const SEEDS = path.resolve(__dirname, '../../shared/seeds');
const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('guidance corpus', () => {
  const library = new GuidanceLibrary();

  it('quotes every passage verbatim from its source document (whitespace aside)', () => {
    const seedText = new Map<string, string>();
    const misquoted: string[] = [];
    for (const passage of library.passages) {
      const file = library.source(passage)?.file;
      ok(file, `${passage.id} names an unknown source ${passage.source}`);
      if (!seedText.has(file)) seedText.set(file, collapse(readFileSync(path.join(SEEDS, file), 'utf8')));
      if (!seedText.get(file)!.includes(collapse(passage.text))) misquoted.push(passage.id);
    }
    deepStrictEqual(misquoted, []);
    ok(library.passages.length >= 40);
  });

  it('names a section that the source document has, with its heading', () => {
    for (const passage of library.passages) {
      const file = library.source(passage)!.file!;
      const seed = readFileSync(path.join(SEEDS, file), 'utf8');
      ok(seed.includes(passage.section), `${passage.id}: §${passage.section}`);
      ok(collapse(seed).includes(collapse(passage.sectionTitle)), `${passage.id}: ${passage.sectionTitle}`);
    }
  });

  it('gives every rule that rests on guidance a passage that exists', () => {
    const missing = RULES.flatMap((rule) => rule.passages.filter((id) => !library.passage(id)).map((id) => `${rule.id} → ${id}`));
    deepStrictEqual(missing, []);
  });

  it('covers every topic of the guidance', () => {
    const topics = new Set(library.passages.flatMap((p) => p.topics));
    for (const topic of ['lsp', 'scs', 'core-strategy', 'housing-strategy', 'laa', 'duty-to-cooperate', 'having-regard-to-targets', 'duty-to-involve', 'best-value', 'commissioning', 'three-year-grants', 'jsna', 'two-tier', 'caa']) {
      ok(topics.has(topic), topic);
    }
  });

  it('finds passages by key and by term, ignoring case, hyphens and plurals', () => {
    ok(library.forKey('approval.body').some((p) => p.id === 'b5-full-council'));
    deepStrictEqual(library.forTerm('JSNA').map((p) => p.id), library.forTerm('jsna').map((p) => p.id));
    ok(library.forTerm('Local Strategic Partnerships').length > 0);
    ok(library.forTerm('three-year grants').length > 0);
  });

  it('quotes a passage in Markdown with its source and section', () => {
    const passage = library.passage('b5-full-council')!;
    const quote = library.quote(passage);
    strictEqual(quote.startsWith(`> ${passage.text.split('\n')[0]}`), true);
    strictEqual(quote.endsWith(`— Creating Strong, Safe and Prosperous Communities – the statutory guidance (APSE, 9th July 2008), §5 Sustainable Community Strategies (SCSs)`), true);
  });
});
