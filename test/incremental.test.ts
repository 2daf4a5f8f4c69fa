import { deepStrictEqual } from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { Random, scs } from '../bench/generate';
import { Engine } from '../server/src/engine/engine';
import { MemoryFileSystem } from '../server/src/engine/host/file-system';
import { buildModel, type DraftModel } from '../server/src/engine/model/draft-model';
import { parseDraft } from '../server/src/engine/parse/parse-draft';
import { parseBody, scanBody, type Body, type ScanTarget } from '../server/src/engine/parse/body-blocks';

/** Everything the engine derives from a draft's text, in a comparable form. */
function snapshot(draft: DraftModel) {
  return {
    bodyStart: draft.parsed.bodyStart,
    blocks: draft.parsed.body.blocks,
    headings: draft.headings,
    links: draft.bodyLinks,
    controls: draft.controls,
    references: draft.references.map((r) => [r.id, r.span]),
    related: draft.related,
  };
}

const SEEDS = [
  readFileSync('examples/exampleshire/scs/millbrook-scs.md', 'utf8'),
  readFileSync('examples/exampleshire/laa/exampleshire-laa.md', 'utf8'),
  scs(new Random(3), { name: 'Testshire', type: 'county', priorities: 5, bytes: 6000, links: ['./other.md#P1'] }),
  // Reference links and footnotes resolve against definitions in other blocks.
  '---\nkind: scs\ntitle: Refshire\n---\n# Refshire\n\n## [Homes][h] for all[^1]\n\nSee [the plan][h](./z.md), [the map][q](./x.md) and [homes].\n\n[h]: ./x.md#homes\n[homes]: ./y.md\n\n[^1]: A note.\n\n## Next\n',
];

/** Fragments that change Markdown structure: fences, comments, list markers, headings, tables, links. */
const PIECES = ['\n', '\n\n', '#', '## ', '- ', '* ', '1. ', '> ', '```', '~~~', '    ', '|', '| --- |', '<!--', '-->', '<!-- placeshaper-disable -->', '[a](./x.md#P1)', '[b]: ./y.md', '[b]', '[a][b]', '[h]', '## [a][h]', '[^1]', '[^1]: a note', '[h]:', '===', '---', ':', 'text', ' ', '\t', '`', '<div>', '\r\n'];

const edit = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  remove: fc.nat(40),
  insert: fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 6 }), fc.array(fc.constantFrom(...PIECES), { maxLength: 4 }).map((p) => p.join(''))),
});

describe('incremental parsing', () => {
  it('re-uses the body of an earlier version when the version between never read its own', () => {
    const v1 = parseDraft('/ws/d.md', SEEDS[0], 1);
    const blocks = v1.body.blocks;
    const broken = SEEDS[0].replace('\ntitle:', '\ntitle: [unclosed\ntitle:');
    const v2 = parseDraft('/ws/d.md', broken, 2, v1);
    const v3 = parseDraft('/ws/d.md', SEEDS[0].replace('\ntitle:', '\ntitle:  '), 3, v2);
    // The body moved with the frontmatter's edit; its blocks were not parsed again.
    deepStrictEqual(v3.body.blocks.map((b) => b.facts === blocks[v3.body.blocks.indexOf(b)].facts), blocks.map(() => true));
    deepStrictEqual(v3.body.blocks.map((b) => b.start - 2), blocks.map((b) => b.start));
  });

  it('reads headings and links that refer to definitions in other blocks as a full parse does', () => {
    const text = SEEDS[3];
    const engine = new Engine({ host: new MemoryFileSystem({}), root: '/ws' });
    engine.workspace.open('/ws/draft.md', text, 1);
    const edits: [string, string][] = [['for all', 'for everyone'], ['See', 'Read'], ['[h]: ./x.md#homes', '[g]: ./x.md#homes'], ['[g]:', '[h]:'], ['[^1]: A note.', '']];
    let current = text;
    edits.forEach(([from, to], i) => {
      current = current.replace(from, to);
      engine.workspace.open('/ws/draft.md', current, i + 2);
      deepStrictEqual(snapshot(engine.workspace.draft('/ws/draft.md')!), snapshot(buildModel(parseDraft('/ws/draft.md', current, i + 2))), `after ${from} → ${to}`);
    });
    deepStrictEqual(engine.workspace.draft('/ws/draft.md')!.headings.map((h) => h.text), ['Refshire', 'Homes for everyone[^1]', 'Next']);
  });


  it('gives the same model and diagnostics as a full parse after any sequence of edits (seeded)', function () {
    this.timeout(120000);
    fc.assert(
      fc.property(fc.constantFrom(...SEEDS.keys()), fc.array(edit, { minLength: 1, maxLength: 12 }), (seedIndex, edits) => {
        const host = new MemoryFileSystem({});
        const engine = new Engine({ host, root: '/ws', today: new Date('2026-11-21T12:00:00Z') });
        let text = SEEDS[seedIndex];
        engine.workspace.open('/ws/draft.md', text, 1);
        engine.check('/ws/draft.md');
        edits.forEach((e, i) => {
          const at = Math.floor(e.at * text.length);
          text = text.slice(0, at) + e.insert + text.slice(Math.min(text.length, at + e.remove));
          engine.workspace.open('/ws/draft.md', text, i + 2);
          const incremental = engine.workspace.draft('/ws/draft.md')!;
          const full = buildModel(parseDraft('/ws/draft.md', text, i + 2));
          deepStrictEqual(snapshot(incremental), snapshot(full));
          const fresh = new Engine({ host: new MemoryFileSystem({ '/ws/draft.md': text }), root: '/ws', today: new Date('2026-11-21T12:00:00Z') });
          deepStrictEqual(engine.check('/ws/draft.md'), fresh.check('/ws/draft.md'));
        });
      }),
      { seed: 20261121, numRuns: 80 },
    );
  });
});

