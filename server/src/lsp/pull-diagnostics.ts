import {
  DocumentDiagnosticReportKind,
  type Connection,
  type TextDocuments,
  type WorkspaceDocumentDiagnosticReport,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { Positions, toDiagnostic } from './convert';
import type { Engines } from './engines';
import type { RuleLinks } from './rule-links';

/**
 * LSP 3.17 pull diagnostics, so that closed drafts show in the Problems panel too. Open
 * documents get their diagnostics pushed (debounced, versioned); their pull report stays
 * empty so that no problem is listed twice.
 */
export function registerPullDiagnostics(
  connection: Connection,
  documents: TextDocuments<TextDocument>,
  engines: Engines,
  positions: Positions,
  links: RuleLinks,
): void {
  const report = (uri: string) => {
    if (documents.get(uri)) return [];
    const filePath = positions.remember(uri);
    const engine = engines.for(filePath);
    return engine.check(filePath).map((f) => toDiagnostic(engine, positions, f, links));
  };

  connection.languages.diagnostics.on(({ textDocument }) => ({
    kind: DocumentDiagnosticReportKind.Full,
    items: report(textDocument.uri),
  }));

  connection.languages.diagnostics.onWorkspace(() => {
    const items: WorkspaceDocumentDiagnosticReport[] = [];
    for (const engine of engines.roots()) {
      for (const draft of engine.workspace.drafts()) {
        const uri = positions.uriOf(draft.path);
        if (documents.get(uri)) continue;
        items.push({ uri, version: null, kind: DocumentDiagnosticReportKind.Full, items: report(uri) });
      }
    }
    return { items };
  });
}
