import type * as vscode from 'vscode';
import { LanguageClient, TransportKind, type ServerOptions } from 'vscode-languageclient/node';
import { SERVER_NODE_FLAGS } from '../../common/runtime-flags';
import { FACTS_FILE_PATTERN } from '../../common/protocol';
import { CLIENT_ID, CLIENT_NAME, clientOptions } from './client-options';

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
  const selector = [
    { scheme: 'file', language: 'markdown' },
    { scheme: 'untitled', language: 'markdown' },
    { scheme: 'file', pattern: FACTS_FILE_PATTERN },
  ];
  const client: LanguageClient = new LanguageClient(
    CLIENT_ID,
    CLIENT_NAME,
    serverOptions,
    clientOptions(selector, outputChannel, () => client),
  );
  return client;
}
