import * as vscode from 'vscode';

export const GUIDANCE_SCHEME = 'placeshaper-guidance';

/**
 * Read-only Markdown documents holding the guidance of one rule each
 * (`placeshaper-guidance:/laa/lead-partner.md`), so that a Markdown preview can show them
 * without leaving an unsaved untitled document behind.
 */
export class GuidanceDocuments implements vscode.TextDocumentContentProvider, vscode.Disposable {
  private readonly contents = new Map<string, string>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;

  /** Stores (or replaces) a rule's guidance and returns the URI of its document. */
  set(ruleId: string, markdown: string): vscode.Uri {
    const uri = vscode.Uri.from({ scheme: GUIDANCE_SCHEME, path: `/${ruleId}.md` });
    const key = uri.toString();
    const previous = this.contents.get(key);
    this.contents.set(key, markdown);
    if (previous !== undefined && previous !== markdown) this.changed.fire(uri);
    return uri;
  }

  provideTextDocumentContent(uri: vscode.Uri): string {
    return this.contents.get(uri.toString()) ?? '';
  }

  dispose(): void {
    this.changed.dispose();
    this.contents.clear();
  }
}
