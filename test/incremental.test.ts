import { deepStrictEqual } from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { Random, scs } from '../bench/generate';
import { Engine } from '../server/src/engine/engine';
import { MemoryFileSystem } from '../server/src/engine/host/file-system';
import { buildModel, type DraftModel } from '../server/src/engine/model/draft-model';
import { parseDraft } from '../server/src/engine/parse/parse-draft';
import { parseBody } from '../server/src/engine/parse/body/blocks';
import { scanBody } from '../server/src/engine/parse/body/scan';
import { facts, TARGETS } from './support/body-facts';

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
const PIECES = [
  '\n',
  '\n\n',
  '#',
  '## ',
  '- ',
  '* ',
  '1. ',
  '> ',
  '```',
  '~~~',
  '    ',
  '|',
  '| --- |',
  '<!--',
  '-->',
  '<!-- placeshaper-disable -->',
  '[a](./x.md#P1)',
  '[b]: ./y.md',
  '[b]',
  '[a][b]',
  '[h]',
  '## [a][h]',
  '[^1]',
  '[^1]: a note',
  '[h]:',
  '===',
  '---',
  ':',
  'text',
  ' ',
  '\t',
  '`',
  '<div>',
  '\r\n',
];

const edit = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  remove: fc.nat(40),
  insert: fc.oneof(
    fc.constantFrom(...PIECES),
    fc.string({ maxLength: 6 }),
    fc.array(fc.constantFrom(...PIECES), { maxLength: 4 }).map((p) => p.join('')),
  ),
});

