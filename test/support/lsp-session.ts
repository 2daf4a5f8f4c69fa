import { spawn, type ChildProcess } from 'node:child_process';
import { EventEmitter } from 'node:events';
import * as path from 'node:path';
import {
  createProtocolConnection,
  ErrorCodes,
  ResponseError,
  StreamMessageReader,
  StreamMessageWriter,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';
import { URI } from 'vscode-uri';

const SERVER = path.resolve('dist/server.js');

export interface SessionOptions {
  nodeFlags?: readonly string[];
  /** The command line the server is started with (after node and its flags): `dist/server.js --stdio` unless given. */
  command?: readonly string[];
  initializationOptions?: unknown;
  /** The client's capabilities, when not those of a full client (VS Code's). */
  capabilities?: unknown;
  /** Requests from the server that the client answers with an error. */
  refuse?: readonly string[];
  /** False for a client without a workspace folder (`rootUri: null`). */
  rooted?: boolean;
  /** False when the server will report no indexing progress to wait for. */
  waitForIndex?: boolean;
}

/**
 * The bundled language server in a child process, spoken to over stdio as an editor would.
 * Tests wait on the notifications it sends; nothing here sleeps.
 */
export class LspSession {
  readonly diagnostics = new Map<string, PublishDiagnosticsParams>();
  readonly log: string[] = [];
  /** The messages the server asked the editor to show the user (`window/showMessage`). */
  readonly shown: string[] = [];
  /** The capabilities the server registered with `client/registerCapability`. */
  readonly registrations: { method: string; registerOptions?: unknown }[] = [];
  private readonly events = new EventEmitter();

  private constructor(
    private readonly child: ChildProcess,
    readonly connection: ProtocolConnection,
    readonly root: string,
  ) {}

  static async start(
    root: string,
    settings: Record<string, unknown> = { validate: { debounce: 20 } },
    options: SessionOptions = {},
  ): Promise<{ session: LspSession; initialize: unknown }> {
    const command = options.command ?? [SERVER, '--stdio'];
    const child = spawn(process.execPath, [...(options.nodeFlags ?? []), ...command], { stdio: ['pipe', 'pipe', 'pipe'] });
    const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    const session = new LspSession(child, connection, root);
    child.stderr!.on('data', (chunk: Buffer) => session.log.push(chunk.toString()));
    connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
      session.diagnostics.set(params.uri, params);
      session.events.emit('diagnostics', params);
    });
    connection.onNotification('window/logMessage', (params: { message: string }) => {
      session.log.push(params.message);
      session.events.emit('log', params.message);
    });
    connection.onNotification('window/showMessage', (params: { message: string }) => {
      session.shown.push(params.message);
      session.events.emit('shown', params.message);
    });
    // A request the client refuses is answered with an error, as a client that does not support it would.
    const answer = <P>(method: string, handler: (params: P) => unknown) =>
      connection.onRequest(method, (params: P) => {
        session.events.emit(method, params);
        return options.refuse?.includes(method)
          ? new ResponseError(ErrorCodes.MethodNotFound, `${method} is not supported`)
          : handler(params);
      });
    answer('workspace/configuration', (params: { items: unknown[] }) => {
      session.events.emit('configuration');
      return params.items.map(() => settings);
    });
    answer('window/workDoneProgress/create', () => null);
    answer('client/registerCapability', (params: { registrations: { method: string; registerOptions?: unknown }[] }) => {
      session.registrations.push(...params.registrations.map(({ method, registerOptions }) => ({ method, registerOptions })));
      return null;
    });
    answer('workspace/diagnostic/refresh', () => {
      session.events.emit('refresh');
      return null;
    });
    connection.onNotification('$/progress', (params: { value: { kind: string } }) => {
      session.events.emit('progress', params.value);
    });
    connection.listen();
    const rooted = options.rooted ?? true;
    const initialize = await connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: rooted ? URI.file(root).toString() : null,
      workspaceFolders: rooted ? [{ uri: URI.file(root).toString(), name: 'ws' }] : null,
      initializationOptions: options.initializationOptions,
      capabilities: options.capabilities ?? {
        workspace: {
          configuration: true,
          diagnostics: { refreshSupport: true },
          didChangeWatchedFiles: { dynamicRegistration: true },
          workspaceFolders: true,
        },
        textDocument: { publishDiagnostics: { relatedInformation: true, versionSupport: true }, diagnostic: {} },
        window: { workDoneProgress: true },
      },
    });
    // Indexing ends with a progress report, or, for a client without progress, with a first refresh or nothing to wait on.
    const indexed =
      options.waitForIndex === false
        ? Promise.resolve()
        : session.once('progress', (value: { kind: string }) => value.kind === 'end');
    await connection.sendNotification('initialized', {});
    await indexed;
    return { session, initialize };
  }

  uri(file: string): string {
    return URI.file(path.join(this.root, file)).toString();
  }

  /** The server's process id. */
  get pid(): number {
    return this.child.pid!;
  }

  /** Whether the server process is still running. */
  get alive(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  /** The log lines (stderr and window/logMessage) that speak of an error or an exception. */
  errors(): string[] {
    return this.log.filter((line) => /error|exception/i.test(line));
  }

  /** Sends incremental changes (ranges of the text as it stands before each). */
  async changeRanges(
    file: string,
    changes: readonly {
      range: { start: { line: number; character: number }; end: { line: number; character: number } };
      text: string;
    }[],
    version: number,
  ): Promise<void> {
    await this.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: this.uri(file), version },
      contentChanges: changes,
    });
  }

  async close(file: string): Promise<void> {
    await this.connection.sendNotification('textDocument/didClose', { textDocument: { uri: this.uri(file) } });
  }

  /** Tells the server that files changed on disk (1 created, 2 changed, 3 deleted). */
  async watched(changes: readonly { file: string; type: 1 | 2 | 3 }[]): Promise<void> {
    await this.connection.sendNotification('workspace/didChangeWatchedFiles', {
      changes: changes.map((c) => ({ uri: this.uri(c.file), type: c.type })),
    });
  }

  /**
   * Has the server check every open document again now (as after a settings change) and
   * resolves once it has published whatever changed: the request sent after the server has
   * read the settings is answered only after that.
   */
  async recheck(ms = 15000): Promise<void> {
    const asked = this.once('configuration');
    await this.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await within(asked, ms, 'workspace/configuration');
    await this.requestWithin(ms, 'placeshaper/draftInfo', { uri: this.uri('.recheck.md') });
  }

  /** Sends a request and fails when no answer comes within `ms` (a limit on waiting, not a pause). */
  requestWithin<R>(ms: number, method: string, params: unknown): Promise<R> {
    return within(this.request<R>(method, params), ms, method);
  }

  /** Resolves with the first event for which `accept` holds (events already past do not count). */
  once<T>(event: string, accept: (value: T) => boolean = () => true): Promise<T> {
    return new Promise((resolve) => {
      const listener = (value: T) => {
        if (!accept(value)) return;
        this.events.off(event, listener);
        resolve(value);
      };
      this.events.on(event, listener);
    });
  }

  /** Calls `listener` with every diagnostics notification until the returned function is called. */
  onDiagnostics(listener: (params: PublishDiagnosticsParams) => void): () => void {
    this.events.on('diagnostics', listener);
    return () => this.events.off('diagnostics', listener);
  }

  /** The next diagnostics published for `file` that satisfy `accept`. */
  nextDiagnostics(
    file: string,
    accept: (p: PublishDiagnosticsParams) => boolean = () => true,
  ): Promise<PublishDiagnosticsParams> {
    const uri = this.uri(file);
    return this.once<PublishDiagnosticsParams>('diagnostics', (p) => p.uri === uri && accept(p));
  }

  async open(file: string, text: string, version = 1): Promise<void> {
    await this.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri: this.uri(file), languageId: 'markdown', version, text },
    });
  }

  async change(file: string, text: string, version: number): Promise<void> {
    await this.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: this.uri(file), version },
      contentChanges: [{ text }],
    });
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return this.connection.sendRequest(method, params) as Promise<R>;
  }

  /** Stops the server, also when it no longer answers. */
  async kill(): Promise<void> {
    this.connection.dispose();
    if (this.alive) this.child.kill('SIGKILL');
  }

  /** Shuts the server down as an editor does; one that has died or stopped answering is killed. */
  async stopSafely(ms = 10000): Promise<void> {
    try {
      if (this.alive) {
        await within(this.connection.sendRequest('shutdown'), ms, 'shutdown');
        await this.connection.sendNotification('exit');
      }
    } catch {
      // Killed below.
    } finally {
      await this.kill();
    }
  }

  async stop(): Promise<void> {
    try {
      await this.connection.sendRequest('shutdown');
      await this.connection.sendNotification('exit');
    } finally {
      this.connection.dispose();
      this.child.kill();
    }
  }
}

/** Resolves as `promise` does, or rejects when it has not settled within `ms`. */
export function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, limit]).finally(() => clearTimeout(timer));
}
