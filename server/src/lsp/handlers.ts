import {
  CodeActionKind,
  ResponseError,
  LSPErrorCodes,
  type CodeAction,
  type Connection,
  type TextDocuments,
  type WorkspaceEdit,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import {
  type CodeActionEntry,
  codeActions,
  complete,
  definition,
  documentLinks,
  type DocumentSymbolEntry,
  documentSymbols,
  type Engine,
  type FileChange,
  LineIndex,
  explainRule,
  fixAll,
  hover,
  kindInfo,
  kindOnItsLine,
  KINDS,
  AUTHORITY_TYPES,
  newDraftText,
  resolveKind,
  scsChoices,
  matrixHtml,
  matrixReport,
  prepareRename,
  reviewHtml,
  reviewReport,
  priorityLenses,
  factLenses,
  references,
  rename,
  type TextEdit as EngineEdit,
  workspaceSymbols,
} from '../engine';
import {
  DRAFT_INFO_METHOD,
  EXPLAIN_RULE_METHOD,
  MATRIX_METHOD,
  NEW_DRAFT_CHOICES_METHOD,
  NEW_DRAFT_METHOD,
  type NewDraftChoicesParams,
  type NewDraftChoicesResult,
  type NewDraftParams,
  type NewDraftResult,
  SHOW_REFERENCES_COMMAND,
  type DraftInfoParams,
  type DraftInfoResult,
  type ExplainRuleParams,
  type ExplainRuleResult,
  type MatrixParams,
  type MatrixResult,
  REVIEW_METHOD,
  type ReviewParams,
  type ReviewResult,
} from '../../../common/protocol';
import { TOOL_VERSION } from '../../../common/product';
import { COMPLETION_KIND, Positions, SYMBOL_KIND, toDiagnostic, toPath } from './convert';
import type { ClientSupport } from './client-support';
import type { Engines } from './engines';
import type { RuleLinks } from './rule-links';
import type { Settings } from './settings';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.placeshaper`;

/** Wires each editor feature of the engine to its protocol request. */
export function registerHandlers(
  connection: Connection,
  documents: TextDocuments<TextDocument>,
  engines: Engines,
  positions: Positions,
  settings: () => Settings,
  links: RuleLinks,
  support: ClientSupport,
): void {
  const at = (uri: string, position: { line: number; character: number }) => {
    const filePath = positions.remember(uri);
    const engine = engines.for(filePath);
    return { filePath, engine, offset: positions.lines(engine, filePath).offsetAt(position) };
  };
  /** A file's text as the editor holds it (unsaved changes included), else as it is on disk. */
  const textOf = (filePath: string) =>
    documents.get(positions.uriOf(filePath))?.getText() ?? engines.for(filePath).host.readFile(filePath);
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
      // An editor that cannot show a description beside the label gets it in the label itself.
      label: item.description && !support.labelDetails ? `${item.label} ${item.description}` : item.label,
      labelDetails: item.description && support.labelDetails ? { description: item.description } : undefined,
      kind: COMPLETION_KIND[item.kind],
      detail: item.detail,
      documentation: item.documentation,
      sortText: item.sortText,
      filterText: item.filterText,
      preselect: item.preselect,
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
    if ('error' in result) throw new ResponseError(LSPErrorCodes.RequestFailed, result.error);
    return { range: positions.range(engine, filePath, result.span), placeholder: result.placeholder };
  });

  connection.onRenameRequest(({ textDocument, position, newName }) => {
    const { engine, filePath, offset } = at(textDocument.uri, position);
    const result = rename(engine, filePath, offset, newName);
    if ('error' in result) throw new ResponseError(LSPErrorCodes.RequestFailed, result.error);
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
    return [...priorityLenses(engine, filePath), ...factLenses(engine, filePath)].map((lens) => {
      const range = positions.range(engine, filePath, lens.span);
      const locations = lens.locations.map((l) => positions.location(engine, l.path, l.span));
      // Every lens runs the server's own command, which any editor can execute: with nothing to list, it says so.
      return {
        range,
        command: { title: lens.title, command: SHOW_REFERENCES_COMMAND, arguments: [textDocument.uri, range.start, locations] },
      };
    });
  });

  connection.onCodeAction(({ textDocument, range, context }) => {
    const filePath = positions.remember(textDocument.uri);
    const engine = engines.for(filePath);
    const lines = positions.lines(engine, filePath);
    const toAction = (entry: CodeActionEntry): CodeAction | undefined => {
      const edit = entry.otherFiles?.length
        ? otherFilesEdit(entry.otherFiles)
        : workspaceEdit(engine, new Map([[filePath, entry.edits]]));
      return (
        edit && {
          title: entry.title,
          kind: entry.kind === 'source.fixAll' ? FIX_ALL_KIND : CodeActionKind.QuickFix,
          isPreferred: entry.isPreferred,
          diagnostics: entry.fixes.map((f) => toDiagnostic(engine, positions, f, links)),
          edit,
        }
      );
    };
    /** Edits of files other than the draft, such as a configuration file; undefined when the editor cannot make them. */
    const otherFilesEdit = (changes: readonly FileChange[]): WorkspaceEdit | undefined => {
      if (changes.some((c) => c.create) && !support.createFiles) return undefined;
      const textEdits = (change: FileChange) => {
        const lines = new LineIndex(textOf(change.path) ?? '');
        return change.edits.map((e) => ({ range: lines.rangeOf(e.span), newText: e.newText }));
      };
      if (!support.documentChanges)
        return { changes: Object.fromEntries(changes.map((c) => [positions.uriOf(c.path), textEdits(c)])) };
      return {
        documentChanges: changes.flatMap((c) => {
          const uri = positions.uriOf(c.path);
          const edit = { textDocument: { uri, version: documents.get(uri)?.version ?? null }, edits: textEdits(c) };
          return c.create ? [{ kind: 'create' as const, uri, options: { ignoreIfExists: true } }, edit] : [edit];
        }),
      };
    };
    const only = context.only;
    const wantsFixAll = only?.some((kind) => FIX_ALL_KIND.startsWith(kind));
    const wantsQuickFix = !only || only.some((kind) => CodeActionKind.QuickFix.startsWith(kind));
    const actions: CodeAction[] = [];
    if (wantsQuickFix) {
      const span = { start: lines.offsetAt(range.start), end: lines.offsetAt(range.end) };
      for (const entry of codeActions(engine, filePath, span, textOf)) {
        const action = toAction(entry);
        if (action) actions.push(action);
      }
    }
    if (wantsFixAll) {
      const all = fixAll(engine, filePath);
      const action = all && toAction(all);
      if (action) actions.push(action);
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

  connection.onRequest(REVIEW_METHOD, ({ uri, folderUri }: ReviewParams): ReviewResult => {
    const draftPath = uri ? toPath(uri) : undefined;
    const engine = draftPath ? engines.for(draftPath) : folderUri ? engines.for(toPath(folderUri)) : engines.roots()[0];
    const root = engine?.root;
    if (!engine || !root) return null;
    const files = draftPath ? [draftPath] : engine.workspace.files();
    const { report, sources } = reviewReport(engine, files, { base: root });
    if (report.drafts.length === 0) return null;
    const html = reviewHtml(report, sources, {
      tool: `Placeshaper ${TOOL_VERSION}`,
      openAt: (file, line) => `#open:${encodeURIComponent(file)}:${line}`,
    });
    const title = draftPath ? `Review: ${report.drafts[0].title}` : `Review of ${report.folder}`;
    return { html, folderUri: positions.uriOf(root), title };
  });

  connection.onRequest(NEW_DRAFT_CHOICES_METHOD, ({ folderUri }: NewDraftChoicesParams): NewDraftChoicesResult => {
    const engine = folderUri ? engines.for(toPath(folderUri)) : (engines.roots()[0] ?? engines.all()[0]);
    return {
      kinds: KINDS.map((k) => ({ kind: k.kind, label: k.label, summary: k.summary })),
      authorityTypes: [...AUTHORITY_TYPES],
      scs: scsChoices(engine).map((s) => ({ uri: positions.uriOf(s.path), title: s.title })),
    };
  });

  connection.onRequest(NEW_DRAFT_METHOD, (params: NewDraftParams): NewDraftResult => {
    const kind = resolveKind(params.kind);
    if (!kind) return null;
    const filePath = toPath(params.uri);
    const engine = engines.for(filePath);
    const text = newDraftText(engine, {
      kind,
      title: params.title,
      authority: params.authority,
      path: filePath,
      scs: params.scsUri ? toPath(params.scsUri) : undefined,
    });
    return { text };
  });

  connection.onRequest(DRAFT_INFO_METHOD, ({ uri }: DraftInfoParams): DraftInfoResult => {
    const filePath = positions.remember(uri);
    const draft = engines.for(filePath).workspace.draft(filePath);
    if (!draft?.isDraft) return { kind: null, label: null };
    const frontmatter = draft.parsed.frontmatter;
    const broken = !frontmatter?.closed || frontmatter.yamlErrors.length > 0 || draft.fm.dataError !== undefined;
    // A broken frontmatter still names its kind on its own line, which is enough to say what the draft is.
    const text = frontmatter ? draft.parsed.text.slice(frontmatter.contentSpan.start, frontmatter.contentSpan.end) : '';
    const kind = draft.kind ?? (broken ? kindOnItsLine(text) : undefined);
    return { kind: kind ?? null, label: kind ? kindInfo(kind).label : null, frontmatterBroken: broken };
  });
}
