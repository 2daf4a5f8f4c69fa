import { spawn, type ChildProcess } from 'node:child_process';
import { EventEmitter } from 'node:events';
import * as path from 'node:path';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';
import { URI } from 'vscode-uri';

const SERVER = path.resolve('dist/server.js');

/**
 * The bundled language server in a child process, spoken to over stdio as an editor would.
 * Tests wait on the notifications it sends; nothing here sleeps.
 */
export class LspSession {
  readonly diagnostics = new Map<string, PublishDiagnosticsParams>();
  readonly log: string[] = [];
  private readonly events = new EventEmitter();

  private constructor(
    private readonly child: ChildProcess,
    readonly connection: ProtocolConnection,
    readonly root: string,
  ) {}

  static async start(root: string, settings: Record<string, unknown> = { validate: { debounce: 20 } }): Promise<{ session: LspSession; initialize: unknown }> {
    const child = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    const session = new LspSession(child, connection, root);
    child.stderr!.on('data', (chunk: Buffer) => session.log.push(chunk.toString()));
    connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
      session.diagnostics.set(params.uri, params);
      session.events.emit('diagnostics', params);
    });
    connection.onNotification('window/logMessage', (params: { message: string }) => {
      session.log.push(params.message);
    });
    connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => settings));
    connection.onRequest('window/workDoneProgress/create', () => null);
    connection.onRequest('client/registerCapability', () => null);
    connection.onRequest('workspace/diagnostic/refresh', () => {
      session.events.emit('refresh');
      return null;
    });
    connection.onNotification('$/progress', (params: { value: { kind: string } }) => {
      session.events.emit('progress', params.value);
    });
    connection.listen();
    const initialize = await connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: URI.file(root).toString(),
      workspaceFolders: [{ uri: URI.file(root).toString(), name: 'ws' }],
      capabilities: {
        workspace: { configuration: true, diagnostics: { refreshSupport: true }, didChangeWatchedFiles: { dynamicRegistration: true }, workspaceFolders: true },
        textDocument: { publishDiagnostics: { relatedInformation: true, versionSupport: true }, diagnostic: {} },
        window: { workDoneProgress: true },
      },
    });
    const indexed = session.once('progress', (value: { kind: string }) => value.kind === 'end');
    await connection.sendNotification('initialized', {});
    await indexed;
    return { session, initialize };
  }

  uri(file: string): string {
    return URI.file(path.join(this.root, file)).toString();
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

  /** The next diagnostics published for `file` that satisfy `accept`. */
  nextDiagnostics(file: string, accept: (p: PublishDiagnosticsParams) => boolean = () => true): Promise<PublishDiagnosticsParams> {
    const uri = this.uri(file);
    return this.once<PublishDiagnosticsParams>('diagnostics', (p) => p.uri === uri && accept(p));
  }

  async open(file: string, text: string, version = 1): Promise<void> {
    await this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: this.uri(file), languageId: 'markdown', version, text } });
  }

  async change(file: string, text: string, version: number): Promise<void> {
    await this.connection.sendNotification('textDocument/didChange', { textDocument: { uri: this.uri(file), version }, contentChanges: [{ text }] });
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return this.connection.sendRequest(method, params) as Promise<R>;
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
