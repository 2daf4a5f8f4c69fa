import { deepStrictEqual, ok, strictEqual } from 'node:assert/strict';
import * as path from 'node:path';
import fc from 'fast-check';
import { Engine } from '../../server/src/engine/engine';
import { defuseNesting, MAX_NESTING } from '../../server/src/engine/parse/body/nesting-guard';
import { parseBody } from '../../server/src/engine/parse/body/blocks';
import { LINKED_DRAFTS } from '../support/linked-drafts';
import { headingMatcher } from '../../server/src/engine/model/sections';
import { LineIndex } from '../../server/src/engine/text/line-index';
import { check, crlf, workspace, type Seen } from '../support/harness';
import { CLEAN_SCS } from '../support/drafts';
import { SpyMemoryFileSystem } from '../support/robustness';

/** CLEAN_SCS with `body` placed before its `## P1` section, and a broken link at the very end. */
function aroundP1(body: string): string {
  const at = CLEAN_SCS.indexOf('## P1');
  return `${CLEAN_SCS.slice(0, at)}${body}\n\n${CLEAN_SCS.slice(at)}\n[missing](./missing.md)\n`;
}

/** The findings a clean SCS always has (nothing in a one-draft workspace delivers P1). */
const UNDELIVERED: Seen = {
  rule: 'align/undelivered-priority',
  severity: 'info',
  range: [13, 8, 13, 10],
  message:
    'Nothing in the workspace delivers priority ‘P1’: name it in the ‘priority’, ‘delivers’ or ‘supports’ of the LAA target, Core Strategy objective or housing priority that does.',
};

const rules = (seen: Seen[]) => seen.map((s) => s.rule);

/** The findings of a draft open in an editor: its body is parsed in full rather than scanned for what the rules need. */
function checkOpen(text: string): Seen[] {
  const harness = workspace({});
  harness.engine.workspace.open('/ws/draft.md', text, 1);
  harness.fs.write('/ws/draft.md', text);
  return harness.check('draft.md');
}

