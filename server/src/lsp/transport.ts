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

/** What the command line asks of the server: a transport, the usage, the version, or a mistake to explain. */
export type ServerInvocation =
  { start: () => Transport; stdio: boolean } | { help: true } | { version: true } | { mistake: string };

/**
 * Reads the command line as editors start language servers: `--stdio` (the default), `--node-ipc`,
 * `--socket=PORT` (or `--socket PORT`), `--pipe=NAME`. `--clientProcessId` (which
 * vscode-languageclient passes) is accepted and left to the protocol's own process check.
 * The transport is made only when asked for, so that a mistake opens no socket.
 */
export function readServerArguments(argv: readonly string[]): ServerInvocation {
  let chosen: { start: () => Transport; stdio: boolean } | undefined;
  const choose = (next: { start: () => Transport; stdio: boolean }, name: string): ServerInvocation | undefined => {
    if (chosen) return { mistake: `name one transport only (${name} came after another)` };
    chosen = next;
    return undefined;
  };
  for (let i = 0; i < argv.length; i++) {
    const [name, inline] = argv[i].split(/=(.*)/s, 2);
    const takesValue = inline === undefined && (name === '--socket' || name === '--pipe' || name === '--clientProcessId');
    const value = inline ?? (takesValue ? argv[++i] : undefined);
    let outcome: ServerInvocation | undefined;
    switch (name) {
      case '-h':
      case '--help':
        return { help: true };
      case '-v':
      case '--version':
        return { version: true };
      case '--stdio':
        outcome = choose({ stdio: true, start: stdioTransport }, name);
        break;
      case '--node-ipc':
        outcome = choose({ stdio: false, start: ipcTransport }, name);
        break;
      case '--socket': {
        const port = Number(value);
        if (!value || !Number.isInteger(port) || port <= 0 || port > 65535)
          return {
            mistake: `--socket needs a port number from 1 to 65535, not ${value === undefined ? 'nothing' : `"${value}"`}`,
          };
        outcome = choose({ stdio: false, start: () => socketTransport(port) }, name);
        break;
      }
      case '--pipe': {
        if (!value) return { mistake: '--pipe needs the name of a pipe' };
        outcome = choose({ stdio: false, start: () => pipeTransport(value) }, name);
        break;
      }
      case '--clientProcessId':
        break;
      default:
        return { mistake: `"${argv[i]}" is not an option of the language server` };
    }
    if (outcome) return outcome;
  }
  return chosen ?? { stdio: true, start: stdioTransport };
}

function stdioTransport(): Transport {
  return { reader: new StreamMessageReader(process.stdin), writer: new StreamMessageWriter(process.stdout), stdio: true };
}

function ipcTransport(): Transport {
  return { reader: new IPCMessageReader(process), writer: new IPCMessageWriter(process), stdio: false };
}

function socketTransport(port: number): Transport {
  const [reader, writer] = createServerSocketTransport(port);
  return { reader, writer, stdio: false };
}

function pipeTransport(name: string): Transport {
  const [reader, writer] = createServerPipeTransport(name);
  return { reader, writer, stdio: false };
}

/** With the protocol on standard output, whatever a library logs goes to standard error instead. */
export function keepStandardOutputForTheProtocol(): void {
  const toStandardError = (...args: unknown[]) => process.stderr.write(`${args.map(String).join(' ')}\n`);
  console.log = console.info = console.warn = console.debug = console.error = toStandardError;
}
