import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { SERVER_NODE_FLAGS } from '../../common/runtime-flags';
import { DIAGNOSTIC_SOURCE, SHOW_GUIDANCE_COMMAND } from '../../common/protocol';

/** The client id: vscode-languageclient reads `placeshaper.trace.server` because of it. */
export const CLIENT_ID = DIAGNOSTIC_SOURCE;
export const CLIENT_NAME = 'Placeshaper';

/**
 * A client for the bundled server (dist/server.js), over Node IPC, for Markdown files and untitled
 * documents. The server registers its own file watchers (drafts and configuration files), so the
 * client forwards no file events of its own: each change on disk reaches the server once.
 */
export function createLanguageClient(context: vscode.ExtensionContext, outputChannel: vscode.LogOutputChannel): LanguageClient {
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc, options: { execArgv: [...SERVER_NODE_FLAGS] } },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: [...SERVER_NODE_FLAGS, '--nolazy', '--inspect=6011'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'markdown' },
      { scheme: 'untitled', language: 'markdown' },
    ],
    synchronize: { configurationSection: 'placeshaper' },
    // Rule links in diagnostics and hovers run Show Guidance, which renders the rule's guidance beside the editor.
    initializationOptions: { ruleLinks: 'command' },
    markdown: { isTrusted: { enabledCommands: [SHOW_GUIDANCE_COMMAND] } },
    outputChannel,
  };
  return new LanguageClient(CLIENT_ID, CLIENT_NAME, serverOptions, clientOptions);
}
