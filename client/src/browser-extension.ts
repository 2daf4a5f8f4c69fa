// The web extension (`browser`: vscode.dev, github.dev, code-server's browser extension host): the
// language server in a web worker (dist/browser/server.js), reading the workspace through the
// editor's file system (`workspace-files.ts`).
import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/browser';
import { activatePlaceshaper, deactivatePlaceshaper, type PlaceshaperApi } from './activate';
import { CLIENT_ID, CLIENT_NAME, clientOptions } from './client-options';
import { FACTS_FILE_PATTERN } from '../../common/protocol';

export type { PlaceshaperApi } from './activate';

/** A web worker, as much of it as is used here (the extension is compiled without the DOM library). */
declare const Worker: new (url: string) => { terminate(): void };

export async function activate(context: vscode.ExtensionContext): Promise<PlaceshaperApi> {
  const serverUrl = await workerUrl(context);
  return activatePlaceshaper(context, (log) => {
    // Every document of a virtual workspace is a draft's possible home: vscode-vfs (github.dev), vscode-test-web, file …
    const client: LanguageClient = new LanguageClient(
      CLIENT_ID,
      CLIENT_NAME,
      new Worker(serverUrl),
      clientOptions([{ language: 'markdown' }, { pattern: FACTS_FILE_PATTERN }], log, () => client),
    );
    return client;
  });
}

export const deactivate = deactivatePlaceshaper;

/**
 * Where the server's worker is started from: the extension's own URL where the browser allows it,
 * else (code-server: "Creating workers from remote extensions is currently not supported") the
 * bundle read through the editor's file system, as a `blob:` URL.
 */
async function workerUrl(context: vscode.ExtensionContext): Promise<string> {
  const bundle = vscode.Uri.joinPath(context.extensionUri, 'dist/browser/server.js');
  const direct = bundle.toString(true);
  try {
    new Worker(direct).terminate();
    return direct;
  } catch {
    const code = await vscode.workspace.fs.readFile(bundle);
    return URL.createObjectURL(new Blob([code], { type: 'application/javascript' }));
  }
}
