import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { newDraft } from './commands/new-draft';
import { showGuidance } from './commands/show-guidance';
import { showMatrix } from './commands/show-matrix';
import { showReview } from './commands/show-review';
import { debounce } from './debounce';
import { GUIDANCE_SCHEME, GuidanceDocuments } from './guidance-documents';
import { CLIENT_NAME } from './client-options';
import { CONFIG_FILE_GLOB } from '../../common/protocol';
import { ServerController } from './server-controller';
import { DraftStatusBar } from './status-bar';
import { answerFileRequests } from './workspace-files';

/** What `activate` returns, so that tests (and other extensions) can reach the language client. */
export interface PlaceshaperApi {
  /** The current language client (a restart after a failed start replaces it). */
  readonly client: BaseLanguageClient;
}

/** How long a burst of configuration-file changes settles before the server restarts. */
const CONFIG_RESTART_DELAY_MS = 500;

let server: ServerController | undefined;

/**
 * Starts Placeshaper in VS Code, on the desktop (`extension.ts`, the server in a Node process) or in
 * a browser (`browser-extension.ts`, the server in a web worker): `createClient` makes the client.
 */
export async function activatePlaceshaper(
  context: vscode.ExtensionContext,
  createClient: (log: vscode.LogOutputChannel) => BaseLanguageClient,
): Promise<PlaceshaperApi> {
  const log = vscode.window.createOutputChannel(CLIENT_NAME, { log: true });
  const configs = vscode.workspace.createFileSystemWatcher(CONFIG_FILE_GLOB);
  const controller = new ServerController(() => {
    const client = createClient(log);
    answerFileRequests(client);
    return client;
  }, log);
  server = controller;

  // A configuration file can change what every draft reports (rules, ignore, extra guidance): start afresh.
  const restartForConfig = debounce(
    () => void controller.restart('a .placeshaper configuration file changed'),
    CONFIG_RESTART_DELAY_MS,
  );
  const guidance = new GuidanceDocuments();
  context.subscriptions.push(
    log,
    configs,
    controller,
    restartForConfig,
    configs.onDidCreate(restartForConfig),
    configs.onDidChange(restartForConfig),
    configs.onDidDelete(restartForConfig),
    guidance,
    vscode.workspace.registerTextDocumentContentProvider(GUIDANCE_SCHEME, guidance),
    vscode.commands.registerCommand('placeshaper.restartServer', () => controller.restart('requested from the command palette')),
    vscode.commands.registerCommand('placeshaper.newDraft', () => newDraft(controller)),
    vscode.commands.registerCommand('placeshaper.showGuidance', (ruleId?: unknown) =>
      showGuidance(context, controller, guidance, typeof ruleId === 'string' ? ruleId : undefined),
    ),
    vscode.commands.registerCommand('placeshaper.showAlignmentMatrix', () => showMatrix(controller)),
    vscode.commands.registerCommand('placeshaper.openReview', () => showReview(controller, 'draft')),
    vscode.commands.registerCommand('placeshaper.openWorkspaceReview', () => showReview(controller, 'workspace')),
    new DraftStatusBar(controller),
  );

  await controller.start();
  return {
    get client() {
      return controller.client;
    },
  };
}

export async function deactivatePlaceshaper(): Promise<void> {
  const stopping = server;
  server = undefined;
  await stopping?.stop();
}
