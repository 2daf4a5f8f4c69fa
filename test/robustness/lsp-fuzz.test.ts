import { deepStrictEqual, ok } from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { DocumentSymbol, Hover, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { Engine } from '../../server/src/engine/engine';
import { NodeFileSystem } from '../../server/src/engine/node';
import { LspSession, within } from '../support/lsp-session';
import { draftsUnder, exampleCopy, rangeProblem } from '../support/robustness';

/**
 * Random edits through the real protocol: the bundled server, a copy of the example
 * workspaces, realistic drafts opened and edited with fragments that mean something to
 * Markdown and YAML. `npm test` runs a CI-sized share; `npm run fuzz` raises the count with
 * PLACESHAPER_FUZZ_EDITS (and picks a seed, PLACESHAPER_FUZZ_SEED, unless given one).
 */
const EDITS = Number(process.env.PLACESHAPER_FUZZ_EDITS ?? 600);
const SEED = Number(process.env.PLACESHAPER_FUZZ_SEED ?? 20261121);
const LONG_RUN = process.env.PLACESHAPER_FUZZ_EDITS !== undefined;
/** Edits per run: each run opens one or two drafts, edits them, then closes them. */
const EDITS_PER_RUN = 15;
/** How long a request may go unanswered before the test fails. */
const ANSWER_MS = 15000;

const FRAGMENTS = [
  '---',
  '---\n',
  '\n---\n',
  ':',
  ': ',
  '- ',
  '  - ',
  '#',
  '# ',
  '## ',
  '\n## New section\n',
  '[',
  ']',
  '](',
  ')',
  '[link](../scs/exampleshire-scs.md#safer-communities)',
  '](./missing.md)',
  '```',
  '```\n',
  '~~~\n',
  '<!--',
  '-->',
  '<!-- placeshaper-disable -->',
  '<!-- placeshaper-enable -->',
  'placeshaper-disable',
  'placeshaper-disable-next-line',
  '<!-- placeshaper-disable-next-line align/broken-link -->\n',
  '# placeshaper-disable-next-line format/schema\n',
  '\r\n',
  '\n',
  '\r',
  '\t',
  '    ',
  '\n\n',
  'é',
  'Ω',
  'ﬁ',
  '😀',
  '\u200b',
  '\u0301',
  '\uFEFF',
  '\u0000',
  '{',
  '}',
  '[',
  ']',
  ',',
  '"',
  "'",
  '|',
  '>',
  '>-',
  '*',
  '**',
  '_',
  '&anchor ',
  '*anchor',
  '!!str ',
  '? ',
  'kind: ',
  'kind: scs\n',
  'kind: laa\n',
  'id: ',
  'priority: ',
  'delivers: [',
  'supports: [safer-communities]',
  'NI 16',
  'NI 31',
  'NI 999',
  'status: adopted\n',
  'version: 2\n',
  'related:\n  scs: ../scs/exampleshire-scs.md\n',
  'priorities:\n  - id: new-priority\n    title: New\n',
  'targets:\n  - id: T9\n    indicator: NI 16\n',
];

const text = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...FRAGMENTS) },
  {
    weight: 3,
    arbitrary: fc.array(fc.constantFrom(...FRAGMENTS), { minLength: 2, maxLength: 5 }).map((parts) => parts.join('')),
  },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
);

const edit = fc.record({
  /** `reset` sends the whole original text (a change without a range), as after undoing everything. */
  op: fc.constantFrom('insert', 'insert', 'insert', 'delete', 'delete', 'replace', 'replace', 'replace', 'reset'),
  /** Where, as a share of the text's length: anywhere, or in the frontmatter or near it. */
  at: fc.oneof(
    { weight: 3, arbitrary: fc.double({ min: 0, max: 1, noNaN: true }) },
    { weight: 1, arbitrary: fc.double({ min: 0, max: 0.2, noNaN: true }) },
  ),
  /** Most edits leave the opening fence alone, so that most drafts stay drafts for a while. */
  fence: fc.nat({ max: 15 }).map((n) => n === 0),
  /** How much a delete or replace removes: mostly a few characters, sometimes lines. */
  length: fc.oneof({ weight: 4, arbitrary: fc.nat({ max: 6 }) }, { weight: 1, arbitrary: fc.nat({ max: 120 }) }),
  text,
});