/** The facts the engine uses (headings, links to `.md` files, control comments) at absolute offsets. */
function facts(body: Body, target: ScanTarget) {
  return body.blocks.flatMap((b) =>
    target === 'headings' ? b.facts.headings.map((h) => [h.depth, h.text, b.start + h.start, b.start + h.end])
    : target === 'links' ? b.facts.links.filter((l) => /\.md\b/i.test(l.url)).map((l) => [l.url, b.start + l.start, b.start + l.end])
    : b.facts.html.filter((h) => h.value.includes('placeshaper-')).map((h) => [h.value, b.start + h.start, b.start + h.end]),
  );
}

const TARGETS: ScanTarget[] = ['headings', 'links', 'controls'];

describe('scanning the body of a closed draft', () => {
  it('finds the same headings, links and comments as a full parse (seeded)', function () {
    this.timeout(120000);
    fc.assert(
      fc.property(fc.constantFrom(...SEEDS.keys()), fc.array(edit, { minLength: 1, maxLength: 20 }), (seedIndex, edits) => {
        let text = SEEDS[seedIndex];
        for (const e of edits) {
          const at = Math.floor(e.at * text.length);
          text = text.slice(0, at) + e.insert + text.slice(Math.min(text.length, at + e.remove));
        }
        const start = parseDraft('/ws/d.md', text).bodyStart;
        const full = parseBody(text, start);
        for (const target of TARGETS) deepStrictEqual(facts(scanBody(text, start, target), target), facts(full, target), target);
      }),
      { seed: 20261121, numRuns: 300 },
    );
  });

  it('reads plain headings and links the same way as the parser (seeded)', function () {
    this.timeout(120000);
    const token = fc.constantFrom('a', 'b', ' ', ' ', '#', '##', '[', ']', '(', ')', '.md', './x.md', 'x.md#P1', '"', "'", ':', '/', '-', '.', '1', '\n', '\n\n', ')(', '](', '[a](b.md)', '[a] (b.md)', '[a](<b.md>)', '[a](b.md "t")', '[a](b(c).md)', '\\[', '`', '*', '=', '\t');
    fc.assert(
      fc.property(fc.array(token, { maxLength: 40 }), (tokens) => {
        const text = tokens.join('');
        const full = parseBody(text, 0);
        for (const target of TARGETS) deepStrictEqual(facts(scanBody(text, 0, target), target), facts(full, target), target);
      }),
      { seed: 20261121, numRuns: 3000 },
    );
  });

  it('reads references to definitions in unscanned chunks as a full parse does', () => {
    const text = SEEDS[3];
    const start = parseDraft('/ws/d.md', text).bodyStart;
    const full = parseBody(text, start);
    for (const target of TARGETS) deepStrictEqual(facts(scanBody(text, start, target), target), facts(full, target), target);
    deepStrictEqual(facts(full, 'headings').map(([, heading]) => heading), ['Refshire', 'Homes for all', 'Next']);
    // `[the plan][h]` is a reference to a defined label, so `(./z.md)` is text; `q` is not defined, so `[q](./x.md)` is a link.
    deepStrictEqual(facts(full, 'links').map(([url]) => url), ['./x.md', './x.md#homes', './y.md']);
  });

  it('keeps lists, fenced code and HTML comments that span blank lines together', () => {
    const text = '- item\n\n    continued [a](./a.md)\n\n```\n\n# not a heading\n\n```\n\n<!-- placeshaper-disable\n\n[b](./b.md)\n-->\n\n# Heading\n';
    const full = parseBody(text, 0);
    for (const target of TARGETS) deepStrictEqual(facts(scanBody(text, 0, target), target), facts(full, target), target);
    deepStrictEqual(TARGETS.map((target) => facts(full, target).length), [1, 1, 1]);
  });
});
