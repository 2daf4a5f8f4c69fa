// The language server as editors other than VS Code meet it: started by `placeshaper lsp`, without
// pull diagnostics or a client-side lens command, and with or without `window/showDocument`.
import { deepStrictEqual, ok, strictEqual } from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import type { CodeLens, Location, PublishDiagnosticsParams } from 'vscode-languageserver-protocol/node';
import { LINKED_DRAFTS } from '../support/linked-drafts';
import { LspSession, within } from '../support/lsp-session';
import { tempFolder } from '../support/temp-folder';
import { positionOf } from '../support/positions';

const CLI = path.resolve('dist/cli.js');
const ANSWER_MS = 15000;

/** What Neovim 0.7 says it can do: push diagnostics only, no file watching, no `window/showDocument`. */
const NEOVIM_07 = {
  workspace: { configuration: true, applyEdit: true, workspaceEdit: { resourceOperations: ['rename', 'create', 'delete'] } },
  textDocument: { publishDiagnostics: { relatedInformation: true, tagSupport: { valueSet: [1, 2] } }, codeLens: {} },
  window: { workDoneProgress: true, showMessage: { messageActionItem: { additionalPropertiesSupport: false } } },
};
/** The same, with `window/showDocument` (Neovim 0.8 and later, Helix, Zed). */
const WITH_SHOW_DOCUMENT = { ...NEOVIM_07, window: { ...NEOVIM_07.window, showDocument: { support: true } } };

/** A local area agreement with nothing but its kind: one problem, on the `kind` line. */
const INCOMPLETE_LAA = '---\nkind: laa\n---\n# An LAA\n';
const INCOMPLETE_LAA_PROBLEM = [
  'format/schema',
  { start: { line: 1, character: 0 }, end: { line: 1, character: 4 } },
  'The frontmatter lacks keys every local area agreement needs: add ‘title’, ‘authority’, ‘partnership’, ‘period’ and ‘status’.',
];

const summary = (p: PublishDiagnosticsParams) => p.diagnostics.map((d) => [d.code, d.range, d.message]);

/** The diagnostics last published for `file`, waiting for the first publication if none has come yet. */
async function publishedFor(session: LspSession, file: string): Promise<PublishDiagnosticsParams> {
  return session.diagnostics.get(session.uri(file)) ?? within(session.nextDiagnostics(file), ANSWER_MS, `diagnostics of ${file}`);
}

describe('language server for an editor without pull diagnostics (Neovim, Emacs, Helix)', function () {
  this.timeout(60000);
  let folder: ReturnType<typeof tempFolder>;
  let session: LspSession;

  before(async () => {
    folder = tempFolder({ ...LINKED_DRAFTS, 'laa/incomplete.md': INCOMPLETE_LAA });
    ({ session } = await LspSession.start(
      folder.dir,
      { validate: { debounce: 20 } },
      { capabilities: NEOVIM_07, command: [CLI, 'lsp'] },
    ));
  });
  after(async () => {
    await session?.stopSafely();
    folder?.cleanup();
  });

  it('pushes the problems of closed drafts, and nothing for the clean ones', async () => {
    deepStrictEqual(summary(await publishedFor(session, 'laa/incomplete.md')), [INCOMPLETE_LAA_PROBLEM]);
    for (const file of Object.keys(LINKED_DRAFTS))
      ok(!session.diagnostics.has(session.uri(file)), `${file} is clean: nothing published`);
  });

  it('clears a closed draft’s problems once it is fixed on disk', async () => {
    const cleared = session.nextDiagnostics('laa/incomplete.md', (p) => p.diagnostics.length === 0);
    writeFileSync(
      path.join(folder.dir, 'laa/incomplete.md'),
      LINKED_DRAFTS['laa/laa.md'].replace('T1', 'T7').replace('T2', 'T8'),
    );
    await within(cleared, ANSWER_MS, 'the fixed draft cleared');
  });

  it('shows a draft as it stands on disk once it is closed again', async () => {
    const opened = session.nextDiagnostics('laa/incomplete.md', (p) => p.diagnostics.length === 1);
    await session.open('laa/incomplete.md', INCOMPLETE_LAA, 1);
    deepStrictEqual(summary(await within(opened, ANSWER_MS, 'the open buffer’s problem')), [INCOMPLETE_LAA_PROBLEM]);
    // On disk the draft is whole: closing the buffer clears what it showed.
    const closed = session.nextDiagnostics('laa/incomplete.md');
    await session.close('laa/incomplete.md');
    deepStrictEqual((await within(closed, ANSWER_MS, 'the closed draft')).diagnostics, []);
  });

  it('runs the code lens command itself, listing the places in a message where the editor cannot open them', async () => {
    const text = LINKED_DRAFTS['scs/district.md'];
    const lenses = await session.request<CodeLens[]>('textDocument/codeLens', {
      textDocument: { uri: session.uri('scs/district.md') },
    });
    const [first] = lenses;
    strictEqual(first.command!.title, 'delivered by 1 objective, 1 housing priority');
    const shown = session.once<string>('shown');
    const result = await session.request<Location[]>('workspace/executeCommand', {
      command: first.command!.command,
      arguments: first.command!.arguments,
    });
    const core = LINKED_DRAFTS['ldf/core.md'];
    const housing = LINKED_DRAFTS['housing/housing.md'];
    const coreLine = positionOf(core, 'delivers: [D1]').line;
    const housingLine = positionOf(housing, 'supports: [D1').line;
    deepStrictEqual(
      result.map((l) => [path.relative(folder.dir, new URL(l.uri).pathname), l.range.start.line]),
      [
        ['ldf/core.md', coreLine],
        ['housing/housing.md', housingLine],
      ],
    );
    strictEqual(
      await within(shown, ANSWER_MS, 'the message'),
      `‘D1’ is delivered by objective O1 (ldf/core.md, line ${coreLine + 1}), housing priority H1 (housing/housing.md, line ${housingLine + 1}).`,
    );
    ok(positionOf(text, 'id: D1').line === first.range.start.line);
  });
});

