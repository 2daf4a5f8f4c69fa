import * as path from 'node:path';
import {
  CompletionItemKind,
  DiagnosticSeverity,
  SymbolKind,
  type Diagnostic,
  type Location,
  type Range,
} from 'vscode-languageserver';
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
    return this.uris.get(filePath) ?? toUri(filePath);
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

/** The folder under which documents of a virtual workspace (vscode.dev, github.dev) get their paths. */
const VIRTUAL = '~virtual';

/**
 * The engine's path for a URI. A file is its path on disk; `untitled:Untitled-1` gets a path of its
 * own outside every workspace folder; a document of a virtual workspace
 * (`vscode-vfs://github/owner/repo/scs.md`) keeps its folders under `/~virtual/<scheme>/<authority>`,
 * so that links between drafts resolve there as on disk, and `toUri` gives the URI back.
 */
export function toPath(uri: string): string {
  const parsed = URI.parse(uri);
  if (parsed.scheme === 'file') return path.resolve(parsed.fsPath);
  if (parsed.scheme === 'untitled')
    return path.join(path.sep, `${parsed.scheme}-documents`, `${parsed.path.replace(/[\\/]/g, '_')}.md`);
  return path.posix.join('/', VIRTUAL, parsed.scheme, parsed.authority || '-', parsed.path || '/');
}

/** The URI of an engine path: the inverse of `toPath` for files and virtual workspaces. */
export function toUri(filePath: string): string {
  const [, top, scheme, authority, ...rest] = filePath.split('/');
  if (top !== VIRTUAL || !scheme || !authority) return URI.file(filePath).toString();
  return URI.from({ scheme, authority: authority === '-' ? '' : authority, path: `/${rest.join('/')}` }).toString();
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
