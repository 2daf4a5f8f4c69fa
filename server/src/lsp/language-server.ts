import {
  DidChangeWatchedFilesNotification,
  ErrorCodes,
  MessageType,
  ResponseError,
  ShowMessageNotification,
  type InitializeError,
  FileChangeType,
  TextDocuments,
  TextDocumentSyncKind,
  type InitializeResult,
  type Connection,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  CONFIG_FILE_GLOB,
  DRAFT_FILE_GLOB,
  DATA_FILE_GLOB,
  PULL_DIAGNOSTICS_IDENTIFIER,
  SHOW_REFERENCES_COMMAND,
} from '../../../common/protocol';
import { TOOL_VERSION } from '../../../common/product';
import { type FileSystemHost, isConfigFile } from '../engine';
import { checkedDocumentNotifications, ClientRequests } from './client-safety';
import { ClientSupport } from './client-support';
import { Positions, toPath } from './convert';
import { DiagnosticsPublisher } from './diagnostics';
import { Engines } from './engines';
import type { FileChange, FolderWatcher } from './folder-watcher';
import { FIX_ALL_KIND, registerHandlers } from './handlers';
import { INDEX_BATCH } from './indexing';
import { registerPullDiagnostics } from './pull-diagnostics';
import { RuleLinks } from './rule-links';
import { registerShowReferences } from './show-references';
import { DEFAULT_SETTINGS, parseSettings, type Settings } from './settings';

/** What the server needs of the platform it runs on: Node (the disk) or a browser (the editor's files). */
export interface ServerPlatform {
  /** Where drafts, configuration and guidance files are read from. */
  host: FileSystemHost;
  /** Watches the folders itself, for a client that cannot; absent where the server cannot (a browser). */
  watchFolders?(
    changed: (changes: readonly FileChange[]) => void,
    rescanned: (root: string) => void,
    log: (message: string) => void,
    isIgnored: (filePath: string) => boolean,
  ): Pick<FolderWatcher, 'add' | 'remove' | 'dispose'>;
  /** Reads what the folders hold before they are indexed (a browser's copy of a virtual workspace), saying how far it has got. */
  loadFolders?(roots: readonly string[], report?: (message: string) => void): Promise<void>;
  /** Reads changed files again before the engines hear of the change. */
  reload?(paths: readonly string[]): Promise<void>;
}

/** The running server, for its platform: whether the editor asked it to shut down, and a way to tell it of changed files. */
export interface RunningServer {
  readonly shutdownReceived: boolean;
  filesChanged(changes: readonly FileChange[]): void;
  /** Reads every folder again (files arrived that any draft or configuration may use) and re-checks. */
  rescan(): void;
}

/**
 * The Placeshaper language server: the engine (server/src/engine) wired to the protocol over the
 * connection given, on the platform given. The same in Node and in a browser's web worker.
 */