describe('the code lens command in an editor that can open documents for the server', function () {
  this.timeout(60000);
  let folder: ReturnType<typeof tempFolder>;
  let session: LspSession;
  const county = LINKED_DRAFTS['scs/county.md'].replace(
    'evidence:\n',
    '  - {id: C3, title: Better jobs, principles: [sustainable-economy]}\nevidence:\n',
  );

  before(async () => {
    folder = tempFolder({ ...LINKED_DRAFTS, 'scs/county.md': county });
    ({ session } = await LspSession.start(folder.dir, { validate: { debounce: 20 } }, { capabilities: WITH_SHOW_DOCUMENT }));
  });
  after(async () => {
    await session?.stopSafely();
    folder?.cleanup();
  });

  const lensesOf = (file: string) =>
    session.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri: session.uri(file) } });
  const run = (lens: CodeLens) =>
    session.request<Location[]>('workspace/executeCommand', {
      command: lens.command!.command,
      arguments: lens.command!.arguments,
    });

  it('offers the places to choose from, then opens the one chosen', async () => {
    const asked: unknown[] = [];
    const showDocument: unknown[] = [];
    session.connection.onRequest('window/showMessageRequest', (params: { actions: { title: string }[] }) => {
      asked.push(params);
      return params.actions[1];
    });
    session.connection.onRequest('window/showDocument', (params) => {
      showDocument.push(params);
      return { success: true };
    });
    const [d1] = await lensesOf('scs/district.md');
    await run(d1);
    const housing = LINKED_DRAFTS['housing/housing.md'];
    const coreLine = positionOf(LINKED_DRAFTS['ldf/core.md'], 'delivers: [D1]').line;
    const at = positionOf(housing, 'supports: [D1', 11);
    deepStrictEqual(asked, [
      {
        type: 3,
        message: '‘D1’ is delivered by 2 places: which one should open?',
        actions: [
          { title: `objective O1 (ldf/core.md, line ${coreLine + 1})` },
          { title: `housing priority H1 (housing/housing.md, line ${at.line + 1})` },
        ],
      },
    ]);
    deepStrictEqual(showDocument, [
      {
        uri: session.uri('housing/housing.md'),
        selection: { start: at, end: { line: at.line, character: at.character + 2 } },
        takeFocus: true,
      },
    ]);
  });

  it('opens a single place at once', async () => {
    const showDocument: { uri: string }[] = [];
    session.connection.onRequest('window/showDocument', (params: { uri: string }) => {
      showDocument.push(params);
      return { success: true };
    });
    const [, d2] = await lensesOf('scs/district.md');
    strictEqual(d2.command!.title, 'delivered by 1 objective');
    await run(d2);
    deepStrictEqual(
      showDocument.map((p) => p.uri),
      [session.uri('ldf/core.md')],
    );
  });

  it('says that nothing delivers a priority, from a lens that any editor can run', async () => {
    const c3 = (await lensesOf('scs/county.md'))[2];
    deepStrictEqual(c3.command, {
      title: 'delivered by nothing yet',
      command: 'placeshaper.showReferences',
      arguments: [session.uri('scs/county.md'), c3.range.start, []],
    });
    const shown = session.once<string>('shown');
    deepStrictEqual(await run(c3), []);
    strictEqual(
      await within(shown, ANSWER_MS, 'the message'),
      'Nothing delivers ‘C3’ yet: no LAA target, Core Strategy objective or housing priority names it.',
    );
  });
});

