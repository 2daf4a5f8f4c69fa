import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { SERVER_NODE_FLAGS } from '../../common/runtime-flags';
import {
  DIAGNOSTIC_SOURCE,
  PUSH_DIAGNOSTICS_COLLECTION,
  SHOW_GUIDANCE_COMMAND,
  SHOW_REFERENCES_COMMAND,
} from '../../common/protocol';
import { showReferences } from './commands/show-references';

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
    // Not the pull collection's name (the server's diagnostic identifier): VS Code warns about two of one name.
    diagnosticCollectionName: PUSH_DIAGNOSTICS_COLLECTION,
    middleware: {
      // A code lens with places to list opens VS Code's references peek; with none, the server says so.
      executeCommand: (command, args, next) =>
        command === SHOW_REFERENCES_COMMAND && Array.isArray(args[2]) && args[2].length
          ? showReferences(client.protocol2CodeConverter, args)
          : next(command, args),
    },
  };
  const client = new LanguageClient(CLIENT_ID, CLIENT_NAME, serverOptions, clientOptions);
  return client;
}
