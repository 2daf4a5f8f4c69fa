import * as vscode from 'vscode';
import { debounce } from '../debounce';
import { MATRIX_METHOD, type MatrixParams, type MatrixResult } from '../../../common/protocol';
import type { ServerController } from '../server-controller';
import { openDraftAt, withOpenLinks } from '../webview-links';

/** How long changes settle before the open matrix is drawn again. */
const REFRESH_DELAY_MS = 400;

let panel: vscode.WebviewPanel | undefined;

/**
 * Shows the alignment matrix of the workspace in a webview that follows the drafts as they
 * change; clicking an entry opens its draft at the id.
 */
export async function showMatrix(server: ServerController): Promise<void> {
  if (panel) {
    panel.reveal();
    return;
  }
  // Full width, where its six columns fit; a draft opened from it goes beside.
  const current = vscode.window.createWebviewPanel('placeshaper.matrix', 'Alignment Matrix', vscode.ViewColumn.Active, {
    enableScripts: true,
    localResourceRoots: [],
  });
  panel = current;
  let folderUri: string | undefined;
  const draw = async () => {
    const folder = vscode.workspace.workspaceFolders?.[0];
    const params: MatrixParams = { folderUri: folder?.uri.toString() };
    const result = await server.client.sendRequest<MatrixResult>(MATRIX_METHOD, params).catch(() => null);
    if (!result) {
      current.webview.html = '<!doctype html><p>Open a workspace folder of strategy drafts to see their alignment matrix.</p>';
      return;
    }
    folderUri = result.folderUri;
    current.webview.html = withOpenLinks(result.html, '#');
  };
  const refresh = debounce(() => void draw(), REFRESH_DELAY_MS);
  const subscriptions = [
    refresh,
    vscode.languages.onDidChangeDiagnostics(refresh),
    vscode.workspace.onDidChangeTextDocument((e) => e.document.languageId === 'markdown' && refresh()),
    current.webview.onDidReceiveMessage((message: { file?: unknown; line?: unknown }) => openDraftAt(folderUri, message)),
  ];
  current.onDidDispose(() => {
    subscriptions.forEach((s) => s.dispose());
    panel = undefined;
  });
  await draw();
}
