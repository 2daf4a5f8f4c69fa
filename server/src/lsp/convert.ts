import * as path from 'node:path';
import {
  CompletionItemKind,
  DiagnosticSeverity,
  SymbolKind,
  type Diagnostic,
  type Location,
  type Range,
} from 'vscode-languageserver/node';
import { URI } from 'vscode-uri';
import { DIAGNOSTIC_SOURCE } from '../../../common/protocol';
import {
  type CompletionKind,
  type Engine,
  type Finding,
  LineIndex,
  type Severity,
  type Span,
  type SymbolKind as EngineSymbolKind,
} from '../engine';
import type { RuleLinks } from './rule-links';

/** Converts between the engine's absolute paths and offsets and the protocol's URIs and positions. */
export class Positions {
  /** The URI each open document was opened under, so replies use the client's own spelling. */
  private readonly uris = new Map<string, string>();

  remember(uri: string): string {
    const filePath = toPath(uri);
    this.uris.set(filePath, uri);
    return filePath;
  }

  forget(uri: string): void {
    this.uris.delete(toPath(uri));
  }

  uriOf(filePath: string): string {
    return this.uris.get(filePath) ?? URI.file(filePath).toString();
  }

  /** The line index of a file as the engine sees it (open buffer or disk). */
  lines(engine: Engine, filePath: string): LineIndex {
    return engine.workspace.draft(filePath)?.parsed.lines ?? new LineIndex('');
  }

  range(engine: Engine, filePath: string, span: Span): Range {
    return this.lines(engine, filePath).rangeOf(span);
  }

  location(engine: Engine, filePath: string, span: Span): Location {
    return { uri: this.uriOf(filePath), range: this.range(engine, filePath, span) };
  }
}

/** `untitled:Untitled-1` has no file; it gets a path of its own outside every workspace folder. */
export function toPath(uri: string): string {
  const parsed = URI.parse(uri);
  if (parsed.scheme === 'file') return path.resolve(parsed.fsPath);
  return path.join(path.sep, `${parsed.scheme}-documents`, `${parsed.path.replace(/[\\/]/g, '_')}.md`);
}

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function toSeverity(severity: Severity): DiagnosticSeverity {
  return SEVERITY[severity];
}

export function toDiagnostic(engine: Engine, positions: Positions, finding: Finding, links: RuleLinks): Diagnostic {
  return {
    range: positions.range(engine, finding.path, finding.span),
    severity: toSeverity(finding.severity),
    code: finding.rule,
    codeDescription: { href: links.href(finding.rule) },
    source: DIAGNOSTIC_SOURCE,
    message: finding.message,
    relatedInformation: finding.related?.map((r) => ({
      location: positions.location(engine, r.path, r.span),
      message: r.message,
    })),
    data: { rule: finding.rule },
  };
}

export const COMPLETION_KIND: Record<CompletionKind, CompletionItemKind> = {
  key: CompletionItemKind.Property,
  value: CompletionItemKind.EnumMember,
  priority: CompletionItemKind.Reference,
  indicator: CompletionItemKind.Constant,
  path: CompletionItemKind.File,
  rule: CompletionItemKind.Keyword,
  skeleton: CompletionItemKind.Snippet,
};

export const SYMBOL_KIND: Record<EngineSymbolKind, SymbolKind> = {
  group: SymbolKind.Namespace,
  priority: SymbolKind.Key,
  objective: SymbolKind.Method,
  target: SymbolKind.Constant,
  heading: SymbolKind.String,
};
