import type { ClientCapabilities } from 'vscode-languageserver';

/** What the editor said it can do, read once at `initialize`: features degrade to what it supports. */
export class ClientSupport {
  /** Completion rows can show a description beside the label (LSP 3.17), such as an indicator's title. */
  labelDetails = false;
  /** Workspace edits can be versioned per document and mix in file operations. */
  documentChanges = false;
  /** Workspace edits can create a file (a new `.placeshaper.yaml`). */
  createFiles = false;
  /** The server may ask the editor to open a document at a place (LSP 3.16 `window/showDocument`). */
  showDocument = false;
  /** The editor pulls diagnostics (LSP 3.17): closed drafts are reported when it asks, not pushed. */
  pullDiagnostics = false;

  read(capabilities: ClientCapabilities): void {
    this.labelDetails = capabilities.textDocument?.completion?.completionItem?.labelDetailsSupport === true;
    this.documentChanges = capabilities.workspace?.workspaceEdit?.documentChanges === true;
    this.createFiles =
      this.documentChanges && (capabilities.workspace?.workspaceEdit?.resourceOperations ?? []).includes('create');
    this.showDocument = capabilities.window?.showDocument?.support === true;
    this.pullDiagnostics = capabilities.textDocument?.diagnostic !== undefined;
  }
}
