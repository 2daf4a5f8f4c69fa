// The server with clients other than VS Code: ones that refuse what the server asks of them, send
// malformed messages, cannot watch files, or open drafts without a workspace folder.
import * as assert from 'node:assert/strict';
import { deepStrictEqual, ok, strictEqual } from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Hover, WorkspaceEdit } from 'vscode-languageserver-protocol/node';
import { LINKED_DRAFTS } from '../support/linked-drafts';
import { tempFolder } from '../support/temp-folder';
import { LspSession, within } from '../support/lsp-session';
import { positionOf } from '../support/positions';

const ANSWER_MS = 20_000;

/** Capabilities of a client such as Neovim 0.7: no dynamic file watching, no progress, no pull diagnostics. */
const PLAIN_CLIENT = {
  workspace: { configuration: true, workspaceFolders: true },
  textDocument: { publishDiagnostics: { relatedInformation: true, versionSupport: true } },
};

describe('language server with a client that refuses what it asks', function () {
  this.timeout(60_000);
  let folder: ReturnType<typeof tempFolder>;
  let session: LspSession;

  before(async () => {
    folder = tempFolder(LINKED_DRAFTS);
    const refuse = ['client/registerCapability', 'window/workDoneProgress/create', 'workspace/diagnostic/refresh'];
    ({ session } = await LspSession.start(
      folder.dir,
      { rules: { 'align/housing-link': 'off', 'scs/priority-section': 'hint' } },
      { refuse, waitForIndex: false },
    ));
  });

  after(async () => {
    await session?.stopSafely();
    folder?.cleanup();
  });

  it('still loads the settings, indexes the workspace and publishes diagnostics, saying once what it went without', async () => {
    const text = LINKED_DRAFTS['scs/district.md'].replace('## D3 An involved community', '## Elsewhere');
    // The settings make scs/priority-section a hint: they are loaded although the registration was refused.
    const published = session.nextDiagnostics('scs/district.md', (p) => p.diagnostics.some((d) => d.severity === 4));
    await session.open('scs/district.md', text, 1);
    const { diagnostics } = await within(published, ANSWER_MS, 'diagnostics with the settings applied');
    deepStrictEqual(
      diagnostics.map((d) => [d.code, d.severity]),
      [['scs/priority-section', 4]],
    );
    // Editing it makes the server ask for a refresh, which is refused too.
    const refreshed = session.once('workspace/diagnostic/refresh');
    await session.change('scs/district.md', text.replace('## Elsewhere', '## Elsewhere, still'), 2);
    await within(refreshed, ANSWER_MS, 'refresh');
    await session.requestWithin(ANSWER_MS, 'textDocument/hover', {
      textDocument: { uri: session.uri('scs/district.md') },
      position: { line: 1, character: 2 },
    });
    ok(session.alive);
    const refusals = session.log.filter((line) => line.startsWith('The editor refused'));
    deepStrictEqual(refusals.map((line) => line.split('`')[1]).sort(), [
      'client/registerCapability',
      'window/workDoneProgress/create',
      'workspace/diagnostic/refresh',
    ]);
  });
});

describe('language server given malformed messages', function () {
  this.timeout(60_000);
  let folder: ReturnType<typeof tempFolder>;
  let session: LspSession;

  before(async () => {
    folder = tempFolder(LINKED_DRAFTS);
    ({ session } = await LspSession.start(folder.dir));
  });

  after(async () => {
    await session?.stopSafely();
    folder?.cleanup();
  });

  it('logs and drops a didOpen without text or with a number for it, and a change with a broken range, and carries on', async () => {
    const uri = session.uri('bad/odd.md');
    await session.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId: 'markdown', version: 1 },
    });
    await session.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri: session.uri('bad/number.md'), languageId: 'markdown', version: 1, text: 42 },
    });
    await session.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: { line: -1 } }, text: 'x' }],
    });
    await session.watched([{ file: 'scs/district.md', type: 2 }]);
    const laa = LINKED_DRAFTS['laa/laa.md'];
    const published = session.nextDiagnostics('laa/laa.md', (p) => p.version === 2);
    await session.open('laa/laa.md', laa, 1);
    await session.change('laa/laa.md', laa.replace('indicator: NI 186', 'indicator: NI 31'), 2);
    deepStrictEqual(
      (await within(published, ANSWER_MS, 'diagnostics')).diagnostics.map((d) => d.code),
      ['laa/indicator'],
    );
    ok(session.alive, 'the server is running');
    deepStrictEqual(
      session.log.filter((l) => l.startsWith('Placeshaper dropped a malformed')).map((l) => l.split('`')[1]),
      ['textDocument/didOpen', 'textDocument/didOpen', 'textDocument/didChange'],
    );
    deepStrictEqual(
      session.log.filter((l) => /internal error/.test(l)),
      [],
    );
  });
});