describe('language server and configuration files', function () {
  this.timeout(60000);
  let folder: ReturnType<typeof tempFolder>;
  let session: LspSession;

  before(async () => {
    folder = tempFolder({ ...LINKED_DRAFTS, '.placeshaper.yaml': 'rules:\n  laa/indicator: warning\n' });
    ({ session } = await LspSession.start(folder.dir));
  });
  after(async () => {
    await session?.stopSafely();
    folder?.cleanup();
  });

  it('publishes nothing for a configuration file without problems, which the editor has not opened', async () => {
    const published = session.nextDiagnostics('laa/laa.md');
    await session.open('laa/laa.md', LINKED_DRAFTS['laa/laa.md']);
    await within(published, ANSWER_MS, 'the draft’s diagnostics');
    await session.recheck();
    ok(!session.diagnostics.has(session.uri('.placeshaper.yaml')));
  });

  it('publishes its problems once it has some, and clears them once they are fixed', async () => {
    const broken = session.nextDiagnostics('.placeshaper.yaml');
    writeFileSync(path.join(folder.dir, '.placeshaper.yaml'), 'rules:\n  laa/indicatr: warning\n');
    await session.watched([{ file: '.placeshaper.yaml', type: 2 }]);
    deepStrictEqual(
      (await within(broken, ANSWER_MS, 'the configuration problem')).diagnostics.map((d) => [d.code, d.range.start.line]),
      [['config/invalid', 1]],
    );
    const cleared = session.nextDiagnostics('.placeshaper.yaml');
    writeFileSync(path.join(folder.dir, '.placeshaper.yaml'), 'rules:\n  laa/indicator: warning\n');
    await session.watched([{ file: '.placeshaper.yaml', type: 2 }]);
    deepStrictEqual((await within(cleared, ANSWER_MS, 'the problem cleared')).diagnostics, []);
  });
});

describe('a workspace with more closed drafts in trouble than are pushed', function () {
  this.timeout(120000);
  let folder: ReturnType<typeof tempFolder>;
  let session: LspSession | undefined;

  after(async () => {
    await session?.stopSafely();
    folder?.cleanup();
  });

  it('pushes the problems of 1,000 closed drafts at most, and says so in the log', async () => {
    const files = Object.fromEntries(
      Array.from({ length: 1005 }, (_, i) => [`laa/laa-${String(i).padStart(4, '0')}.md`, INCOMPLETE_LAA]),
    );
    folder = tempFolder(files);
    const started = LspSession.start(folder.dir, { validate: { debounce: 20 } }, { capabilities: NEOVIM_07 });
    ({ session } = await started);
    const said =
      'Placeshaper shows the problems of 1000 closed drafts at most; open a draft to see its own, or run `placeshaper check` for all of them.';
    if (!session.log.includes(said))
      await within(
        session.once<string>('log', (line) => line === said),
        ANSWER_MS,
        'the log line',
      );
    strictEqual([...session.diagnostics.values()].filter((p) => p.diagnostics.length > 0).length, 1000);
  });
});

describe('placeshaper lsp and placeshaper-language-server on the command line', () => {
  const run = (...args: string[]) => spawnSync(process.execPath, args, { encoding: 'utf8', input: '' });

  it('`placeshaper lsp --help` and `placeshaper-language-server --help` say how to start them', () => {
    const help = run(CLI, 'lsp', '--help');
    strictEqual(help.status, 0);
    strictEqual(
      help.stdout,
      `Usage: placeshaper lsp [--stdio | --node-ipc | --socket=PORT | --pipe=NAME]

Starts the Placeshaper language server for any editor that speaks the Language Server Protocol,
over standard input and output unless another transport is named. Editors start it themselves:
the README's "Other editors" section shows how. --help shows this, --version the version.
`,
    );
    strictEqual(
      run(path.resolve('dist/server.js'), '--help').stdout,
      help.stdout.replace('placeshaper lsp', 'placeshaper-language-server'),
    );
  });

  it('say their version', () => {
    deepStrictEqual(
      [
        run(CLI, 'lsp', '--version').stdout,
        run(path.resolve('dist/server.js'), '--version').stdout,
        run(CLI, '--version').stdout,
      ],
      ['0.1.0\n', '0.1.0\n', '0.1.0\n'],
    );
  });

  it('refuse a port that is not one, with the usage, before opening anything', () => {
    const result = run(CLI, 'lsp', '--socket=http');
    strictEqual(result.status, 2);
    ok(
      result.stderr.startsWith(
        'placeshaper lsp: --socket needs a port number from 1 to 65535, not "http"\nUsage: placeshaper lsp [--stdio | --node-ipc | --socket=PORT | --pipe=NAME]\n',
      ),
      result.stderr,
    );
  });

  it('`placeshaper --help` lists the lsp command', () => {
    ok(run(CLI, '--help').stdout.includes('lsp [options...]'));
  });
});