export function serveConnection(connection: Connection, platform: ServerPlatform): RunningServer {
  const log = (message: string) => connection.console.error(message);
  let shutdownReceived = false;
  const client = new ClientRequests(log);
  const support = new ClientSupport();
  const documents = new TextDocuments(TextDocument);
  const positions = new Positions();
  const engines = new Engines([], platform.host);
  let settings: Settings = DEFAULT_SETTINGS;
  let canPullConfiguration = false;
  let canRefreshDiagnostics = false;
  let canWatchFilesDynamically = false;
  let canFollowFolders = false;
  /** Set when the server watches the folders itself, because the client cannot (or would not) watch them for it. */
  let watcher: ReturnType<NonNullable<ServerPlatform['watchFolders']>> | undefined;

  const links = new RuleLinks();
  const diagnostics = new DiagnosticsPublisher(connection, documents, engines, positions, () => settings.debounceMs, links);

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
    const folders = params.workspaceFolders?.map((f) => toPath(f.uri)) ?? (params.rootUri ? [toPath(params.rootUri)] : []);
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
            watchers: [{ globPattern: DRAFT_FILE_GLOB }, { globPattern: CONFIG_FILE_GLOB }, { globPattern: DATA_FILE_GLOB }],
          }),
        )
      : undefined;
    // Without the client's watchers, changes on disk (a `git checkout`, another editor) would go unseen: watch the folders here.
    if (!registered && platform.watchFolders) {
      watcher = platform.watchFolders(filesChanged, folderRescanned, log, (filePath) =>
        engines.for(filePath).config(filePath).isIgnored(filePath),
      );
      for (const engine of engines.roots()) watcher.add(engine.root!);
    }
    if (canFollowFolders) {
      connection.workspace.onDidChangeWorkspaceFolders(({ added, removed }) => {
        for (const folder of removed) {
          engines.remove(toPath(folder.uri));
          void watcher?.remove(toPath(folder.uri));
        }
        for (const folder of added) {
          engines.add(toPath(folder.uri));
          watcher?.add(toPath(folder.uri));
        }
        void (platform.loadFolders?.(added.map((f) => toPath(f.uri))) ?? Promise.resolve()).then(() =>
          added.forEach((f) => folderRescanned(toPath(f.uri))),
        );
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
    const changed = changes
      .filter((c) => typeof c?.uri === 'string' && c.type in type)
      .map((c) => ({ path: toPath(c.uri), type: type[c.type] }));
    if (!platform.reload) return filesChanged(changed);
    void platform.reload(changed.map((c) => c.path)).then(() => filesChanged(changed));
  });

  /** Files changed on disk, as the client's watchers or the server's own report them. */
  function filesChanged(changes: readonly FileChange[]): void {
    let configurationChanged = false;
    let registerChanged = false;
    for (const change of changes) {
      if (isConfigFile(change.path)) {
        configurationChanged = true;
        continue;
      }
      if (!/\.md$/i.test(change.path)) {
        // A data file: only a register of facts matters, and it matters to every draft.
        const register = engines.all().some((engine) => engine.isRegister(change.path));
        // A register a configuration names may only now exist (or no longer): read the configuration again.
        const appearedOrWent = change.type !== 'changed';
        if (register || appearedOrWent) for (const engine of engines.all()) engine.workspace.invalidate(change.path);
        registerChanged ||= register;
        configurationChanged ||= appearedOrWent;
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
    if (configurationChanged) for (const engine of engines.all()) engine.reloadConfiguration();
    if (configurationChanged || registerChanged) diagnostics.all();
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
    const engine = engines.for(filePath);
    // A register closed unsaved is read from disk again, and any draft may state one of its facts.
    const register = engine.isRegister(filePath);
    engine.workspace.close(filePath);
    diagnostics.closed(document.uri, filePath);
    positions.forget(document.uri);
    if (register) diagnostics.all();
    else diagnostics.republishDependentsOf(filePath);
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
    if (platform.loadFolders) {
      // Reading a virtual workspace through the editor can take a while: it is the first part of the progress.
      progress?.begin('Placeshaper: indexing drafts', 0, 'reading the workspace', false);
      await platform.loadFolders(
        engines.roots().map((engine) => engine.root!),
        (message) => progress?.report(0, message),
      );
      // Drafts opened while the folders were loading were read against an empty workspace.
      for (const engine of engines.all()) {
        engine.workspace.rescan();
        engine.reloadConfiguration();
      }
    }
    const files = engines.roots().flatMap((engine) => engine.workspace.files().map((file) => ({ engine, file })));
    if (platform.loadFolders) progress?.report(0, `${files.length} files`);
    else progress?.begin('Placeshaper: indexing drafts', 0, `${files.length} files`, false);
    for (const [index, { engine, file }] of files.entries()) {
      engine.workspace.draft(file);
      if (index % INDEX_BATCH === INDEX_BATCH - 1) {
        progress?.report(Math.round((index / Math.max(files.length, 1)) * 100), `${index + 1} of ${files.length}`);
        await new Promise((resolve) => setTimeout(resolve, 0));
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
  return {
    get shutdownReceived() {
      return shutdownReceived;
    },
    filesChanged,
    rescan: () => engines.roots().forEach((engine) => folderRescanned(engine.root!)),
  };
}
