import * as vscode from 'vscode';
import { State, type BaseLanguageClient as LanguageClient } from 'vscode-languageclient';

/**
 * Owns the language client: starts, restarts and stops it one operation at a time. A client
 * whose start failed cannot be started again, so a restart then replaces it with a new one.
 */
export class ServerController implements vscode.Disposable {
  private current: LanguageClient;
  private currentStateListener: vscode.Disposable;
  private queue: Promise<void> = Promise.resolve();
  private readonly stateChanged = new vscode.EventEmitter<State>();
  /** Fires with the new state of whichever client is current (also when one is replaced). */
  readonly onDidChangeState = this.stateChanged.event;

  constructor(
    private readonly createClient: () => LanguageClient,
    private readonly log: vscode.LogOutputChannel,
  ) {
    this.current = createClient();
    this.currentStateListener = this.current.onDidChangeState((event) => this.stateChanged.fire(event.newState));
  }

  get client(): LanguageClient {
    return this.current;
  }

  start(): Promise<void> {
    return this.enqueue('start', () => this.current.start());
  }

  restart(reason: string): Promise<void> {
    return this.enqueue('restart', async () => {
      this.log.info(`Restarting the Placeshaper language server: ${reason}.`);
      if (this.current.state === State.StartFailed) {
        await this.replaceClient();
        await this.current.start();
      } else if (this.current.isRunning()) {
        await this.current.stop();
        await this.current.start();
      } else {
        await this.current.start();
      }
    });
  }

  stop(): Promise<void> {
    return this.enqueue('stop', async () => {
      if (this.current.needsStop()) await this.current.stop();
    });
  }

  dispose(): void {
    this.currentStateListener.dispose();
    this.stateChanged.dispose();
  }

  private async replaceClient(): Promise<void> {
    this.currentStateListener.dispose();
    await this.current.dispose().catch(() => undefined);
    this.current = this.createClient();
    this.currentStateListener = this.current.onDidChangeState((event) => this.stateChanged.fire(event.newState));
  }

  /** Runs operations in order; a failure is logged (the client has already told the user) and does not block the next. */
  private enqueue(what: string, operation: () => Promise<void>): Promise<void> {
    const run = this.queue.then(operation).catch((error: unknown) => {
      this.log.error(
        `Could not ${what} the Placeshaper language server: ${error instanceof Error ? error.message : String(error)}`,
      );
    });
    this.queue = run;
    return run;
  }
}
