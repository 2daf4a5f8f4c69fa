// The desktop extension (`main`): the language server in a Node process (dist/server.js, over IPC).
import type * as vscode from 'vscode';
import { activatePlaceshaper, deactivatePlaceshaper, type PlaceshaperApi } from './activate';
import { createLanguageClient } from './language-client';

export type { PlaceshaperApi } from './activate';

export function activate(context: vscode.ExtensionContext): Promise<PlaceshaperApi> {
  return activatePlaceshaper(context, (log) => createLanguageClient(context, log));
}

export const deactivate = deactivatePlaceshaper;
