import * as vscode from 'vscode';
import { State } from 'vscode-languageclient';
import { debounce } from './debounce';
import { placeshaperDiagnostics } from './diagnostics';
import { DRAFT_INFO_METHOD, type DraftInfoParams, type DraftInfoResult } from '../../common/protocol';
import type { ServerController } from './server-controller';
import { statusText } from './status-text';

/** Where a Markdown document is not a draft: diff views, output, settings. */
const NOT_DRAFTS = new Set(['git', 'output', 'vscode', 'vscode-userdata', 'vscode-settings']);

export class DraftStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('placeshaper.draft', vscode.StatusBarAlignment.Left, 100);
  private readonly disposables: vscode.Disposable[] = [this.item];
  /** Bumped by every refresh, so that a late answer for an earlier editor is dropped. */
  private generation = 0;

  constructor(private readonly server: ServerController) {
    this.item.name = 'Placeshaper';
    this.item.command = 'workbench.actions.view.problems';
    const refreshSoon = debounce(() => void this.refresh(), 100);
    this.disposables.push(
      refreshSoon,
      vscode.window.onDidChangeActiveTextEditor(() => void this.refresh()),
      vscode.languages.onDidChangeDiagnostics((event) => {
        const active = vscode.window.activeTextEditor?.document.uri.toString();
        if (active && event.uris.some((uri) => uri.toString() === active)) refreshSoon();
      }),
      vscode.workspace.onDidSaveTextDocument((document) => {
        if (document === vscode.window.activeTextEditor?.document) refreshSoon();
      }),
      server.onDidChangeState((state) => {
        if (state === State.Running || state === State.Stopped) refreshSoon();
      }),
    );
    void this.refresh();
  }

  /** Asks the server what the active document is, and counts its problems. */
  async refresh(): Promise<void> {
    const generation = ++this.generation;
    const document = vscode.window.activeTextEditor?.document;
    if (
      !document ||
      document.languageId !== 'markdown' ||
      NOT_DRAFTS.has(document.uri.scheme) ||
      !this.server.client.isRunning()
    ) {
      this.item.hide();
      return;
    }
    const info = await this.draftInfo(document.uri);
    if (generation !== this.generation) return;
    if (!info?.kind && !info?.frontmatterBroken) {
      this.item.hide();
      return;
    }
    this.item.text = statusText(info, placeshaperDiagnostics(document.uri).length);
    this.item.tooltip = `Placeshaper: ${this.item.text.replace('$(law) ', '').replace(/ · /g, ', ')}. Click to open the Problems view.`;
    this.item.show();
  }

  private async draftInfo(uri: vscode.Uri): Promise<DraftInfoResult | null> {
    const client = this.server.client;
    const params: DraftInfoParams = { uri: client.code2ProtocolConverter.asUri(uri) };
    try {
      return await client.sendRequest<DraftInfoResult | null>(DRAFT_INFO_METHOD, params);
    } catch (error) {
      client.debug(`${DRAFT_INFO_METHOD} failed`, error);
      return null;
    }
  }

  dispose(): void {
    this.generation++;
    for (const disposable of this.disposables) disposable.dispose();
  }
}
