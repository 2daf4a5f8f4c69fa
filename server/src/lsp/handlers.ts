import {
  CodeActionKind,
  ResponseError,
  ErrorCodes,
  type CodeAction,
  type Connection,
  type WorkspaceEdit,
} from 'vscode-languageserver/node';
import {
  type CodeActionEntry,
  codeActions,
  complete,
  definition,
  documentLinks,
  type DocumentSymbolEntry,
  documentSymbols,
  type Engine,
  explainRule,
  fixAll,
  hover,
  kindInfo,
  matrixHtml,
  matrixReport,
  prepareRename,
  priorityLenses,
  references,
  rename,
  type TextEdit as EngineEdit,
  workspaceSymbols,
} from '../engine';
import {
  DRAFT_INFO_METHOD,
  EXPLAIN_RULE_METHOD,
  MATRIX_METHOD,
  SHOW_REFERENCES_COMMAND,
  type DraftInfoParams,
  type DraftInfoResult,
  type ExplainRuleParams,
  type ExplainRuleResult,
  type MatrixParams,
  type MatrixResult,
} from '../../../common/protocol';
import { COMPLETION_KIND, Positions, SYMBOL_KIND, toDiagnostic, toPath } from './convert';
import type { Engines } from './engines';
import type { RuleLinks } from './rule-links';
import type { Settings } from './settings';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.placeshaper`;

/** Wires each editor feature of the engine to its protocol request. */
export function registerHandlers(
  connection: Connection,
  engines: Engines,
  positions: Positions,
  settings: () => Settings,
  links: RuleLinks,
): void {
  const at = (uri: string, position: { line: number; character: number }) => {
    const filePath = positions.remember(uri);
    const engine = engines.for(filePath);
    return { filePath, engine, offset: positions.lines(engine, filePath).offsetAt(position) };
  };
  const workspaceEdit = (engine: Engine, edits: Map<string, EngineEdit[]>): WorkspaceEdit => ({
    changes: Object.fromEntries(
      [...edits].map(([filePath, list]) => [
        positions.uriOf(filePath),
        list.map((e) => ({ range: positions.range(engine, filePath, e.span), newText: e.newText })),
      ]),
    ),
  });

  connection.onHover(({ textDocument, position }) => {
    const { engine, filePath, offset } = at(textDocument.uri, position);
    const result = hover(engine, filePath, offset, { ruleLink: (ruleId) => links.href(ruleId) });
    return result
      ? { contents: { kind: 'markdown', value: result.markdown }, range: positions.range(engine, filePath, result.span) }
      : null;
  });

  connection.onCompletion(({ textDocument, position }) => {
    const { engine, filePath, offset } = at(textDocument.uri, position);
    return complete(engine, filePath, offset).map((item) => ({
      label: item.label,
      kind: COMPLETION_KIND[item.kind],
      detail: item.detail,
      documentation: item.documentation,
      sortText: item.sortText,
      textEdit: { range: positions.range(engine, filePath, item.replace), newText: item.insertText ?? item.label },
    }));
  });

  connection.onDefinition(({ textDocument, position }) => {
    const { engine, filePath, offset } = at(textDocument.uri, position);
    return definition(engine, filePath, offset).map((l) => positions.location(engine, l.path, l.span));
  });

  connection.onReferences(({ textDocument, position, context }) => {
    const { engine, filePath, offset } = at(textDocument.uri, position);
    return references(engine, filePath, offset, context.includeDeclaration).map((l) =>
      positions.location(engine, l.path, l.span),
    );
  });

  connection.onPrepareRename(({ textDocument, position }) => {
    const { engine, filePath, offset } = at(textDocument.uri, position);
    const result = prepareRename(engine, filePath, offset);
    if ('error' in result) throw new ResponseError(ErrorCodes.InvalidRequest, result.error);
    return { range: positions.range(engine, filePath, result.span), placeholder: result.placeholder };
  });

  connection.onRenameRequest(({ textDocument, position, newName }) => {
    const { engine, filePath, offset } = at(textDocument.uri, position);
    const result = rename(engine, filePath, offset, newName);
    if ('error' in result) throw new ResponseError(ErrorCodes.InvalidRequest, result.error);
    return workspaceEdit(engine, result.edits);
  });

  connection.onDocumentSymbol(({ textDocument }) => {
    const filePath = positions.remember(textDocument.uri);
    const engine = engines.for(filePath);
    const draft = engine.workspace.draft(filePath);
    if (!draft?.isDraft) return [];
    const convert = (entry: DocumentSymbolEntry): import('vscode-languageserver/node').DocumentSymbol => ({
      name: entry.name,
      detail: entry.detail,
      kind: SYMBOL_KIND[entry.kind],
      range: positions.range(engine, filePath, entry.span),
      selectionRange: positions.range(engine, filePath, entry.selectionSpan),
      children: entry.children.map(convert),
    });
    return documentSymbols(draft).map(convert);
  });

  connection.onWorkspaceSymbol(({ query }) =>
    engines.roots().flatMap((engine) =>
      workspaceSymbols(engine, query).map((s) => ({
        name: s.name,
        kind: SYMBOL_KIND[s.kind],
        containerName: s.container,
        location: positions.location(engine, s.path, s.span),
      })),
    ),
  );

  connection.onDocumentLinks(({ textDocument }) => {
    const filePath = positions.remember(textDocument.uri);
    const engine = engines.for(filePath);
    return documentLinks(engine, filePath).map((l) => ({
      range: positions.range(engine, filePath, l.span),
      target: positions.uriOf(l.target),
    }));
  });

  connection.onCodeLens(({ textDocument }) => {
    if (!settings().codeLens) return [];
    const filePath = positions.remember(textDocument.uri);
    const engine = engines.for(filePath);
    return priorityLenses(engine, filePath).map((lens) => {
      const range = positions.range(engine, filePath, lens.span);
      const locations = lens.locations.map((l) => positions.location(engine, l.path, l.span));
      // A lens must carry a command; with nothing to list, an empty one shows the count without acting on a click.
      const command = locations.length
        ? { title: lens.title, command: SHOW_REFERENCES_COMMAND, arguments: [textDocument.uri, range.start, locations] }
        : { title: lens.title, command: '' };
      return { range, command };
    });
  });

  connection.onCodeAction(({ textDocument, range, context }) => {
    const filePath = positions.remember(textDocument.uri);
    const engine = engines.for(filePath);
    const lines = positions.lines(engine, filePath);
    const toAction = (entry: CodeActionEntry): CodeAction => ({
      title: entry.title,
      kind: entry.kind === 'source.fixAll' ? FIX_ALL_KIND : CodeActionKind.QuickFix,
      isPreferred: entry.isPreferred,
      diagnostics: entry.fixes.map((f) => toDiagnostic(engine, positions, f, links)),
      edit: workspaceEdit(engine, new Map([[filePath, entry.edits]])),
    });
    const only = context.only;
    const wantsFixAll = only?.some((kind) => FIX_ALL_KIND.startsWith(kind));
    const wantsQuickFix = !only || only.some((kind) => CodeActionKind.QuickFix.startsWith(kind));
    const actions: CodeAction[] = [];
    if (wantsQuickFix) {
      const span = { start: lines.offsetAt(range.start), end: lines.offsetAt(range.end) };
      actions.push(...codeActions(engine, filePath, span).map(toAction));
    }
    if (wantsFixAll) {
      const all = fixAll(engine, filePath);
      if (all) actions.push(toAction(all));
    }
    return actions;
  });

  connection.onRequest(EXPLAIN_RULE_METHOD, ({ ruleId }: ExplainRuleParams): ExplainRuleResult => {
    const engine = engines.all()[0];
    const rule = engine.rule(ruleId);
    return rule ? { markdown: explainRule(rule, engine.guidance) } : null;
  });

  connection.onRequest(MATRIX_METHOD, ({ folderUri }: MatrixParams): MatrixResult => {
    const engine = folderUri ? engines.for(toPath(folderUri)) : engines.roots()[0];
    if (!engine?.root) return null;
    const html = matrixHtml(matrixReport(engine, engine.root), (place) => `#${encodeURIComponent(place.file)}:${place.line}`);
    return { html, folderUri: positions.uriOf(engine.root) };
  });

  connection.onRequest(DRAFT_INFO_METHOD, ({ uri }: DraftInfoParams): DraftInfoResult => {
    const filePath = positions.remember(uri);
    const draft = engines.for(filePath).workspace.draft(filePath);
    const kind = draft?.isDraft ? draft.kind : undefined;
    return { kind: kind ?? null, label: kind ? kindInfo(kind).label : null };
  });
}
