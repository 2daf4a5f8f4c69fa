import * as vscode from 'vscode';
import { DIAGNOSTIC_SOURCE } from '../../common/protocol';

/** The diagnostics Placeshaper's server has published for a document. */
export function placeshaperDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((diagnostic) => diagnostic.source === DIAGNOSTIC_SOURCE);
}

/** The rule id a diagnostic carries as its code (a plain code, or `{value, target}` when it links to the rule's documentation). */
export function ruleIdOf(diagnostic: vscode.Diagnostic): string | undefined {
  const code = typeof diagnostic.code === 'object' ? diagnostic.code.value : diagnostic.code;
  return code === undefined ? undefined : String(code);
}

/** The distinct rule ids of the Placeshaper diagnostics that cover a position, in document order. */
export function ruleIdsAt(uri: vscode.Uri, position: vscode.Position): string[] {
  const ids = placeshaperDiagnostics(uri)
    .filter((diagnostic) => diagnostic.range.contains(position))
    .sort((a, b) => a.range.start.compareTo(b.range.start))
    .map(ruleIdOf)
    .filter((id): id is string => id !== undefined);
  return [...new Set(ids)];
}
