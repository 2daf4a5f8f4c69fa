import * as vscode from 'vscode';
import { debounce } from '../debounce';
import { REVIEW_METHOD, type ReviewParams, type ReviewResult } from '../../../common/protocol';
import type { ServerController } from '../server-controller';
import { openDraftAt, withOpenLinks } from '../webview-links';

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
    panel.webview.html = withOpenLinks(result.html, '#open:');
  };
  const refresh = debounce(
    () => void server.client.sendRequest<ReviewResult>(REVIEW_METHOD, params).then(draw, () => undefined),
    REFRESH_DELAY_MS,
  );
  const subscriptions = [
    refresh,
    vscode.languages.onDidChangeDiagnostics(refresh),
    vscode.workspace.onDidChangeTextDocument((e) => e.document.languageId === 'markdown' && refresh()),
    panel.webview.onDidReceiveMessage((message: { file?: unknown; line?: unknown }) => openDraftAt(folderUri, message)),
  ];
  panel.onDidDispose(() => {
    subscriptions.forEach((s) => s.dispose());
    panels.delete(key);
  });
  draw(first);
}
