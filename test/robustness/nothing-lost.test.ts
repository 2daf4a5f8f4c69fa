import { deepStrictEqual, ok, strictEqual } from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type {
  CodeAction,
  Diagnostic,
  DocumentSymbol,
  PublishDiagnosticsParams,
  TextEdit,
  WorkspaceEdit,
} from 'vscode-languageserver-protocol';
import { LspSession, within } from '../support/lsp-session';
import { draftsUnder, listing, rangeProblem } from '../support/robustness';

const ANSWER_MS = 20000;
const BIN = path.resolve('dist/cli.js');

type Variant = 'LF' | 'CRLF' | 'BOM';

/** A copy of examples/faults with every text file as the variant has it on disk. */
function faultsAs(variant: Variant): { dir: string; cleanup(): void } {
  const dir = mkdtempSync(path.join(tmpdir(), `placeshaper-lost-${variant}-`));
  cpSync(path.resolve('examples/faults'), dir, { recursive: true });
  for (const file of [...draftsUnder(dir), '.placeshaper.yaml']) {
    const text = readFileSync(path.join(dir, file), 'utf8');
    if (variant === 'CRLF') writeFileSync(path.join(dir, file), text.replace(/\r?\n/g, '\r\n'));
    if (variant === 'BOM' && file.endsWith('.md')) writeFileSync(path.join(dir, file), `\uFEFF${text}`);
  }
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * Applies edits to a text as an editor does, after checking that each is well formed: its
 * range lies within the text and does not split a CRLF, and its new text uses the text's own
 * line ending. Returns the result, built from the untouched stretches and the new texts alone,
 * so that every byte outside the ranges is kept by construction, and checked against the editor's own application.
 */
function applyChecked(text: string, edits: readonly TextEdit[], what: string): string {
  const crlf = text.includes('\r\n');
  const lines = TextDocument.create('file:///x.md', 'markdown', 0, text);
  const spans = edits
    .map((e) => {
      strictEqual(rangeProblem(text, e.range), undefined, `${what}: ${JSON.stringify(e.range)}`);
      const start = lines.offsetAt(e.range.start);
      const end = lines.offsetAt(e.range.end);
      for (const at of [start, end]) ok(!(text[at - 1] === '\r' && text[at] === '\n'), `${what}: an edit splits a CRLF at ${at}`);
      if (crlf) ok(!/(?<!\r)\n/.test(e.newText), `${what}: a bare LF inserted into a CRLF text: ${JSON.stringify(e.newText)}`);
      else ok(!e.newText.includes('\r'), `${what}: a CR inserted into an LF text: ${JSON.stringify(e.newText)}`);
      return { start, end, newText: e.newText };
    })
    .sort((a, b) => a.start - b.start || a.end - b.end);
  for (let i = 1; i < spans.length; i++) ok(spans[i].start >= spans[i - 1].end, `${what}: edits overlap`);
  let result = '';
  let kept = 0;
  for (const span of spans) {
    result += text.slice(kept, span.start) + span.newText;
    kept = span.end;
  }
  result += text.slice(kept);
  strictEqual(TextDocument.applyEdits(lines, [...edits]), result, `${what}: the editor applies the edits the same way`);
  if (crlf) ok(!/(?<!\r)\n/.test(result), `${what}: the result mixes line endings`);
  return result;
}

for (const variant of ['LF', 'CRLF', 'BOM'] as const) {
  describe(`nothing lost: every edit the server proposes on examples/faults changes only its range (${variant})`, function () {
    this.timeout(120000);
    let folder: ReturnType<typeof faultsAs>;
    let session: LspSession;
    let drafts: string[];
    /** A draft as the editor sends it: without a byte-order mark (VS Code strips it on reading). */
    const editorText = (file: string) => readFileSync(path.join(folder.dir, file), 'utf8').replace(/^\uFEFF/, '');

    before(async function () {
      if (!existsSync('dist/server.js')) throw new Error('dist/server.js is missing: run `npm run build` (npm test does)');
      folder = faultsAs(variant);
      drafts = draftsUnder(folder.dir);
      ({ session } = await LspSession.start(folder.dir));
    });

    after(async () => {
      await session?.stopSafely();
      folder?.cleanup();
    });

    it('every quick fix and every fix-all; fix-all is idempotent (applied, a second one offers nothing)', async () => {
      let quickFixes = 0;
      let fixAlls = 0;
      for (const file of drafts) {
        const uri = session.uri(file);
        const text = editorText(file);
        const published = within(
          session.nextDiagnostics(file, (p) => p.version === 1),
          ANSWER_MS,
          file,
        );
        await session.open(file, text, 1);
        const { diagnostics } = (await published) as PublishDiagnosticsParams;
        for (const diagnostic of diagnostics) {
          const actions = await session.requestWithin<CodeAction[]>(ANSWER_MS, 'textDocument/codeAction', {
            textDocument: { uri },
            range: diagnostic.range,
            context: { diagnostics: [diagnostic] },
          });
          for (const action of actions) {
            if (action.title.startsWith('Turn off')) {
              // The one action that edits another file: the configuration, which keeps every line it had.
              const config = session.uri('.placeshaper.yaml');
              deepStrictEqual(
                Object.keys(action.edit?.changes ?? {}),
                [config],
                `${file}: ${action.title} edits the configuration alone`,
              );
              const before = readFileSync(path.join(folder.dir, '.placeshaper.yaml'), 'utf8');
              const after = applyChecked(before, action.edit!.changes![config], `${file}: ${action.title}`);
              const kept = before.split(/\r?\n/).filter((line) => line.trim());
              deepStrictEqual(
                after.split(/\r?\n/).filter((line) => kept.includes(line)),
                kept,
                `${file}: ${action.title} keeps the file`,
              );
              ok(after.includes(`  ${diagnostic.code}: "off"`), `${file}: ${action.title} turns the rule off`);
              continue;
            }
            deepStrictEqual(Object.keys(action.edit?.changes ?? {}), [uri], `${file}: ${action.title} edits this draft alone`);
            applyChecked(text, action.edit!.changes![uri], `${file}: ${action.title}`);
            quickFixes++;
          }
        }
        const fixAll = await session.requestWithin<CodeAction[]>(ANSWER_MS, 'textDocument/codeAction', {
          textDocument: { uri },
          range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
          context: { diagnostics: [], only: ['source.fixAll'] },
        });
        if (fixAll.length) {
          fixAlls++;
          const once = applyChecked(text, fixAll[0].edit!.changes![uri], `${file}: fix-all`);
          await session.change(file, once, 2);
          const again = await session.requestWithin<CodeAction[]>(ANSWER_MS, 'textDocument/codeAction', {
            textDocument: { uri },
            range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
            context: { diagnostics: [], only: ['source.fixAll'] },
          });
          deepStrictEqual(again, [], `${file}: a second fix-all offers nothing`);
          const fixed = new Set(fixAll[0].diagnostics!.map((d: Diagnostic) => `${d.code} ${d.message}`));
          // Published by now for the fixed text (or, unchanged, still those of the first).
          await session.recheck(ANSWER_MS);
          const remaining = session.diagnostics.get(uri)?.diagnostics ?? [];
          deepStrictEqual(
            remaining.filter((d) => fixed.has(`${d.code} ${d.message}`)),
            [],
            `${file}: what fix-all fixed stays fixed`,
          );
        }
        await session.close(file);
      }
      ok(quickFixes >= 40, `${quickFixes} quick fixes checked`);
      ok(fixAlls >= 10, `${fixAlls} fix-alls checked`);
      deepStrictEqual(session.errors(), []);
    });

    it('every rename of every priority, objective and target id, across every draft that names it', async () => {
      let renames = 0;
      for (const file of drafts) {
        const symbols = await session.requestWithin<DocumentSymbol[]>(ANSWER_MS, 'textDocument/documentSymbol', {
          textDocument: { uri: session.uri(file) },
        });
        // Groups (namespaces) of priorities (keys), objectives (methods) and targets (constants).
        const ids = symbols
          .filter((s) => s.kind === 3)
          .flatMap((s) => s.children ?? [])
          .filter((s) => [20, 6, 14].includes(s.kind));
        for (const symbol of ids) {
          const params = { textDocument: { uri: session.uri(file) }, position: symbol.selectionRange.start };
          const prepared = await session
            .requestWithin<{ placeholder: string } | null>(ANSWER_MS, 'textDocument/prepareRename', params)
            .catch(() => null);
          if (!prepared) continue;
          const newName = `${prepared.placeholder}-renamed`;
          const edit = await session.requestWithin<WorkspaceEdit>(ANSWER_MS, 'textDocument/rename', { ...params, newName });
          for (const [uri, edits] of Object.entries(edit.changes ?? {})) {
            const target = path.relative(folder.dir, new URL(uri).pathname).split(path.sep).join('/');
            const text = editorText(target);
            const lines = TextDocument.create(uri, 'markdown', 0, text);
            for (const e of edits) {
              strictEqual(
                text.slice(lines.offsetAt(e.range.start), lines.offsetAt(e.range.end)),
                prepared.placeholder,
                `${target}: the range covers the id`,
              );
              strictEqual(e.newText, newName);
            }
            applyChecked(text, edits, `${target}: rename ${prepared.placeholder}`);
          }
          renames++;
        }
      }
      ok(renames >= 30, `${renames} renames checked`);
    });

    if (variant !== 'LF') {
      it('the CLI reads the drafts as they are and never writes', () => {
        const before = listing(folder.dir);
        const result = spawnSync(process.execPath, [BIN, 'check'], {
          cwd: folder.dir,
          encoding: 'utf8',
          env: { ...process.env, PLACESHAPER_TODAY: '2026-11-21' },
        });
        strictEqual(result.status, 1);
        strictEqual(result.stderr, '');
        deepStrictEqual(listing(folder.dir), before);
        // The same diagnostics at the same lines and columns as the LF workspace (test/golden/faults.txt).
        const golden = readFileSync(path.resolve('test/golden/faults.txt'), 'utf8').replaceAll('examples/faults/', '');
        strictEqual(result.stdout, golden);
      });
    }
  });
}