describe('incremental parsing', () => {
  it('re-uses the body of an earlier version when the version between never read its own', () => {
    const v1 = parseDraft('/ws/d.md', SEEDS[0], 1);
    const blocks = v1.body.blocks;
    const broken = SEEDS[0].replace('\ntitle:', '\ntitle: [unclosed\ntitle:');
    const v2 = parseDraft('/ws/d.md', broken, 2, v1);
    const v3 = parseDraft('/ws/d.md', SEEDS[0].replace('\ntitle:', '\ntitle:  '), 3, v2);
    // The body moved with the frontmatter's edit; its blocks were not parsed again.
    deepStrictEqual(
      v3.body.blocks.map((b) => b.facts === blocks[v3.body.blocks.indexOf(b)].facts),
      blocks.map(() => true),
    );
    deepStrictEqual(
      v3.body.blocks.map((b) => b.start - 2),
      blocks.map((b) => b.start),
    );
  });

  it('reads headings and links that refer to definitions in other blocks as a full parse does', () => {
    const text = SEEDS[3];
    const engine = new Engine({ host: new MemoryFileSystem({}), root: '/ws' });
    engine.workspace.open('/ws/draft.md', text, 1);
    const edits: [string, string][] = [
      ['for all', 'for everyone'],
      ['See', 'Read'],
      ['[h]: ./x.md#homes', '[g]: ./x.md#homes'],
      ['[g]:', '[h]:'],
      ['[^1]: A note.', ''],
    ];
    let current = text;
    edits.forEach(([from, to], i) => {
      current = current.replace(from, to);
      engine.workspace.open('/ws/draft.md', current, i + 2);
      deepStrictEqual(
        snapshot(engine.workspace.draft('/ws/draft.md')!),
        snapshot(buildModel(parseDraft('/ws/draft.md', current, i + 2))),
        `after ${from} → ${to}`,
      );
    });
    deepStrictEqual(
      engine.workspace.draft('/ws/draft.md')!.headings.map((h) => h.text),
      ['Refshire', 'Homes for everyone[^1]', 'Next'],
    );
  });

  /** The open draft's model after `edits` (each replacing a text), beside a full parse of the last text. */
  function edited(...texts: string[]) {
    const engine = new Engine({ host: new MemoryFileSystem({}), root: '/ws' });
    texts.forEach((text, i) => {
      engine.workspace.open('/ws/draft.md', text, i + 1);
      void engine.workspace.draft('/ws/draft.md')!.headings;
    });
    return {
      engine,
      incremental: engine.workspace.draft('/ws/draft.md')!,
      full: buildModel(parseDraft('/ws/draft.md', texts[texts.length - 1], texts.length)),
    };
  }

  it('re-parses an edited block from the start of its line, where its indentation decides what it is', () => {
    const heading = '---\nkind: scs\ntitle: Indented\n---\nText.\n\n   # Heading\n\nMore.\n';
    const { incremental, full } = edited(heading, heading.replace('   # Heading', '    # Heading'));
    deepStrictEqual(snapshot(incremental), snapshot(full));
    deepStrictEqual(incremental.headings, []);
    deepStrictEqual(
      incremental.parsed.body.blocks.map((b) => b.type),
      ['paragraph', 'code', 'paragraph'],
    );
  });

  it('re-reads the frontmatter when a closing fence with no line break after it is written on', () => {
    const closed = '---\nkind: scs\ntitle: Unfinished\n---';
    const { engine, incremental } = edited(closed, `${closed}x`);
    deepStrictEqual(incremental.parsed.frontmatter?.closed, false);
    deepStrictEqual(
      engine.check('/ws/draft.md').map((f) => f.rule),
      ['format/yaml-syntax'],
    );
    engine.workspace.close('/ws/draft.md');
    engine.workspace.open('/ws/draft.md', `${closed}x`, 9);
    deepStrictEqual(
      engine.check('/ws/draft.md').map((f) => f.rule),
      ['format/yaml-syntax'],
    );
  });

  it('re-parses an edit in the last block to the end of the text (a fence or HTML block left open runs on)', () => {
    const text = '---\nkind: scs\ntitle: Last\n---\n*\t*\t*\n';
    const { incremental, full } = edited(text, text.replace('*\t*\t*', '\n<pre>*\t*\t*'));
    deepStrictEqual(snapshot(incremental), snapshot(full));
    deepStrictEqual(
      incremental.parsed.body.blocks.map((b) => [b.type, b.end]),
      [['html', text.length + 6]],
    );
  });

  it('keeps a block after the edit only where no nesting depth was carried into it (the guard counts brackets across lines)', () => {
    // Before: 2 + 10 open brackets carry into the last line, which, at 35 deep, is set aside by the nesting guard.
    // After: a blank line stops the count, and the last line is an ordinary paragraph.
    const before = `---\nkind: scs\n---\n- \n\n[[\n[[[[[[[[-  \n*${'['.repeat(22)}*a`;
    const { incremental, full } = edited(before, before.replace('[[[[[[[[-  \n', '[[[[[[[[\n\n  \n'));
    deepStrictEqual(snapshot(incremental), snapshot(full));
    deepStrictEqual(
      incremental.parsed.body.blocks.map((b) => b.type),
      ['list', 'paragraph', 'paragraph'],
    );
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
          const fresh = new Engine({
            host: new MemoryFileSystem({ '/ws/draft.md': text }),
            root: '/ws',
            today: new Date('2026-11-21T12:00:00Z'),
          });
          deepStrictEqual(engine.check('/ws/draft.md'), fresh.check('/ws/draft.md'));
        });
      }),
      { seed: 20261121, numRuns: 80 },
    );
  });
});

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
    const token = fc.constantFrom(
      'a',
      'b',
      ' ',
      ' ',
      '#',
      '##',
      '[',
      ']',
      '(',
      ')',
      '.md',
      './x.md',
      'x.md#P1',
      '"',
      "'",
      ':',
      '/',
      '-',
      '.',
      '1',
      '\n',
      '\n\n',
      ')(',
      '](',
      '[a](b.md)',
      '[a] (b.md)',
      '[a](<b.md>)',
      '[a](b.md "t")',
      '[a](b(c).md)',
      '\\[',
      '`',
      '*',
      '=',
      '\t',
    );
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
    deepStrictEqual(
      facts(full, 'headings').map(([, heading]) => heading),
      ['Refshire', 'Homes for all', 'Next'],
    );
    // `[the plan][h]` is a reference to a defined label, so `(./z.md)` is text; `q` is not defined, so `[q](./x.md)` is a link.
    deepStrictEqual(
      facts(full, 'links').map(([url]) => url),
      ['./x.md', './x.md#homes', './y.md'],
    );
  });

  it('finds a heading in a footnote definition (`[^1]:# Foo`) and reads `-` lines after indented code as the parser does', () => {
    for (const text of ['[^1]:# Foo\n', '    code\n\n-\n-\n', 'a\n\n    code\n\n-\n-\n\n# After\n']) {
      const full = parseBody(text, 0);
      for (const target of TARGETS)
        deepStrictEqual(facts(scanBody(text, 0, target), target), facts(full, target), `${target} in ${JSON.stringify(text)}`);
    }
  });

  it('finds headings after lone carriage returns in a closed draft', () => {
    const text = '---\rkind: scs\rtitle: CR\r---\rText.\r\r# One\r\rMore.\r\r## Two\r';
    const closed = buildModel(parseDraft('/ws/d.md', text, 1, undefined, { scanBody: true }));
    deepStrictEqual(
      closed.headings.map((h) => [h.text, closed.parsed.lines.positionAt(h.span.start)]),
      [
        ['One', { line: 6, character: 0 }],
        ['Two', { line: 10, character: 0 }],
      ],
    );
  });

  it('keeps lists, fenced code and HTML comments that span blank lines together', () => {
    const text =
      '- item\n\n    continued [a](./a.md)\n\n```\n\n# not a heading\n\n```\n\n<!-- placeshaper-disable\n\n[b](./b.md)\n-->\n\n# Heading\n';
    const full = parseBody(text, 0);
    for (const target of TARGETS) deepStrictEqual(facts(scanBody(text, 0, target), target), facts(full, target), target);
    deepStrictEqual(
      TARGETS.map((target) => facts(full, target).length),
      [1, 1, 1],
    );
  });
});