describe('language server with a client that cannot watch files', function () {
  this.timeout(60_000);
  let folder: ReturnType<typeof tempFolder>;
  let session: LspSession;

  before(async () => {
    folder = tempFolder(LINKED_DRAFTS);
    ({ session } = await LspSession.start(folder.dir, undefined, { capabilities: PLAIN_CLIENT, waitForIndex: false }));
  });

  after(async () => {
    await session?.stopSafely();
    folder?.cleanup();
  });

  it('watches the workspace itself: a draft created on disk counts, and a configuration file written takes effect', async () => {
    const county = LINKED_DRAFTS['scs/county.md']
      .replace('## C2 Greener economy', '## C2 Greener economy\n\n## C3 Healthy lives')
      .replace(
        '    principles: [sustainable-economy, living-within-environmental-limits, sound-science]\n',
        '    principles: [sustainable-economy, living-within-environmental-limits, sound-science]\n  - id: C3\n    title: Healthy lives\n',
      );
    const undelivered = session.nextDiagnostics('scs/county.md', (p) =>
      p.diagnostics.some((d) => d.code === 'align/undelivered-priority'),
    );
    await session.open('scs/county.md', county, 1);
    const before = await within(undelivered, ANSWER_MS, 'C3 reported undelivered');
    deepStrictEqual(
      before.diagnostics.filter((d) => d.code === 'align/undelivered-priority').map((d) => d.range.start.line),
      [positionOf(county, 'id: C3').line],
    );
    // Another editor (or git) writes a second LAA that delivers C3; nobody tells the server.
    const delivered = session.nextDiagnostics(
      'scs/county.md',
      (p) => !p.diagnostics.some((d) => d.code === 'align/undelivered-priority'),
    );
    mkdirSync(path.join(folder.dir, 'laa2'));
    writeFileSync(path.join(folder.dir, 'laa2/second.md'), LINKED_DRAFTS['laa/laa.md'].replace('priority: C2', 'priority: C3'));
    await within(delivered, ANSWER_MS, 'C3 delivered by the new LAA');
    // A configuration file written on disk turns a rule off.
    const configured = session.nextDiagnostics('scs/county.md', (p) =>
      p.diagnostics.every((d) => d.code !== 'scs/priority-section'),
    );
    const withoutSection = county.replace('## C3 Healthy lives', '## Somewhere else');
    await session.change('scs/county.md', withoutSection, 2);
    await within(
      session.nextDiagnostics('scs/county.md', (p) => p.diagnostics.some((d) => d.code === 'scs/priority-section')),
      ANSWER_MS,
      'priority-section',
    );
    writeFileSync(path.join(folder.dir, '.placeshaper.yaml'), 'rules:\n  scs/priority-section: "off"\n');
    await within(configured, ANSWER_MS, 'the configuration file took effect');
    ok(session.alive);
  });
});

describe('language server without a workspace folder', function () {
  this.timeout(60_000);
  let folder: ReturnType<typeof tempFolder>;
  let session: LspSession;

  before(async () => {
    folder = tempFolder(LINKED_DRAFTS);
    ({ session } = await LspSession.start(folder.dir, undefined, { rooted: false, waitForIndex: false }));
  });

  after(async () => {
    await session?.stopSafely();
    folder?.cleanup();
  });

  it('renames a priority from an LAA opened after another draft: in the SCS and in every target of the LAA', async () => {
    await session.open('housing/homelessness.md', LINKED_DRAFTS['housing/homelessness.md'], 1);
    await session.requestWithin(ANSWER_MS, 'textDocument/documentSymbol', {
      textDocument: { uri: session.uri('housing/homelessness.md') },
    });
    const laa = LINKED_DRAFTS['laa/laa.md'];
    await session.open('laa/laa.md', laa, 1);
    const edit = await session.requestWithin<WorkspaceEdit>(ANSWER_MS, 'textDocument/rename', {
      textDocument: { uri: session.uri('laa/laa.md') },
      position: positionOf(laa, 'priority: C1', 10),
      newName: 'community-safety',
    });
    deepStrictEqual(
      Object.keys(edit.changes!)
        .map((uri) => path.relative(folder.dir, new URL(uri).pathname))
        .sort(),
      ['laa/laa.md', 'scs/county.md'],
    );
    // The target's `priority:` and the body link's `#C1`.
    strictEqual(edit.changes![session.uri('laa/laa.md')].length, 2);
    const hover = await session.requestWithin<Hover>(ANSWER_MS, 'textDocument/hover', {
      textDocument: { uri: session.uri('laa/laa.md') },
      position: positionOf(laa, 'priority: C1', 10),
    });
    ok((hover.contents as { value: string }).value.startsWith('**Priority `C1` — Safer communities**'));
  });

  it('reads a lone draft with the drafts around it: a link beyond them is a note to open the folder, never followed', async () => {
    const text = LINKED_DRAFTS['housing/housing.md'].replace(
      'homelessness-strategy: ./homelessness.md',
      'homelessness-strategy: ../../../../../etc/passwd.md',
    );
    const published = session.nextDiagnostics('housing/housing.md', (p) => p.diagnostics.length > 0);
    await session.open('housing/housing.md', text, 1);
    const { diagnostics } = await within(published, ANSWER_MS, 'diagnostics');
    deepStrictEqual(
      diagnostics.map((d) => [d.code, d.severity, d.message]),
      [
        [
          'align/broken-link',
          3,
          '‘homelessness-strategy’ was not checked: open the folder that holds both drafts as a workspace to check it; ‘../../../../../etc/passwd.md’ lies beyond the folder Placeshaper reads around this draft.',
        ],
      ],
    );
  });
});

