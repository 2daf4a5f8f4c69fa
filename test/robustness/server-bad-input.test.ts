import { deepStrictEqual, ok, strictEqual } from 'node:assert/strict';
import { existsSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Hover, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { LINKED_DRAFTS } from '../support/linked-drafts';
import { crlf } from '../support/harness';
import { CLEAN_SCS } from '../support/drafts';
import { tempFolder } from '../support/temp-folder';
import { LspSession, within } from '../support/lsp-session';
import { rangeProblem } from '../support/robustness';

/** How long an answer may take before the test fails (a limit on waiting, never a pause). */
const ANSWER_MS = 20000;

const laughs = [
  'a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]',
  ...['b', 'c', 'd', 'e', 'f', 'g'].map((name, i) => `${name}: &${name} [${Array(9).fill(`*${'abcdef'[i]}`).join(', ')}]`),
].join('\n');
const at = CLEAN_SCS.indexOf('## P1');
const inBody = (body: string) => `${CLEAN_SCS.slice(0, at)}${body}\n\n${CLEAN_SCS.slice(at)}`;

/** Each bad input, the rules the server must report for it (sorted), as a draft opened in the editor. */
const BAD_INPUTS: [string, string, string[]][] = [
  ['malformed YAML', CLEAN_SCS.replace('  type: county', '   type: county'), ['format/yaml-syntax']],
  ['frontmatter never closed', CLEAN_SCS.replace('---\n# Exampleshire', '# Exampleshire'), ['format/yaml-syntax']],
  ['alias bomb', CLEAN_SCS.replace('status: draft\n', `status: draft\n${laughs}\n`), ['format/yaml-syntax']],
  [
    '10,000-deep [[[[…]]]] in the frontmatter',
    CLEAN_SCS.replace('status: draft\n', `status: draft\nx: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n`),
    ['format/yaml-syntax'],
  ],
  [
    '10,000-deep - - - … in the frontmatter',
    CLEAN_SCS.replace('status: draft\n', `status: draft\nx:\n  ${'- '.repeat(10_000)}y\n`),
    ['format/yaml-syntax'],
  ],
  [
    '10,000-deep quotes, lists and images in the body',
    inBody(['>'.repeat(10_000), '- '.repeat(10_000) + 'x', '!['.repeat(10_000) + 'x' + '](a.png)'.repeat(10_000)].join('\n\n')),
    ['align/undelivered-priority'],
  ],
  ['binary', `---\nkind: scs\n---\n\u0000\u0001\u0002PNG\r\n\u001a\n`, []],
  [
    'invalid UTF-8, as decoded',
    Buffer.concat([
      Buffer.from(CLEAN_SCS.replace('title: Exampleshire', 'title: Caf')),
      Buffer.from([0xe9, 0xff]),
      Buffer.from('\n[x](./gone.md)\n'),
    ]).toString('utf8'),
    ['align/broken-link', 'align/undelivered-priority'],
  ],
  ['CRLF', crlf(CLEAN_SCS.replace('type: county', 'type: countty')), ['align/undelivered-priority', 'format/schema']],
  [
    'a lone CR',
    CLEAN_SCS.replace('## P1', 'Text.\rMore [x](./gone.md)\r\n## P1'),
    ['align/broken-link', 'align/undelivered-priority'],
  ],
  ['duplicate keys', CLEAN_SCS.replace('status: draft', 'status: draft\nstatus: adopted'), ['format/yaml-syntax']],
  [
    '10,000 ids',
    CLEAN_SCS.replace(
      /priorities:\n(?: {2}.*\n)+/,
      `priorities:\n${Array.from({ length: 10_000 }, (_, i) => `  - {id: P${i % 5_000}, title: Priority ${i}}\n`).join('')}`,
    ),
    ['align/undelivered-priority', 'format/duplicate-id', 'scs/priority-section', 'scs/sustainable-development'],
  ],
  ['an unknown kind', CLEAN_SCS.replace('kind: sustainable-community-strategy', 'kind: parish-plan'), ['format/unknown-kind']],
  ['an empty file', '', []],
];

describe('bad input: the language server', function () {
  this.timeout(120000);
  let folder: ReturnType<typeof tempFolder>;
  let session: LspSession;

  const hover = (file: string, line = 1, character = 2) =>
    session.requestWithin<Hover | null>(ANSWER_MS, 'textDocument/hover', {
      textDocument: { uri: session.uri(file) },
      position: { line, character },
    });
  /** The server still answers: a hover on a draft nobody broke. */
  const stillAnswers = async () => {
    const answer = await hover('scs/county.md');
    ok(answer && (answer.contents as { value: string }).value.includes('kind'), 'a hover on ‘kind’ of another draft');
    ok(session.alive, 'the server is running');
  };
  const diagnosticsOf = (file: string, accept: (p: PublishDiagnosticsParams) => boolean) =>
    within(session.nextDiagnostics(file, accept), ANSWER_MS, `diagnostics of ${file}`);

  before(async function () {
    if (!existsSync('dist/server.js')) throw new Error('dist/server.js is missing: run `npm run build` (npm test does)');
    folder = tempFolder(LINKED_DRAFTS);
    ({ session } = await LspSession.start(folder.dir));
  });

  after(async () => {
    await session?.stopSafely();
    folder?.cleanup();
  });

  for (const [name, text, expected] of BAD_INPUTS) {
    it(`${name}: ${expected.length ? expected.join(', ') : 'no diagnostics'}, every range in the document, and the server answers afterwards`, async () => {
      const file = `bad/${name.replace(/[^a-z0-9]+/gi, '-')}.md`;
      const published = diagnosticsOf(file, (p) => p.version === 1);
      await session.open(file, text, 1);
      const { diagnostics } = await published;
      deepStrictEqual([...new Set(diagnostics.map((d) => d.code))].sort(), expected);
      for (const d of diagnostics) strictEqual(rangeProblem(text, d.range), undefined, `${d.code} ${JSON.stringify(d.range)}`);
      await hover(file, 0, 0);
      await session.requestWithin(ANSWER_MS, 'textDocument/documentSymbol', { textDocument: { uri: session.uri(file) } });
      await stillAnswers();
      await session.close(file);
    });
  }

  it('a 50 MB draft: format/too-large, and a hover on another draft is answered meanwhile', async () => {
    const big = CLEAN_SCS + 'Some text about the partnership and its plans. '.repeat(1_100_000);
    ok(big.length > 50_000_000);
    writeFileSync(path.join(folder.dir, 'scs/big.md'), big);
    await session.watched([{ file: 'scs/big.md', type: 1 }]);
    const published = diagnosticsOf('scs/big.md', (p) => p.version === 1);
    await session.open('scs/big.md', big, 1);
    const answered = stillAnswers();
    const { diagnostics } = await published;
    await answered;
    // Only the frontmatter is read: P1's section in the body is not looked for.
    deepStrictEqual(
      diagnostics.map((d) => [d.code, d.range]),
      [
        ['format/too-large', { start: { line: 0, character: 0 }, end: { line: 0, character: 3 } }],
        ['align/undelivered-priority', { start: { line: 13, character: 8 }, end: { line: 13, character: 10 } }],
      ],
    );
    ok(String(diagnostics[0].message).startsWith('This draft is 51.7 MB, more than the 5.0 MB'), String(diagnostics[0].message));
    // An edit to the big draft is answered too, and the pull report of the closed one says the same.
    await session.changeRanges(
      'scs/big.md',
      [{ range: { start: { line: 27, character: 0 }, end: { line: 27, character: 4 } }, text: 'More' }],
      2,
    );
    await hover('scs/big.md', 1, 2);
    await session.recheck(ANSWER_MS);
    await session.close('scs/big.md');
    const report = await session.requestWithin<{ items: { code: string }[] }>(ANSWER_MS, 'textDocument/diagnostic', {
      textDocument: { uri: session.uri('scs/big.md') },
    });
    deepStrictEqual(
      report.items.map((d) => d.code),
      ['format/too-large', 'align/undelivered-priority'],
    );
    rmSync(path.join(folder.dir, 'scs/big.md'));
    await session.watched([{ file: 'scs/big.md', type: 3 }]);
    await stillAnswers();
  });

  it('a draft deleted on disk while open: no crash; once closed, its dependents report the broken link; restored, they are clean again', async () => {
    const county = LINKED_DRAFTS['scs/county.md'];
    await session.open('laa/laa.md', LINKED_DRAFTS['laa/laa.md'], 1);
    await session.open('scs/county.md', county, 1);
    rmSync(path.join(folder.dir, 'scs/county.md'));
    await session.watched([{ file: 'scs/county.md', type: 3 }]);
    // The open buffer still stands for the file: the editor keeps it.
    await stillAnswers();
    const broken = diagnosticsOf('laa/laa.md', (p) => p.diagnostics.some((d) => d.code === 'align/broken-link'));
    await session.close('scs/county.md');
    const lineOf = (needle: string) =>
      LINKED_DRAFTS['laa/laa.md'].slice(0, LINKED_DRAFTS['laa/laa.md'].indexOf(needle)).split('\n').length - 1;
    deepStrictEqual(
      (await broken).diagnostics.map((d) => [d.code, d.range.start.line]),
      [
        ['align/broken-link', lineOf('../scs/county.md')],
        ['align/broken-link', lineOf('[safer communities]')],
      ],
    );
    const clean = diagnosticsOf('laa/laa.md', (p) => p.diagnostics.length === 0);
    writeFileSync(path.join(folder.dir, 'scs/county.md'), county);
    await session.watched([{ file: 'scs/county.md', type: 1 }]);
    await clean;
    await session.close('laa/laa.md');
  });

  it('a draft renamed while open (delete + create, close + open): its dependents follow, and the server still answers', async () => {
    const county = LINKED_DRAFTS['scs/county.md'];
    await session.open('laa/laa.md', LINKED_DRAFTS['laa/laa.md'], 1);
    await session.open('scs/county.md', county, 1);
    const broken = diagnosticsOf('laa/laa.md', (p) => p.diagnostics.some((d) => d.code === 'align/broken-link'));
    renameSync(path.join(folder.dir, 'scs/county.md'), path.join(folder.dir, 'scs/county-2020.md'));
    await session.watched([
      { file: 'scs/county.md', type: 3 },
      { file: 'scs/county-2020.md', type: 1 },
    ]);
    await session.close('scs/county.md');
    await session.open('scs/county-2020.md', county, 1);
    deepStrictEqual(
      (await broken).diagnostics.map((d) => d.code),
      ['align/broken-link', 'align/broken-link'],
    );
    // The LAA is pointed at the new name: clean again.
    const clean = diagnosticsOf('laa/laa.md', (p) => p.version === 2 && p.diagnostics.length === 0);
    await session.change('laa/laa.md', LINKED_DRAFTS['laa/laa.md'].replaceAll('../scs/county.md', '../scs/county-2020.md'), 2);
    await clean;
    await hover('scs/county-2020.md');
    // And back, so that the other tests find the workspace as it was.
    await session.close('scs/county-2020.md');
    await session.close('laa/laa.md');
    renameSync(path.join(folder.dir, 'scs/county-2020.md'), path.join(folder.dir, 'scs/county.md'));
    await session.watched([
      { file: 'scs/county-2020.md', type: 3 },
      { file: 'scs/county.md', type: 1 },
    ]);
    await stillAnswers();
  });

  it('versions out of order or repeated (5, then 3, then 3 again): no crash, nothing published for a version older than the newest', async () => {
    const file = 'housing/housing.md';
    const text = LINKED_DRAFTS[file];
    const seen: PublishDiagnosticsParams[] = [];
    const uri = session.uri(file);
    const opened = diagnosticsOf(file, (p) => p.version === 1);
    await session.open(file, text, 1);
    await opened;
    const stop = session.onDiagnostics((p) => {
      if (p.uri === uri) seen.push(p);
    });
    try {
      await session.change(file, text.replace('[D1, D3]', '[D1, X5]'), 5);
      await session.change(file, text.replace('[D1, D3]', '[D1, X3]'), 3);
      await session.change(file, text.replace('[D1, D3]', '[D1, Y3]'), 3);
      await session.recheck(ANSWER_MS);
      await hover(file);
      // A newer version is published again, with its own text.
      const latest = diagnosticsOf(file, (p) => p.version === 6);
      await session.change(file, text.replace('[D1, D3]', '[D1, X6]'), 6);
      const { diagnostics } = await latest;
      deepStrictEqual(
        diagnostics.map((d) => [d.code, String(d.message).includes('‘X6’')]),
        [['align/unknown-priority', true]],
      );
    } finally {
      stop();
    }
    deepStrictEqual(
      seen.filter((p) => (p.version ?? 0) < 5).map((p) => p.version),
      [],
    );
    await stillAnswers();
    await session.close(file);
  });

  it('logged no error', () => {
    deepStrictEqual(session.errors(), []);
  });
});
