import type {
  Connection,
  DidChangeTextDocumentParams,
  DidCloseTextDocumentParams,
  DidOpenTextDocumentParams,
  DidSaveTextDocumentParams,
  TextDocuments,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';

/** What `TextDocuments.listen` needs of a connection. */
type TextDocumentConnection = Parameters<TextDocuments<TextDocument>['listen']>[0];

/**
 * Requests the server sends to the client, each guarded: a client may refuse one (or not answer it
 * as the protocol says), and the server then carries on without it, saying so once in its log.
 */
export class ClientRequests {
  private readonly refused = new Set<string>();

  constructor(private readonly log: (message: string) => void) {}

  async send<T>(method: string, request: () => Promise<T>): Promise<T | undefined> {
    try {
      return await request();
    } catch (error) {
      if (!this.refused.has(method)) {
        this.refused.add(method);
        this.log(
          `The editor refused \`${method}\` (${error instanceof Error ? error.message : String(error)}); Placeshaper carries on without it.`,
        );
      }
      return undefined;
    }
  }
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;
const isPosition = (value: unknown) =>
  isObject(value) &&
  Number.isInteger(value.line) &&
  Number.isInteger(value.character) &&
  (value.line as number) >= 0 &&
  (value.character as number) >= 0;
const isRange = (value: unknown) => isObject(value) && isPosition(value.start) && isPosition(value.end);
const hasUri = (value: unknown) => isObject(value) && isObject(value.textDocument) && typeof value.textDocument.uri === 'string';

/** What each document notification must hold; anything else would corrupt the document the server keeps. */
export function isDidOpen(params: unknown): params is DidOpenTextDocumentParams {
  if (!hasUri(params)) return false;
  const document = (params as { textDocument: Record<string, unknown> }).textDocument;
  return typeof document.text === 'string' && Number.isInteger(document.version) && typeof document.languageId === 'string';
}

export function isDidChange(params: unknown): params is DidChangeTextDocumentParams {
  if (!hasUri(params)) return false;
  const { textDocument, contentChanges } = params as { textDocument: Record<string, unknown>; contentChanges: unknown };
  return (
    Number.isInteger(textDocument.version) &&
    Array.isArray(contentChanges) &&
    contentChanges.every(
      (change) => isObject(change) && typeof change.text === 'string' && (change.range === undefined || isRange(change.range)),
    )
  );
}

export const isDidClose = (params: unknown): params is DidCloseTextDocumentParams => hasUri(params);
export const isDidSave = (params: unknown): params is DidSaveTextDocumentParams => hasUri(params);

/**
 * The connection as `TextDocuments` listens to it, with every document notification checked
 * first: a malformed one (a `didOpen` without its text, a change with a range that is not one) is
 * logged and dropped, so the documents the server keeps always hold text.
 */
export function checkedDocumentNotifications(connection: Connection, log: (message: string) => void): TextDocumentConnection {
  const checked =
    <P>(method: string, valid: (params: unknown) => params is P, handler: (params: P) => void) =>
    (params: unknown) => {
      if (valid(params)) return handler(params);
      log(`Placeshaper dropped a malformed \`${method}\` notification: ${JSON.stringify(params)?.slice(0, 200)}`);
    };
  return {
    onDidOpenTextDocument: (handler) => connection.onDidOpenTextDocument(checked('textDocument/didOpen', isDidOpen, handler)),
    onDidChangeTextDocument: (handler) =>
      connection.onDidChangeTextDocument(checked('textDocument/didChange', isDidChange, handler)),
    onDidCloseTextDocument: (handler) => connection.onDidCloseTextDocument(checked('textDocument/didClose', isDidClose, handler)),
    onWillSaveTextDocument: (handler) => connection.onWillSaveTextDocument(handler),
    onWillSaveTextDocumentWaitUntil: (handler) => connection.onWillSaveTextDocumentWaitUntil(handler),
    onDidSaveTextDocument: (handler) => connection.onDidSaveTextDocument(checked('textDocument/didSave', isDidSave, handler)),
  };
}