describe('language server at the edges of the protocol', function () {
  this.timeout(60_000);
  let folder: ReturnType<typeof tempFolder>;

  before(() => {
    folder = tempFolder(LINKED_DRAFTS);
  });

  after(() => folder?.cleanup());

  it('refuses a second initialize, as the protocol says, and stays with its folder', async () => {
    const { session } = await LspSession.start(folder.dir);
    try {
      const other = tempFolder({ 'x.md': '# Other\n' });
      await session.request('initialize', { processId: null, rootUri: `file://${other.dir}`, capabilities: {} }).then(
        () => assert.fail('a second initialize must be refused'),
        (error: { code: number; message: string }) =>
          deepStrictEqual(
            [error.code, error.message],
            [-32600, 'The server is already initialized; `initialize` may be sent only once.'],
          ),
      );
      other.cleanup();
      const hover = await session.requestWithin<Hover>(ANSWER_MS, 'textDocument/hover', {
        textDocument: { uri: session.uri('scs/county.md') },
        position: { line: 1, character: 2 },
      });
      ok((hover.contents as { value: string }).value.includes('kind'));
    } finally {
      await session.stopSafely();
    }
  });

  it('brings a debounce setting out of range within its bounds (0 to 2000 ms) and says so once', async () => {
    const { session } = await LspSession.start(folder.dir, { validate: { debounce: 1e12 } });
    try {
      const text = LINKED_DRAFTS['laa/laa.md'];
      await session.open('laa/laa.md', text, 1);
      const published = session.nextDiagnostics('laa/laa.md', (p) => p.version === 2);
      await session.change('laa/laa.md', text.replace('indicator: NI 186', 'indicator: NI 31'), 2);
      deepStrictEqual(
        (await within(published, ANSWER_MS, 'diagnostics within the clamped debounce')).diagnostics.map((d) => d.code),
        ['laa/indicator'],
      );
      await session.recheck();
      // Said once, although the settings were read twice.
      deepStrictEqual(session.shown, [
        'Placeshaper: placeshaper.validate.debounce is 1000000000000 ms; using 2000 ms, as it may be from 0 to 2000.',
      ]);
    } finally {
      await session.stopSafely();
    }
  });

  it('ends cleanly, saying why, on a message frame it cannot read, so that the editor can start it again', async () => {
    const child = spawn(process.execPath, [path.resolve('dist/server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    child.stdin!.write('Content-Length: twelve\r\n\r\n{"jsonrpc":"2.0"}');
    const code = await within(exited, ANSWER_MS, 'the server exits');
    strictEqual(code, 1);
    strictEqual(
      stderr,
      'placeshaper-language-server: a message from the editor could not be read (Content-Length value must be a number. Got twelve); stopping, so that the editor can start the server again.\n',
    );
  });

  it('says how to start it, in a few lines, when started with an option it does not know', () => {
    const result = spawnSync(process.execPath, [path.resolve('dist/server.js'), '--tcp'], { encoding: 'utf8' });
    strictEqual(result.status, 2);
    strictEqual(result.stdout, '');
    strictEqual(
      result.stderr,
      `placeshaper-language-server: "--tcp" is not an option of the language server
Usage: placeshaper-language-server [--stdio | --node-ipc | --socket=PORT | --pipe=NAME]

Starts the Placeshaper language server for any editor that speaks the Language Server Protocol,
over standard input and output unless another transport is named. Editors start it themselves:
the README's "Other editors" section shows how. --help shows this, --version the version.
`,
    );
  });
});
