// The desktop extension (`main`): the language server in a Node process (dist/server.js, over IPC).
import * as vscode from 'vscode';
import { activatePlaceshaper, deactivatePlaceshaper, type PlaceshaperApi } from './activate';
import { showSchedule } from './commands/schedule';
import { createLanguageClient } from './language-client';

export type { PlaceshaperApi } from './activate';

export function activate(context: vscode.ExtensionContext): Promise<PlaceshaperApi> {
  // git runs in this extension host (a Node process), not in the web extension's: only here is there a schedule.
  context.subscriptions.push(vscode.commands.registerCommand('placeshaper.scheduleOfChanges', () => showSchedule(context)));
  void vscode.commands.executeCommand('setContext', 'placeshaper.readsGit', true);
  return activatePlaceshaper(context, (log) => createLanguageClient(context, log));
}

export const deactivate = deactivatePlaceshaper;