type Step = {
  document: number;
  edit: { op: string; at: number; fence: boolean; length: number; text: string };
  then?: 'hover' | 'completion' | 'documentSymbol' | 'recheck';
};

/** An edit, then perhaps a request (awaited), or a re-check whose diagnostics are awaited. */
const step: fc.Arbitrary<Step> = fc.record({
  document: fc.nat({ max: 1 }),
  edit,
  then: fc.constantFrom(undefined, undefined, 'hover', 'completion', 'documentSymbol', 'recheck', 'recheck'),
});

describe('fuzzing the language server through the protocol', function () {
  const runs = Math.ceil(EDITS / EDITS_PER_RUN);
  this.timeout(Math.max(120000, EDITS * 100));
  let folder: ReturnType<typeof exampleCopy>;
  let session: LspSession | undefined;
  let drafts: string[];
  /** The engine in this process, over the same folder: what the server should find. */
  let engine: Engine;
  const totals = { edits: 0, requests: 0, diagnostics: 0, runs: 0 };

  const start = async () => {
    await session?.stopSafely();
    ({ session } = await LspSession.start(folder.dir, { validate: { debounce: 0 } }));
    return session!;
  };

  before(async function () {
    if (!existsSync('dist/server.js')) throw new Error('dist/server.js is missing: run `npm run build` (npm test does)');
    folder = exampleCopy();
    drafts = draftsUnder(folder.dir);
    engine = new Engine({ host: new NodeFileSystem(), root: folder.dir });
    await start();
  });

  after(async () => {
    await session?.stopSafely();
    folder?.cleanup();
    if (LONG_RUN)
      console.log(
        `fuzz: ${totals.edits} edits in ${totals.runs} runs (${totals.requests} requests answered, ${totals.diagnostics} diagnostics checked), seed ${SEED}`,
      );
  });

  it(`survives ${runs * EDITS_PER_RUN} random edits with every request answered and every diagnostic in range (seed ${SEED})`, async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(fc.constantFrom(...drafts), { minLength: 1, maxLength: 2 }),
        fc.array(step, { minLength: EDITS_PER_RUN, maxLength: EDITS_PER_RUN }),
        async (files, steps) => {
          const server = session?.alive ? session : await start();
          const problems: string[] = [];
          const documents = new Map<string, { document: TextDocument; texts: Map<number, string>; published: number }>();
          // With one draft open, the server's diagnostics must be the engine's own, placed as the editor counts lines.
          const oracle = files.length === 1 ? engine : undefined;
          const stopListening = server.onDiagnostics((params: PublishDiagnosticsParams) => {
            const [file, state] = [...documents.entries()].find(([f]) => server.uri(f) === params.uri) ?? [];
            if (!file || !state) return;
            if (params.version === undefined || params.version === null) {
              // Only the clearing on close may go without a version.
              if (params.diagnostics.length) problems.push(`diagnostics for ${params.uri} name no version`);
              return;
            }
            const versionText = state.texts.get(params.version);
            if (versionText === undefined)
              return void problems.push(`diagnostics for ${params.uri} name version ${params.version}, never sent`);
            if (params.version < state.published)
              problems.push(`diagnostics for version ${params.version} of ${params.uri} came after version ${state.published}`);
            state.published = params.version;
            if (params.diagnostics.length) totals.diagnostics++;
            for (const diagnostic of params.diagnostics) {
              const problem = rangeProblem(versionText, diagnostic.range);
              if (problem)
                problems.push(
                  `${diagnostic.code} in version ${params.version} of ${params.uri}: ${problem} (${JSON.stringify(diagnostic.range)})`,
                );
            }
            // A text that starts with U+FEFF is read without it (as a byte-order mark), so its first line is one shorter.
            if (oracle && !versionText.startsWith('\uFEFF')) {
              const filePath = path.join(folder.dir, file);
              oracle.workspace.open(filePath, versionText, params.version);
              const lines = TextDocument.create(params.uri, 'markdown', params.version, versionText);
              const expected = oracle.check(filePath).map((f) => ({
                code: f.rule,
                message: f.message,
                range: { start: lines.positionAt(f.span.start), end: lines.positionAt(f.span.end) },
              }));
              const actual = params.diagnostics.map((d) => ({ code: d.code, message: d.message, range: d.range }));
              if (JSON.stringify(actual) !== JSON.stringify(expected))
                problems.push(
                  `version ${params.version} of ${file}: the server published ${JSON.stringify(actual)}, the engine finds ${JSON.stringify(expected)}`,
                );
            }
          });
          const answers: Promise<void>[] = [];
          const ask = (method: string, file: string, offset: number) => {
            const { document } = documents.get(file)!;
            const version = document.version;
            const snapshot = document.getText();
            const position = document.positionAt(offset);
            const params =
              method === 'textDocument/documentSymbol'
                ? { textDocument: { uri: server.uri(file) } }
                : { textDocument: { uri: server.uri(file) }, position };
            totals.requests++;
            answers.push(
              server.requestWithin<unknown>(ANSWER_MS, method, params).then((answer) => {
                if (method === 'textDocument/hover' && answer) {
                  const range = (answer as Hover).range;
                  const problem = range && rangeProblem(snapshot, range);
                  if (problem) problems.push(`hover range in version ${version} of ${file}: ${problem}`);
                }
                if (method === 'textDocument/documentSymbol') {
                  const walk = (symbols: DocumentSymbol[]): void =>
                    symbols.forEach((s) => {
                      const problem = rangeProblem(snapshot, s.range) ?? rangeProblem(snapshot, s.selectionRange);
                      if (problem) problems.push(`symbol ${s.name} in version ${version} of ${file}: ${problem}`);
                      walk(s.children ?? []);
                    });
                  walk((answer ?? []) as DocumentSymbol[]);
                }
              }),
            );
          };
          try {
            for (const file of files) {
              const initial = readFileSync(path.join(folder.dir, file), 'utf8');
              documents.set(file, {
                document: TextDocument.create(server.uri(file), 'markdown', 1, initial),
                texts: new Map([[1, initial]]),
                published: 0,
              });
              await server.open(file, initial, 1);
            }
            for (const { document: which, edit: e, then } of steps) {
              const file = files[which % files.length];
              const state = documents.get(file)!;
              const before = state.document.getText();
              const spared = e.fence ? 0 : Math.min(before.length, before.startsWith('---\n') ? 4 : 0);
              const at = spared + Math.min(before.length - spared, Math.floor(e.at * (before.length - spared + 1)));
              const end = e.op === 'insert' ? at : Math.min(before.length, at + e.length);
              const range = { start: state.document.positionAt(at), end: state.document.positionAt(end) };
              const change = e.op === 'reset' ? { text: state.texts.get(1)! } : { range, text: e.op === 'delete' ? '' : e.text };
              const version = state.document.version + 1;
              state.document = TextDocument.update(state.document, [change], version);
              state.texts.set(version, state.document.getText());
              await server.connection.sendNotification('textDocument/didChange', {
                textDocument: { uri: server.uri(file), version },
                contentChanges: [change],
              });
              totals.edits++;
              if (then === 'recheck') await server.recheck(ANSWER_MS);
              else if (then) ask(`textDocument/${then}`, file, Math.floor(e.at * (state.document.getText().length + 1)));
            }
            await Promise.all(answers);
            // Afterwards the server still answers, on the draft it was given last.
            const last = files[steps[steps.length - 1].document % files.length];
            answers.length = 0;
            ask('textDocument/hover', last, 0);
            await Promise.all(answers);
            for (const file of files) {
              const cleared = server.nextDiagnostics(file, (p) => p.diagnostics.length === 0 && p.version === undefined);
              await server.close(file);
              await within(cleared, ANSWER_MS, `the diagnostics of ${file} cleared on close`);
            }
          } finally {
            for (const file of files) engine.workspace.close(path.join(folder.dir, file));
            stopListening();
            totals.runs++;
          }
          ok(server.alive, 'the server is still running');
          deepStrictEqual(problems, []);
          deepStrictEqual(server.errors(), []);
        },
      ),
      { seed: SEED, numRuns: runs },
    );
    ok(totals.diagnostics > 0, 'some diagnostics were published and checked');
  });
});
