// The Placeshaper language server: the engine (server/src/engine) wired to the protocol.
import {
  createConnection,
  DidChangeWatchedFilesNotification,
  ErrorCodes,
  MessageType,
  ResponseError,
  ShowMessageNotification,
  type InitializeError,
  FileChangeType,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { URI } from 'vscode-uri';
import { CONFIG_FILE_GLOB, DRAFT_FILE_GLOB } from '../../common/protocol';
import { TOOL_VERSION } from '../../common/product';
import { isConfigFile } from './engine';
import { checkedDocumentNotifications, ClientRequests } from './lsp/client-safety';
import { Positions, toPath } from './lsp/convert';
import { DiagnosticsPublisher } from './lsp/diagnostics';
import { Engines } from './lsp/engines';
import { FolderWatcher, type FileChange } from './lsp/folder-watcher';
import { FIX_ALL_KIND, registerHandlers } from './lsp/handlers';
import { INDEX_BATCH } from './lsp/indexing';
import { registerPullDiagnostics } from './lsp/pull-diagnostics';
import { RuleLinks } from './lsp/rule-links';
import { keepStandardOutputForTheProtocol, transportFrom } from './lsp/transport';
import { DEFAULT_SETTINGS, parseSettings, type Settings } from './lsp/settings';

const SERVER_USAGE = `Usage: placeshaper-language-server --stdio | --node-ipc | --socket=PORT | --pipe=NAME

The Placeshaper language server speaks the Language Server Protocol over the transport named;
editors start it themselves. --help shows this, --version the version.
`;

const argv = process.argv.slice(2);
if (argv.includes('--help') || argv.includes('-h')) exitWith(0, SERVER_USAGE);
if (argv.includes('--version') || argv.includes('-v')) exitWith(0, `${TOOL_VERSION}\n`);
const transport = transportFrom(argv) ?? exitWith(2, `placeshaper-language-server: no transport named\n${SERVER_USAGE}`);
if (transport.stdio) keepStandardOutputForTheProtocol();
const connection = createConnection(ProposedFeatures.all, transport.reader, transport.writer);
const log = (message: string) => connection.console.error(message);
let shutdownReceived = false;
// A message the server cannot read leaves it out of step with the editor for good: say so, and end, for the editor to start it again.
transport.reader.onError((error) =>
  exitWith(
    1,
    `placeshaper-language-server: a message from the editor could not be read (${error.message.split('\n')[0]}); stopping, so that the editor can start the server again.\n`,
  ),
);
transport.reader.onClose(() => process.exit(shutdownReceived ? 0 : 1));

function exitWith(code: number, message: string): never {
  process.stderr.write(message);
  process.exit(code);
}
const client = new ClientRequests(log);
const documents = new TextDocuments(TextDocument);
const positions = new Positions();
const engines = new Engines([]);
let settings: Settings = DEFAULT_SETTINGS;
let canPullConfiguration = false;
let canRefreshDiagnostics = false;
let canWatchFilesDynamically = false;
let canFollowFolders = false;
/** Set when the server watches the folders itself, because the client cannot (or would not) watch them for it. */
let watcher: FolderWatcher | undefined;

const links = new RuleLinks();
const diagnostics = new DiagnosticsPublisher(connection, documents, engines, positions, () => settings.debounceMs, links);

// One faulty request or timer must not take down the server, and every draft with it: say what happened and carry on.
process.on('uncaughtException', (error) => log(`Placeshaper hit an internal error: ${error.stack ?? error.message}`));
process.on('unhandledRejection', (reason) =>
  log(`Placeshaper hit an internal error: ${reason instanceof Error ? (reason.stack ?? reason.message) : String(reason)}`),
);

// 1. Capabilities, once: a second `initialize` would switch the server to other folders under the editor's feet.
let initialized = false;
connection.onInitialize((params): InitializeResult | ResponseError<InitializeError> => {
  if (initialized)
    return new ResponseError(
      ErrorCodes.InvalidRequest,
      'The server is already initialized; `initialize` may be sent only once.',
      { retry: false },
    );
  initialized = true;
  const folders =
    params.workspaceFolders?.map((f) => URI.parse(f.uri).fsPath) ?? (params.rootUri ? [URI.parse(params.rootUri).fsPath] : []);
  engines.reset(folders);
  links.configure(params.initializationOptions);
  canPullConfiguration = params.capabilities.workspace?.configuration === true;
  canRefreshDiagnostics = params.capabilities.workspace?.diagnostics?.refreshSupport === true;
  canWatchFilesDynamically = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
  canFollowFolders = params.capabilities.workspace?.workspaceFolders === true;
  diagnostics.onAfterChange = () => {
    if (canRefreshDiagnostics) void client.send('workspace/diagnostic/refresh', () => connection.languages.diagnostics.refresh());
  };
  return {
    serverInfo: { name: 'placeshaper', version: TOOL_VERSION },
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
      hoverProvider: true,
      completionProvider: { triggerCharacters: [':', ' ', '[', ',', '/', '-'] },
      definitionProvider: true,
      referencesProvider: true,
      renameProvider: { prepareProvider: true },
      documentSymbolProvider: { label: 'Placeshaper' },
      workspaceSymbolProvider: true,
      documentLinkProvider: { resolveProvider: false },
      codeLensProvider: { resolveProvider: false },
      codeActionProvider: { codeActionKinds: ['quickfix', FIX_ALL_KIND], resolveProvider: false },
      diagnosticProvider: { identifier: 'placeshaper', interFileDependencies: true, workspaceDiagnostics: true },
      workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
    },
  };
});

