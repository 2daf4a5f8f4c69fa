// What the matrix and review webviews share: the message that opens a draft at a line (the page's
// script, open-links-script.ts, sends it).
import * as vscode from 'vscode';

/** Opens a draft of the folder at a line, beside the webview that asked; a malformed message is ignored. */
export async function openDraftAt(folderUri: string | undefined, message: { file?: unknown; line?: unknown }): Promise<void> {
  if (!folderUri || typeof message.file !== 'string' || typeof message.line !== 'number') return;
  const uri = vscode.Uri.joinPath(vscode.Uri.parse(folderUri), message.file);
  const position = new vscode.Position(Math.max(0, message.line - 1), 0);
  await vscode.window.showTextDocument(uri, {
    selection: new vscode.Range(position, position),
    viewColumn: vscode.ViewColumn.Beside,
  });
}

export { withOpenLinks } from './open-links-script';