describe('bad input: the engine', function () {
  this.timeout(60000);

  it('malformed YAML: one positioned format/yaml-syntax, and no other rule runs', () => {
    deepStrictEqual(check(CLEAN_SCS.replace('  type: county', '   type: county')), [
      {
        rule: 'format/yaml-syntax',
        severity: 'error',
        range: [4, 8, 4, 9],
        message:
          'The frontmatter is not valid YAML: a value is written where a key was expected: check the ‘key: value’ form and the indentation.',
      },
    ]);
  });

  it('frontmatter never closed: reported at the opening fence', () => {
    deepStrictEqual(check(CLEAN_SCS.replace('---\n# Exampleshire', '# Exampleshire')), [
      {
        rule: 'format/yaml-syntax',
        severity: 'error',
        range: [0, 0, 0, 3],
        message: 'The frontmatter opened here is never closed: add a line with ‘---’ after its last key.',
      },
    ]);
  });

  it('a YAML alias bomb (billion laughs) is refused, not expanded', () => {
    const laughs = ['a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
    for (const [name, previous] of [
      ['b', 'a'],
      ['c', 'b'],
      ['d', 'c'],
      ['e', 'd'],
      ['f', 'e'],
      ['g', 'f'],
      ['h', 'g'],
      ['i', 'h'],
    ]) {
      laughs.push(`${name}: &${name} [${Array(9).fill(`*${previous}`).join(', ')}]`);
    }
    deepStrictEqual(check(CLEAN_SCS.replace('status: draft\n', `status: draft\n${laughs.join('\n')}\n`)), [
      {
        rule: 'format/yaml-syntax',
        severity: 'error',
        range: [0, 0, 0, 3],
        message: 'The frontmatter expands ‘*aliases’ more than 100 times; write the values out instead.',
      },
    ]);
  });

  describe('10,000-deep nesting: no stack overflow, no hang', () => {
    const DEEP = 10_000;
    const NESTED_TOO_DEEPLY =
      'The frontmatter is not valid YAML: lists or maps are nested too deeply to be read: put fewer of them inside one another.';

    it('in the frontmatter, ‘[[[[…]]]]’: a format/yaml-syntax on its line', () => {
      const seen = check(CLEAN_SCS.replace('status: draft\n', `status: draft\nnested: ${'['.repeat(DEEP)}${']'.repeat(DEEP)}\n`));
      deepStrictEqual(
        seen.map((s) => [s.rule, s.range[0], s.message]),
        [['format/yaml-syntax', 11, NESTED_TOO_DEEPLY]],
      );
    });

    it('in the frontmatter, ‘- - - - …’ (block lists nested on one line): a format/yaml-syntax at its start', () => {
      const seen = check(CLEAN_SCS.replace('status: draft\n', `status: draft\nnested:\n  ${'- '.repeat(DEEP)}x\n`));
      deepStrictEqual(
        seen.map((s) => [s.rule, s.range, s.message]),
        [['format/yaml-syntax', [12, 2, 12, 3], NESTED_TOO_DEEPLY]],
      );
    });

    it('in the frontmatter, a block map 10,000 keys deep (50 MB): format/too-large and a format/yaml-syntax on its deepest line', () => {
      const lines = ['nested:'];
      for (let depth = 1; depth <= DEEP; depth++) lines.push(`${' '.repeat(depth)}k${depth}:`);
      const text = CLEAN_SCS.replace('status: draft\n', `status: draft\n${lines.join('\n')}\n`);
      ok(text.length > 50_000_000);
      const seen = check(text);
      deepStrictEqual(
        seen.map((s) => [s.rule, s.range[0]]),
        [
          ['format/too-large', 0],
          ['format/yaml-syntax', 11 + DEEP],
        ],
      );
      strictEqual(seen[1].message, NESTED_TOO_DEEPLY);
    });

    const bodies: [string, string][] = [
      ['brackets ‘[[[[…]]]]’', '['.repeat(DEEP) + ']'.repeat(DEEP)],
      ['links ‘[[[x](a.md)](a.md)…’', '['.repeat(DEEP) + 'x' + '](a.md)'.repeat(DEEP)],
      ['images ‘![![![x](a.png)…’', '!['.repeat(DEEP) + 'x' + '](a.png)'.repeat(DEEP)],
      ['block quotes ‘>>>>…’', '>'.repeat(DEEP) + ' deep'],
      ['lists ‘- - - - …’', '- '.repeat(DEEP) + 'deep'],
      ['emphasis ‘*a *a *a …’', '*a '.repeat(DEEP) + 'x' + ' a*'.repeat(DEEP)],
      ['quotes over 500 lines', Array.from({ length: 500 }, (_, i) => '>'.repeat(i + 1) + ' line').join('\n')],
      ['lists over 500 lines', Array.from({ length: 500 }, (_, i) => `${'  '.repeat(i)}- item`).join('\n')],
    ];
    for (const [name, body] of bodies) {
      it(`in the body, ${name}: skipped, and the headings and links around it still read (closed and open)`, () => {
        const text = aroundP1(body);
        const missing = new LineIndex(text).positionAt(text.lastIndexOf('[missing]'));
        const expected = [
          UNDELIVERED,
          {
            rule: 'align/broken-link',
            severity: 'error',
            range: [missing.line, 0, missing.line, 23],
            message:
              'This link leads to a file that does not exist: check the path ‘./missing.md’, which is relative to this draft.',
          },
        ];
        deepStrictEqual(check(text), expected, 'closed: the body is scanned');
        deepStrictEqual(checkOpen(text), expected, 'open: the body is parsed in full');
      });
    }

    it('the guard leaves ordinary Markdown alone, and keeps every offset of what it blanks', () => {
      const ordinary = [
        '# Title',
        '',
        '> quote > with > marks',
        '',
        '- a',
        '  - b',
        '    - c',
        '',
        '1. one',
        '2. two',
        '',
        '**bold** and *em* and _em_ and snake_case_words, [a [nested] link](x.md) and ![img](i.png)',
        '‘’‘',
        '>>>> code is not nested',
        '‘’‘',
        '    indented code',
        '| a | b |',
        '| - | - |',
      ].join('\n');
      strictEqual(defuseNesting(ordinary), ordinary);
      strictEqual(defuseNesting(crlf(ordinary)), crlf(ordinary));
      const deep = `para\n${'['.repeat(MAX_NESTING + 1)}\r\n# Heading\n`;
      const defused = defuseNesting(deep);
      strictEqual(defused.length, deep.length);
      strictEqual(defused, `para\n<!--${' '.repeat(MAX_NESTING + 1 - 7)}-->\r\n# Heading\n`);
      deepStrictEqual(
        parseBody(deep, 0).blocks.flatMap((b) => b.facts.headings.map((h) => h.text)),
        ['Heading'],
      );
    });
  });

  it('a draft over 5 MB (here 50 MB): format/too-large; its unread body is neither searched for sections nor for link fragments', () => {
    const big = `${CLEAN_SCS.replace('status: draft', 'status: draft\nrelated:\n  laa: ./laa.md')}${'Some text about the partnership. '.repeat(1_600_000)}\n## P9 Late section\n[broken](./missing.md)\n`;
    ok(big.length > 50_000_000);
    const laa =
      CLEAN_SCS.replace('kind: sustainable-community-strategy', 'kind: local-area-agreement') +
      '\nSee [the late section](./big.md#p9-late-section).\n';
    const { check: seen } = workspace({ 'big.md': big, 'laa.md': laa });
    deepStrictEqual(
      seen('big.md').map((s) => [s.rule, s.range]),
      [
        ['format/too-large', [0, 0, 0, 3]],
        ['align/undelivered-priority', [15, 8, 15, 10]],
      ],
    );
    deepStrictEqual(
      seen('laa.md').filter((s) => s.message.includes('p9-late-section')),
      [],
    );
  });

  it('a binary file named .md is not a draft: no findings, not in the workspace index', () => {
    const { engine, check: seen } = workspace({
      'image.md': `---\nkind: scs\n---\n\u0000\u0001\u0002PNG\r\n`,
      'scs.md': CLEAN_SCS,
    });
    deepStrictEqual(seen('image.md'), []);
    strictEqual(engine.workspace.draft('/ws/image.md')?.isDraft, false);
    deepStrictEqual(
      engine.workspace.drafts().map((d) => path.basename(d.path)),
      ['scs.md'],
    );
  });

  it('invalid UTF-8, as decoded (U+FFFD for each bad byte): checked, each position counted as an editor counts it', () => {
    const [before, after] = CLEAN_SCS.split('title: Exampleshire');
    const bytes = Buffer.concat([
      Buffer.from(`${before}title: Caf`),
      Buffer.from([0xe9, 0xff, 0xc3, 0x28]),
      Buffer.from(`${after}Caf`),
      Buffer.from([0xe9]),
      Buffer.from(' [x](./missing.md)\n'),
    ]);
    const text = bytes.toString('utf8');
    strictEqual(text.split('\n')[2], 'title: Caf\uFFFD\uFFFD\uFFFD( Sustainable Community Strategy');
    const seen = check(text);
    deepStrictEqual(
      seen.map((s) => [s.rule, s.range]),
      [
        ['align/undelivered-priority', [13, 8, 13, 10]],
        ['align/broken-link', [27, 5, 27, 22]],
      ],
    );
  });

  it('a byte-order mark: the same findings at the same positions as without it', () => {
    const faulty = CLEAN_SCS.replace('type: county', 'type: countty');
    deepStrictEqual(check(`\uFEFF${faulty}`), check(faulty));
    strictEqual(check(faulty).length, 2);
  });

  it('CRLF line endings: the same findings at the same positions as LF', () => {
    const faulty = aroundP1('Some text.').replace('type: county', 'type: countty');
    deepStrictEqual(check(crlf(faulty)), check(faulty));
    deepStrictEqual(rules(check(faulty)), ['format/schema', 'align/undelivered-priority', 'align/broken-link']);
  });

  it('a lone CR ends a line, as editors and the protocol count it', () => {
    const text = aroundP1('First line.\rSecond line [x](./gone.md).');
    const link = check(text).find((s) => s.message.includes('gone.md'))!;
    const lines = text.split(/\r\n|\r|\n/);
    strictEqual(lines[link.range[0]].slice(link.range[1], link.range[3]), '[x](./gone.md)');
  });

  it('duplicate keys: a format/yaml-syntax on the second key', () => {
    deepStrictEqual(check(CLEAN_SCS.replace('status: draft', 'status: draft\nstatus: adopted')), [
      {
        rule: 'format/yaml-syntax',
        severity: 'error',
        range: [11, 0, 11, 6],
        message: 'The frontmatter is not valid YAML: the same key appears twice in one map: keep one (‘status’).',
      },
    ]);
  });

  it('circular links (A→B→A, A→A, also in the body): no loop, each file read once', () => {
    const files = {
      ...LINKED_DRAFTS,
      // district ↔ core strategy and district ↔ housing strategy already link both ways.
      'scs/district.md': `${LINKED_DRAFTS['scs/district.md'].replace('county-scs: ./county.md', 'county-scs: ./district.md')}\nSee [this section](./district.md#D1) and [the core strategy](../ldf/core.md).\n`,
    };
    const host = new SpyMemoryFileSystem(
      Object.fromEntries(Object.entries(files).map(([name, text]) => [path.join('/ws', name), text])),
    );
    const engine = new Engine({ host, root: '/ws', today: new Date('2026-11-21T12:00:00Z') });
    for (const file of ['scs/district.md', 'ldf/core.md', 'housing/housing.md'])
      deepStrictEqual(engine.check(`/ws/${file}`), [], file);
    deepStrictEqual(engine.workspace.dependentsOf('/ws/scs/district.md'), [
      '/ws/housing/housing.md',
      '/ws/ldf/core.md',
      '/ws/scs/district.md',
    ]);
    strictEqual(host.reads.length, new Set(host.reads).size, 'no file is read twice');
  });

  it('a ‘related’ path or body link that leaves the workspace is reported and never read, nor asked about', () => {
    const laa = LINKED_DRAFTS['laa/laa.md']
      .replace(
        '  scs: ../scs/county.md',
        '  scs: ../scs/county.md\n  core-strategy: ../../../etc/passwd\n  housing-strategy: /etc/hostname.md',
      )
      .concat('\n[secret](../../../../etc/shadow.md) and [elsewhere](../../outside/x.md#y)\n');
    const host = new SpyMemoryFileSystem({
      ...Object.fromEntries(
        Object.entries({ ...LINKED_DRAFTS, 'laa/laa.md': laa }).map(([name, text]) => [path.join('/ws', name), text]),
      ),
      '/etc/passwd': 'root:x:0:0',
      '/etc/hostname.md': '---\nkind: housing-strategy\n---\n',
      '/etc/shadow.md': 'secret',
      '/outside/x.md': '# y',
    });
    const engine = new Engine({ host, root: '/ws', today: new Date('2026-11-21T12:00:00Z') });
    const seen = engine.check('/ws/laa/laa.md').map((f) => [f.rule, laa.slice(f.span.start, f.span.end)]);
    deepStrictEqual(
      seen.filter(([rule]) => rule === 'align/broken-link').map(([, text]) => text),
      ['../../../etc/passwd', '/etc/hostname.md', '[secret](../../../../etc/shadow.md)', '[elsewhere](../../outside/x.md#y)'],
    );
    engine.workspace.drafts();
    const outside = [...host.reads, ...host.asked].filter((p) => !p.startsWith('/ws/') && p !== '/ws');
    deepStrictEqual(outside, []);
    ok(host.reads.includes('/ws/scs/county.md'), 'the spy sees the reads inside');
  });

  it('10,000 ids in one list: each repeat reported once, pointing at the first', () => {
    const priorities = Array.from({ length: 10_000 }, (_, i) => `  - id: P${i % 5_000}\n    title: Priority ${i}\n`).join('');
    const text = CLEAN_SCS.replace(/priorities:\n(?: {2}.*\n)+/, `priorities:\n${priorities}`);
    const { engine } = workspace({ 'scs.md': text });
    const duplicates = engine.check('/ws/scs.md').filter((f) => f.rule === 'format/duplicate-id');
    strictEqual(duplicates.length, 5_000);
    const lines = new LineIndex(text);
    for (const [index, finding] of duplicates.entries()) {
      strictEqual(text.slice(finding.span.start, finding.span.end), `P${index}`);
      strictEqual(lines.positionAt(finding.span.start).line, 13 + 2 * (5_000 + index));
      strictEqual(lines.positionAt(finding.related![0].span.start).line, 13 + 2 * index);
    }
  });

  it('an unknown kind: format/unknown-kind on the value, with the kinds there are', () => {
    deepStrictEqual(check(CLEAN_SCS.replace('kind: sustainable-community-strategy', 'kind: parish-plan')), [
      {
        rule: 'format/unknown-kind',
        severity: 'error',
        range: [1, 6, 1, 17],
        message:
          '‘parish-plan’ is not a kind of strategy draft; use ‘sustainable-community-strategy’, ‘scs’, ‘local-area-agreement’, ‘laa’, ‘core-strategy’, ‘ldf-core-strategy’ or ‘housing-strategy’.',
      },
    ]);
  });

  it('an empty file is ordinary Markdown: no findings', () => {
    const { engine, check: seen } = workspace({ 'empty.md': '', 'blank.md': '\n\n', 'fence.md': '---' });
    deepStrictEqual([seen('empty.md'), seen('blank.md')], [[], []]);
    strictEqual(engine.workspace.draft('/ws/empty.md')?.isDraft, false);
    deepStrictEqual(engine.check('/ws/fence.md'), []);
  });

  it('the priority-section matcher finds ids as words exactly as a case-insensitive Unicode word pattern does', () => {
    const escape = (t: string) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const reference = (id: string, text: string) =>
      new RegExp(`(?<![\\p{L}\\p{N}_-])${escape(id)}(?![\\p{L}\\p{N}_-])`, 'iu').test(text);
    const alphabet = fc.constantFrom('a', 'B', 'c', '1', '2', '-', '_', ' ', '.', 'é', 'É', 'ß', 'Ω', '😀', '(', ')');
    const word = fc
      .array(alphabet, { minLength: 1, maxLength: 6 })
      .map((a) => a.join(''))
      .filter((w) => w.trim() === w && w !== '');
    fc.assert(
      fc.property(
        word,
        fc.array(alphabet, { maxLength: 20 }).map((a) => a.join('')),
        (id, heading) => {
          const matches = headingMatcher({ id, title: undefined });
          const sample = { depth: 2, text: heading, slug: '\u0000', span: { start: 0, end: 0 } };
          strictEqual(matches(sample), reference(id, heading), `${JSON.stringify(id)} in ${JSON.stringify(heading)}`);
        },
      ),
      { seed: 424242, numRuns: 500 },
    );
  });
});

describe('workspace trust: guidance files are data', () => {
  it('a configuration naming a .js (or other code) guidance file is refused with a positioned diagnostic, and the file is never read', () => {
    const config = 'guidance:\n  - local.yaml\n  - evil.js\n  - evil.MJS\n  - evil.yaml.cjs\n';
    const corpus =
      'sources:\n  L: {title: Local guidance}\npassages:\n  - {id: local-1, source: L, section: "1", sectionTitle: Scope, standing: local, text: Data only.}\n';
    const host = new SpyMemoryFileSystem({
      '/ws/.placeshaper.yaml': config,
      '/ws/local.yaml': corpus,
      '/ws/evil.js': 'process.exit(1)',
      '/ws/evil.MJS': 'x',
      '/ws/evil.yaml.cjs': 'x',
      '/ws/scs.md': CLEAN_SCS,
    });
    const engine = new Engine({ host, root: '/ws' });
    const problems = engine
      .configProblems('/ws/scs.md')
      .map((p) => [
        config.slice(p.span.start, p.span.end),
        new LineIndex(config).positionAt(p.span.start).line,
        p.severity,
        p.message,
      ]);
    deepStrictEqual(problems, [
      [
        'evil.js',
        2,
        'error',
        '‘evil.js’ was not loaded: use a data file (‘.json’, ‘.yaml’ or ‘.yml’), as guidance files are never code.',
      ],
      [
        'evil.MJS',
        3,
        'error',
        '‘evil.MJS’ was not loaded: use a data file (‘.json’, ‘.yaml’ or ‘.yml’), as guidance files are never code.',
      ],
      [
        'evil.yaml.cjs',
        4,
        'error',
        '‘evil.yaml.cjs’ was not loaded: use a data file (‘.json’, ‘.yaml’ or ‘.yml’), as guidance files are never code.',
      ],
    ]);
    engine.check('/ws/scs.md');
    ok(host.reads.includes('/ws/local.yaml'), 'the data file is read');
    deepStrictEqual(
      [...host.reads, ...host.asked].filter((p) => /evil/.test(p)),
      [],
    );
  });

  it('a configuration that is an alias bomb or nests too deeply is reported, not fatal', () => {
    const laughs =
      'a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n';
    const cases: [string, string, string][] = [
      [
        '.placeshaper.yaml',
        laughs,
        'This configuration file could not be read: it expands ‘*aliases’ more than 100 times; write the values out instead.',
      ],
      [
        '.placeshaper.yaml',
        `rules:\n  x: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n`,
        'This configuration file is not valid YAML: lists or maps are nested too deeply to be read: put fewer of them inside one another.',
      ],
      [
        '.placeshaper.json',
        `{"rules": ${'['.repeat(10_000)}${']'.repeat(10_000)}}`,
        'This configuration file is not valid JSON: lists or maps are nested too deeply to be read: put fewer of them inside one another.',
      ],
    ];
    for (const [name, text, message] of cases) {
      const { engine, check: seen } = workspace({ [name]: text, 'scs.md': CLEAN_SCS });
      deepStrictEqual([...new Set(engine.configProblems('/ws/scs.md').map((p) => p.message))], [message], name);
      deepStrictEqual(seen('scs.md'), [UNDELIVERED]);
    }
  });
});