// 2. Settings, file watching and the first index of the workspace.
connection.onInitialized(async () => {
  const registered = canWatchFilesDynamically
    ? await client.send('client/registerCapability', () =>
        connection.client.register(DidChangeWatchedFilesNotification.type, {
          watchers: [{ globPattern: DRAFT_FILE_GLOB }, { globPattern: CONFIG_FILE_GLOB }],
        }),
      )
    : undefined;
  // Without the client's watchers, changes on disk (a `git checkout`, another editor) would go unseen: watch the folders here.
  if (!registered) {
    watcher = new FolderWatcher(filesChanged, folderRescanned, log, (filePath) =>
      engines.for(filePath).config(filePath).isIgnored(filePath),
    );
    for (const engine of engines.roots()) watcher.add(engine.root!);
  }
  if (canFollowFolders) {
    connection.workspace.onDidChangeWorkspaceFolders(({ added, removed }) => {
      for (const folder of removed) {
        engines.remove(URI.parse(folder.uri).fsPath);
        void watcher?.remove(URI.parse(folder.uri).fsPath);
      }
      for (const folder of added) {
        engines.add(URI.parse(folder.uri).fsPath);
        watcher?.add(URI.parse(folder.uri).fsPath);
      }
      diagnostics.all();
    });
  }
  await loadSettings();
  await indexWorkspace();
});

connection.onDidChangeConfiguration(async (change) => {
  await loadSettings(change.settings?.placeshaper);
  diagnostics.all();
});

connection.onDidChangeWatchedFiles(({ changes }) => {
  if (!Array.isArray(changes)) return;
  const type = {
    [FileChangeType.Created]: 'created',
    [FileChangeType.Changed]: 'changed',
    [FileChangeType.Deleted]: 'deleted',
  } as const;
  filesChanged(
    changes.filter((c) => typeof c?.uri === 'string' && c.type in type).map((c) => ({ path: toPath(c.uri), type: type[c.type] })),
  );
});

/** Files changed on disk, as the client's watchers or the server's own report them. */
function filesChanged(changes: readonly FileChange[]): void {
  let configurationChanged = false;
  for (const change of changes) {
    if (isConfigFile(change.path)) {
      configurationChanged = true;
      continue;
    }
    for (const engine of engines.all()) engine.workspace.invalidate(change.path);
    const uri = positions.uriOf(change.path);
    if (change.type === 'deleted' && !documents.get(uri)) diagnostics.clear(uri);
    diagnostics.republishDependentsOf(change.path);
  }
  if (configurationChanged) {
    for (const engine of engines.all()) engine.reloadConfiguration();
    diagnostics.all();
  }
}

/** A folder whose changes may have gone unheard (its watch was being set up): read it again. */
function folderRescanned(root: string): void {
  const engine = engines.for(root);
  engine.workspace.rescan();
  engine.reloadConfiguration();
  diagnostics.all();
}

// 3. Documents: the open buffer, not the file on disk, is what gets checked.
documents.onDidOpen(({ document }) => {
  diagnostics.seen(document.uri, document.version, true);
  const filePath = positions.remember(document.uri);
  engines.for(filePath).workspace.open(filePath, document.getText(), document.version);
  diagnostics.now(document.uri);
});

documents.onDidChangeContent(({ document }) => {
  diagnostics.seen(document.uri, document.version);
  const filePath = positions.remember(document.uri);
  engines.for(filePath).workspace.open(filePath, document.getText(), document.version);
  if (settings.validateOnType) diagnostics.schedule(document.uri);
});

documents.onDidSave(({ document }) => {
  if (!settings.validateOnType) diagnostics.now(document.uri);
});

documents.onDidClose(({ document }) => {
  const filePath = toPath(document.uri);
  engines.for(filePath).workspace.close(filePath);
  positions.forget(document.uri);
  diagnostics.clear(document.uri);
  diagnostics.republishDependentsOf(filePath);
});

/** Settings problems already shown: each is said once, not at every settings change. */
const settingsProblemsShown = new Set<string>();

async function loadSettings(pushed?: unknown): Promise<void> {
  const section = canPullConfiguration
    ? await client.send('workspace/configuration', () => connection.workspace.getConfiguration('placeshaper'))
    : pushed;
  const parsed = parseSettings(section);
  settings = parsed.settings;
  for (const problem of parsed.problems) {
    if (settingsProblemsShown.has(problem)) continue;
    settingsProblemsShown.add(problem);
    // A notification, not a request: nothing to answer, nothing for a client to refuse.
    void connection.sendNotification(ShowMessageNotification.type, {
      type: MessageType.Warning,
      message: `Placeshaper: ${problem}`,
    });
  }
  engines.setRuleOverrides(settings.rules);
}

/** Reads every draft of every folder once, reporting progress, so cross-document results are known from the start. */
async function indexWorkspace(): Promise<void> {
  const progress = await client.send('window/workDoneProgress/create', () => connection.window.createWorkDoneProgress());
  const files = engines.roots().flatMap((engine) => engine.workspace.files().map((file) => ({ engine, file })));
  progress?.begin('Placeshaper: indexing drafts', 0, `${files.length} files`, false);
  for (const [index, { engine, file }] of files.entries()) {
    engine.workspace.draft(file);
    if (index % INDEX_BATCH === INDEX_BATCH - 1) {
      progress?.report(Math.round((index / Math.max(files.length, 1)) * 100), `${index + 1} of ${files.length}`);
      await new Promise((resolve) => setImmediate(resolve));
    }
  }
  progress?.done();
  diagnostics.all();
}

// 4. Editor features.
registerHandlers(connection, engines, positions, () => settings, links);
registerPullDiagnostics(connection, documents, engines, positions, links);

connection.onShutdown(async () => {
  shutdownReceived = true;
  diagnostics.dispose();
  await watcher?.dispose();
});
documents.listen(checkedDocumentNotifications(connection, log));
connection.listen();
