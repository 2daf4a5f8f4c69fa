import * as vscode from 'vscode';
import { debounce } from '../debounce';
import { REVIEW_METHOD, type ReviewParams, type ReviewResult } from '../../../common/protocol';
import type { ServerController } from '../server-controller';

/** How long changes settle before an open review is drawn again. */
const REFRESH_DELAY_MS = 400;

/** One panel per draft reviewed, and one for the workspace: asking again shows it. */
const panels = new Map<string, vscode.WebviewPanel>();

/**
 * "Open Review of This Draft" (`scope: 'draft'`, the active Markdown editor's draft) and "Open Review
 * of the Workspace": the page `placeshaper review` writes, in a webview that follows the drafts as
 * they change; a line number or a link's place opens the draft there.
 */
export async function showReview(server: ServerController, scope: 'draft' | 'workspace'): Promise<void> {
  const document = vscode.window.activeTextEditor?.document;
  if (scope === 'draft' && document?.languageId !== 'markdown') {
    void vscode.window.showInformationMessage('Open a strategy draft (a Markdown file with a `kind`) to review it.');
    return;
  }
  const uri = scope === 'draft' ? document!.uri.toString() : undefined;
  const key = uri ?? 'workspace';
  const open = panels.get(key);
  if (open) {
    open.reveal();
    return;
  }
  const folder = (document && vscode.workspace.getWorkspaceFolder(document.uri)) ?? vscode.workspace.workspaceFolders?.[0];
  const params: ReviewParams = { uri, folderUri: folder?.uri.toString() };
  let first: ReviewResult;
  try {
    first = await server.client.sendRequest<ReviewResult>(REVIEW_METHOD, params);
  } catch (error) {
    void vscode.window.showErrorMessage(`The review could not be made: ${(error as Error).message}`);
    return;
  }
  if (!first) {
    void vscode.window.showInformationMessage(
      scope === 'draft'
        ? 'This file is not a strategy draft: its frontmatter names no `kind`, so there is nothing to review.'
        : 'No strategy drafts here to review: open a workspace folder whose Markdown files name a `kind`.',
    );
    return;
  }
  const panel = vscode.window.createWebviewPanel('placeshaper.review', first.title, vscode.ViewColumn.Active, {
    enableScripts: true,
    enableFindWidget: true,
    localResourceRoots: [],
  });
  panels.set(key, panel);
  let folderUri = first.folderUri;
  const draw = (result: ReviewResult) => {
    if (!result) return;
    folderUri = result.folderUri;
    panel.title = result.title;
    panel.webview.html = withOpenHandler(result.html);
  };
  const refresh = debounce(
    () => void server.client.sendRequest<ReviewResult>(REVIEW_METHOD, params).then(draw, () => undefined),
    REFRESH_DELAY_MS,
  );
  const subscriptions = [
    refresh,
    vscode.languages.onDidChangeDiagnostics(refresh),
    vscode.workspace.onDidChangeTextDocument((e) => e.document.languageId === 'markdown' && refresh()),
    panel.webview.onDidReceiveMessage(async (message: { file?: unknown; line?: unknown }) => {
      if (typeof message.file !== 'string' || typeof message.line !== 'number') return;
      const target = vscode.Uri.joinPath(vscode.Uri.parse(folderUri), message.file);
      const position = new vscode.Position(Math.max(0, message.line - 1), 0);
      await vscode.window.showTextDocument(target, {
        selection: new vscode.Range(position, position),
        viewColumn: vscode.ViewColumn.Beside,
      });
    }),
  ];
  panel.onDidDispose(() => {
    subscriptions.forEach((s) => s.dispose());
    panels.delete(key);
  });
  draw(first);
}

/**
 * The page's own policy stays (nothing of a draft runs or loads); one script is let in by its nonce,
 * to turn `#open:<file>:<line>` links into messages that open the draft.
 */
function withOpenHandler(html: string): string {
  // Web Crypto: there in Node 20 and in every browser, so the desktop and the web extension share this.
  const nonce = btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(16))));
  const script = `<script nonce="${nonce}">
const vscode = acquireVsCodeApi();
document.addEventListener('click', (event) => {
  const link = event.target.closest('a[href^="#open:"]');
  if (!link) return;
  event.preventDefault();
  const target = link.getAttribute('href').slice('#open:'.length);
  const at = target.lastIndexOf(':');
  vscode.postMessage({ file: decodeURIComponent(target.slice(0, at)), line: Number(target.slice(at + 1)) });
});
</script>`;
  return html
    .replace(
      /(<meta http-equiv="Content-Security-Policy" content=")([^"]*)(")/,
      (_, open: string, policy: string, close: string) => {
        return `${open}${policy}; script-src 'nonce-${nonce}'${close}`;
      },
    )
    .replace('</body>', `${script}\n</body>`);
}
