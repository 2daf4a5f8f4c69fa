import {
  createServerPipeTransport,
  createServerSocketTransport,
  IPCMessageReader,
  IPCMessageWriter,
  StreamMessageReader,
  StreamMessageWriter,
  type MessageReader,
  type MessageWriter,
} from 'vscode-languageserver/node';

export interface Transport {
  reader: MessageReader;
  writer: MessageWriter;
  /** Standard input and output carry the protocol: nothing else may write to standard output. */
  stdio: boolean;
}

/**
 * The transport the command line names, as editors start language servers: `--stdio`,
 * `--node-ipc`, `--socket=PORT` (or `--socket PORT`), `--pipe=NAME`. Undefined when none is named.
 * The server holds the reader itself, so that a message it cannot read is heard of (and the
 * server ends cleanly for the editor to start it again) instead of leaving it deaf.
 */
export function transportFrom(argv: readonly string[]): Transport | undefined {
  for (let i = 0; i < argv.length; i++) {
    const [name, inline] = argv[i].split('=', 2);
    const value = inline ?? argv[i + 1];
    switch (name) {
      case '--stdio':
        return { reader: new StreamMessageReader(process.stdin), writer: new StreamMessageWriter(process.stdout), stdio: true };
      case '--node-ipc':
        return { reader: new IPCMessageReader(process), writer: new IPCMessageWriter(process), stdio: false };
      case '--socket': {
        const port = Number(value);
        if (!Number.isInteger(port) || port <= 0) return undefined;
        const [reader, writer] = createServerSocketTransport(port);
        return { reader, writer, stdio: false };
      }
      case '--pipe': {
        if (!value) return undefined;
        const [reader, writer] = createServerPipeTransport(value);
        return { reader, writer, stdio: false };
      }
    }
  }
  return undefined;
}

/** With the protocol on standard output, whatever a library logs goes to standard error instead. */
export function keepStandardOutputForTheProtocol(): void {
  const toStandardError = (...args: unknown[]) => process.stderr.write(`${args.map(String).join(' ')}\n`);
  console.log = console.info = console.warn = console.debug = console.error = toStandardError;
}
