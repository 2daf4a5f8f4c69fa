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
import {
  CONFIG_FILE_GLOB,
  DRAFT_FILE_GLOB,
  PULL_DIAGNOSTICS_IDENTIFIER,
  SHOW_REFERENCES_COMMAND,
} from '../../../common/protocol';
import { TOOL_VERSION } from '../../../common/product';
import { isConfigFile } from '../engine';
import { checkedDocumentNotifications, ClientRequests } from './client-safety';
import { ClientSupport } from './client-support';
import { Positions, toPath } from './convert';
import { DiagnosticsPublisher } from './diagnostics';
import { Engines } from './engines';
import { FolderWatcher, type FileChange } from './folder-watcher';
import { FIX_ALL_KIND, registerHandlers } from './handlers';
import { INDEX_BATCH } from './indexing';
import { registerPullDiagnostics } from './pull-diagnostics';
import { RuleLinks } from './rule-links';
import { registerShowReferences } from './show-references';
import { keepStandardOutputForTheProtocol, type Transport } from './transport';
import { DEFAULT_SETTINGS, parseSettings, type Settings } from './settings';

/**
 * The Placeshaper language server: the engine (server/src/engine) wired to the protocol over the
 * transport given. `program` names the server in what it says on standard error.
 */
export function startLanguageServer(transport: Transport, program: string): void {
  if (transport.stdio) keepStandardOutputForTheProtocol();
  const connection = createConnection(ProposedFeatures.all, transport.reader, transport.writer);
  const log = (message: string) => connection.console.error(message);
  let shutdownReceived = false;
  // A message the server cannot read leaves it out of step with the editor for good: say so, and end, for the editor to start it again.
  transport.reader.onError((error) => {
    process.stderr.write(
      `${program}: a message from the editor could not be read (${error.message.split('\n')[0]}); stopping, so that the editor can start the server again.\n`,
    );
    process.exit(1);
  });
  transport.reader.onClose(() => process.exit(shutdownReceived ? 0 : 1));

  const client = new ClientRequests(log);
  const support = new ClientSupport();
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
    support.read(params.capabilities);
    diagnostics.pushClosedDrafts = !support.pullDiagnostics;
    canPullConfiguration = params.capabilities.workspace?.configuration === true;
    canRefreshDiagnostics = params.capabilities.workspace?.diagnostics?.refreshSupport === true;
    canWatchFilesDynamically = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    canFollowFolders = params.capabilities.workspace?.workspaceFolders === true;
    diagnostics.onAfterChange = () => {
      if (canRefreshDiagnostics)
        void client.send('workspace/diagnostic/refresh', () => connection.languages.diagnostics.refresh());
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
        executeCommandProvider: { commands: [SHOW_REFERENCES_COMMAND] },
        codeActionProvider: { codeActionKinds: ['quickfix', FIX_ALL_KIND], resolveProvider: false },
        diagnosticProvider: { identifier: PULL_DIAGNOSTICS_IDENTIFIER, interFileDependencies: true, workspaceDiagnostics: true },
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
      changes
        .filter((c) => typeof c?.uri === 'string' && c.type in type)
        .map((c) => ({ path: toPath(c.uri), type: type[c.type] })),
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
      if (!documents.get(uri)) {
        if (change.type === 'deleted') diagnostics.clear(uri);
        else diagnostics.publishClosed(change.path);
      }
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
    diagnostics.closed(document.uri, filePath);
    positions.forget(document.uri);
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
  registerHandlers(connection, documents, engines, positions, () => settings, links, support);
  registerPullDiagnostics(connection, documents, engines, positions, links);
  registerShowReferences(connection, engines, positions, support, client);

  connection.onShutdown(async () => {
    shutdownReceived = true;
    diagnostics.dispose();
    await watcher?.dispose();
  });
  documents.listen(checkedDocumentNotifications(connection, log));
  connection.listen();
}
