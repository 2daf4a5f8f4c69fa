import type { Connection, Diagnostic } from 'vscode-languageserver';
import { DiagnosticSeverity } from 'vscode-languageserver';
import type { TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { DIAGNOSTIC_SOURCE } from '../../../common/protocol';
import { type Engine, LineIndex } from '../engine';
import { Positions, toDiagnostic, toSeverity } from './convert';
import type { Engines } from './engines';
import type { RuleLinks } from './rule-links';

const CONFIG_RULE = 'config/invalid';

/** Closed drafts whose problems are pushed at most, for an editor that does not pull them: beyond, open a draft to see its own. */
export const CLOSED_DRAFTS_PUSHED = 1000;

/**
 * Pushes diagnostics for open drafts: debounced per document, dropped when the document has
 * moved on, re-checking the drafts that depend on a changed one, and sending only what changed.
 * For an editor that does not pull diagnostics (LSP 3.17), closed drafts with problems are pushed
 * too (at most CLOSED_DRAFTS_PUSHED of them), and cleared once their problems are gone.
 */
export class DiagnosticsPublisher {
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly published = new Map<string, string>();
  private readonly pending = new Set<string>();
  /** The newest version each open document has had: diagnostics are never sent for an older one. */
  private readonly newest = new Map<string, number>();
  /** Called after a change so that a client pulling diagnostics of closed drafts asks again. */
  onAfterChange: () => void = () => undefined;
  /** Set for an editor that does not pull diagnostics: closed drafts are pushed to it instead. */
  pushClosedDrafts = false;
  /** The closed drafts whose problems are on show in the editor. */
  private readonly closedShown = new Set<string>();
  private closedLimitSaid = false;

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly engines: Engines,
    private readonly positions: Positions,
    private readonly debounceMs: () => number,
    private readonly links: RuleLinks,
  ) {}

  /**
   * Note the version of an opened or changed document. A client that sends an older version
   * than one it sent before (which the protocol forbids) gets no diagnostics until it passes
   * the newest again: they could only be taken for those of the newer text.
   */
  seen(uri: string, version: number, opened = false): void {
    this.newest.set(uri, opened ? version : Math.max(this.newest.get(uri) ?? version, version));
  }

  /** Schedule a check of the document after the debounce delay; a newer change restarts the wait. */
  schedule(uri: string): void {
    clearTimeout(this.timers.get(uri));
    const version = this.documents.get(uri)?.version;
    this.pending.add(uri);
    this.timers.set(
      uri,
      setTimeout(() => {
        this.timers.delete(uri);
        this.pending.delete(uri);
        if (this.documents.get(uri)?.version !== version) return;
        this.publishWithDependents(uri);
      }, this.debounceMs()),
    );
  }

  /** Check now (on open, save or a file change on disk). */
  now(uri: string): void {
    clearTimeout(this.timers.get(uri));
    this.timers.delete(uri);
    this.pending.delete(uri);
    this.publishWithDependents(uri);
  }

  /** Re-check every open document (settings or configuration changed), and every closed one where they are pushed. */
  all(): void {
    for (const document of this.documents.all()) this.publish(document.uri);
    if (this.pushClosedDrafts)
      for (const engine of this.engines.roots()) for (const draft of engine.workspace.drafts()) this.publishClosed(draft.path);
    this.onAfterChange();
  }

  /** The drafts whose findings may change when `filePath` changes: those that link to it, and their dependents once removed. */
  republishDependentsOf(filePath: string): void {
    const engine = this.engines.for(filePath);
    for (const dependent of engine.workspace.dependentsOf(filePath)) {
      const uri = this.positions.uriOf(dependent);
      if (this.documents.get(uri)) {
        if (!this.pending.has(uri)) this.publish(uri);
      } else this.publishClosed(dependent);
    }
    this.onAfterChange();
  }

  /** A draft as it stands on disk, where closed drafts are pushed: its problems shown, or cleared when it has none left. */
  publishClosed(filePath: string): void {
    if (!this.pushClosedDrafts) return;
    const uri = this.positions.uriOf(filePath);
    if (this.documents.get(uri)) return;
    const engine = this.engines.for(filePath);
    let diagnostics: Diagnostic[];
    try {
      diagnostics = engine.workspace.draft(filePath)
        ? engine.check(filePath).map((f) => toDiagnostic(engine, this.positions, f, this.links))
        : [];
    } catch (error) {
      this.internalError(filePath, error);
      return;
    }
    if (!this.closedShown.has(uri) && diagnostics.length && this.closedShown.size >= CLOSED_DRAFTS_PUSHED) {
      if (!this.closedLimitSaid)
        this.connection.console.info(
          `Placeshaper shows the problems of ${CLOSED_DRAFTS_PUSHED} closed drafts at most; open a draft to see its own, or run \`placeshaper check\` for all of them.`,
        );
      this.closedLimitSaid = true;
      return;
    }
    if (diagnostics.length) this.closedShown.add(uri);
    else this.closedShown.delete(uri);
    this.send(uri, undefined, diagnostics, true);
  }

  /** An open document was closed: its problems go, or, where closed drafts are pushed, it is shown as it stands on disk. */
  closed(uri: string, filePath: string): void {
    if (!this.pushClosedDrafts) return this.clear(uri);
    this.forget(uri);
    this.publishClosed(filePath);
  }

  /** A draft was deleted, or closed where closed drafts are not shown: nothing of it stays in the editor. */
  clear(uri: string): void {
    this.forget(uri);
    this.closedShown.delete(uri);
    this.published.delete(uri);
    void this.connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  private forget(uri: string): void {
    this.newest.delete(uri);
    clearTimeout(this.timers.get(uri));
    this.timers.delete(uri);
    this.pending.delete(uri);
  }

  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
  }

  private publishWithDependents(uri: string): void {
    this.publish(uri);
    const filePath = this.positions.remember(uri);
    // Every draft may state a fact of the register: all are checked again when it changes.
    if (this.engines.for(filePath).isRegister(filePath)) this.all();
    else this.republishDependentsOf(filePath);
  }

  /** The findings in a register of facts (its format, its sources), as diagnostics. */
  private registerDiagnostics(engine: Engine, registerPath: string): Diagnostic[] {
    return engine.registerFindings(registerPath).map((f) => toDiagnostic(engine, this.positions, f, this.links));
  }

  private publish(uri: string): void {
    const document = this.documents.get(uri);
    if (!document) return;
    if (document.version < (this.newest.get(uri) ?? document.version)) return;
    const filePath = this.positions.remember(uri);
    const engine = this.engines.for(filePath);
    let diagnostics: Diagnostic[];
    try {
      if (engine.isRegister(filePath) && !engine.workspace.draft(filePath)?.isDraft) {
        this.send(uri, document.version, this.registerDiagnostics(engine, filePath));
        return;
      }
      diagnostics = engine.check(filePath).map((f) => toDiagnostic(engine, this.positions, f, this.links));
    } catch (error) {
      this.internalError(filePath, error);
      return;
    }
    this.closedShown.delete(uri);
    this.send(uri, document.version, diagnostics);
    this.publishConfigProblems(engine, filePath);
  }

  /** One draft the engine cannot check must not take the server (and every other draft) down. */
  private internalError(filePath: string, error: unknown): void {
    this.connection.console.error(
      `Placeshaper hit an internal error while checking ${filePath}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
    );
  }

  private publishConfigProblems(engine: Engine, filePath: string): void {
    const byFile = new Map<string, Diagnostic[]>();
    for (const problem of engine.configProblems(filePath)) {
      const list = byFile.get(problem.path) ?? [];
      list.push({
        range: new LineIndex(problem.text).rangeOf(problem.span),
        severity: toSeverity(problem.severity) ?? DiagnosticSeverity.Error,
        code: CONFIG_RULE,
        source: DIAGNOSTIC_SOURCE,
        message: problem.message,
      });
      byFile.set(problem.path, list);
    }
    for (const configFile of engine.config(filePath).files) {
      this.send(this.positions.uriOf(configFile), undefined, byFile.get(configFile) ?? [], true);
    }
    const registerPath = engine.registerPathFor(filePath);
    if (registerPath) {
      const uri = this.positions.uriOf(registerPath);
      // A register that is gone has no problems left to show.
      const problems = engine.register(registerPath) ? this.registerDiagnostics(engine, registerPath) : [];
      this.send(uri, this.documents.get(uri)?.version, problems, true);
    }
  }

  /** `quietWhenClean`: a file with nothing shown for it gets no empty list (a configuration file, a closed draft). */
  private send(uri: string, version: number | undefined, diagnostics: Diagnostic[], quietWhenClean = false): void {
    const key = JSON.stringify(diagnostics);
    if (quietWhenClean && !diagnostics.length && (this.published.get(uri) ?? '[]') === '[]') {
      this.published.delete(uri);
      return;
    }
    if (this.published.get(uri) === key) return;
    this.published.set(uri, key);
    void this.connection.sendDiagnostics({ uri, version, diagnostics });
  }
}
