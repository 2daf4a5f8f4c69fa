import * as vscode from 'vscode';
import { debounce } from '../debounce';
import { MATRIX_METHOD, type MatrixParams, type MatrixResult } from '../../../common/protocol';
import type { ServerController } from '../server-controller';

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
    current.webview.html = withClickHandler(result.html);
  };
  const refresh = debounce(() => void draw(), REFRESH_DELAY_MS);
  const subscriptions = [
    refresh,
    vscode.languages.onDidChangeDiagnostics(refresh),
    vscode.workspace.onDidChangeTextDocument((e) => e.document.languageId === 'markdown' && refresh()),
    current.webview.onDidReceiveMessage(async (message: { file?: string; line?: number }) => {
      if (!folderUri || typeof message.file !== 'string' || typeof message.line !== 'number') return;
      const uri = vscode.Uri.joinPath(vscode.Uri.parse(folderUri), message.file);
      const position = new vscode.Position(Math.max(0, message.line - 1), 0);
      await vscode.window.showTextDocument(uri, {
        selection: new vscode.Range(position, position),
        viewColumn: vscode.ViewColumn.Beside,
      });
    }),
  ];
  current.onDidDispose(() => {
    subscriptions.forEach((s) => s.dispose());
    panel = undefined;
  });
  await draw();
}

/** The page with a strict content policy and a script that turns `#file:line` links into messages. */
function withClickHandler(html: string): string {
  // Web Crypto: there in Node 20 and in every browser, so the desktop and the web extension share this.
  const nonce = btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(16))));
  const policy = `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'nonce-${nonce}';">`;
  const script = `<script nonce="${nonce}">
const vscode = acquireVsCodeApi();
document.addEventListener('click', (event) => {
  const link = event.target.closest('a[href^="#"]');
  if (!link) return;
  event.preventDefault();
  const target = decodeURIComponent(link.getAttribute('href').slice(1));
  const at = target.lastIndexOf(':');
  vscode.postMessage({ file: target.slice(0, at), line: Number(target.slice(at + 1)) });
});
</script>`;
  return html.replace('<head>', `<head>\n${policy}`).replace('</body>', `${script}\n</body>`);
}
