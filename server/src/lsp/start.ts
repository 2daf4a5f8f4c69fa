import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { TOOL_VERSION } from '../../../common/product';
import { NodeFileSystem } from '../engine/node';
import { FolderWatcher } from './folder-watcher';
import { serveConnection } from './language-server';
import { keepStandardOutputForTheProtocol, readServerArguments, type Transport } from './transport';

/** How the server is started, for `--help` and for a command line it cannot follow. */
export function serverUsage(program: string): string {
  return `Usage: ${program} [--stdio | --node-ipc | --socket=PORT | --pipe=NAME]

Starts the Placeshaper language server for any editor that speaks the Language Server Protocol,
over standard input and output unless another transport is named. Editors start it themselves:
the README's "Other editors" section shows how. --help shows this, --version the version.
`;
}

/**
 * Starts the language server as the command line asks (`placeshaper lsp …` or
 * `placeshaper-language-server …`), or says how to start it. Exits only on --help, --version or a
 * mistake: otherwise the server runs until the editor ends it.
 */
export function runLanguageServer(argv: readonly string[], program: string): void {
  const invocation = readServerArguments(argv);
  if ('help' in invocation) return exitWith(0, serverUsage(program));
  if ('version' in invocation) return exitWith(0, `${TOOL_VERSION}\n`);
  if ('mistake' in invocation) return exitWith(2, `${program}: ${invocation.mistake}\n${serverUsage(program)}`);
  // Typed at a terminal, the server would wait without a word: say what it is waiting for.
  if (invocation.stdio && process.stdin.isTTY)
    process.stderr.write(
      `${program}: waiting for an editor's Language Server Protocol messages on standard input (Ctrl+C stops it). Run \`${program} --help\` for more.\n`,
    );
  startLanguageServer(invocation.start(), program);
}

/** The language server in Node: the disk as its host, its own folder watcher for clients that cannot watch. */
function startLanguageServer(transport: Transport, program: string): void {
  if (transport.stdio) keepStandardOutputForTheProtocol();
  const connection = createConnection(ProposedFeatures.all, transport.reader, transport.writer);
  const log = (message: string) => connection.console.error(message);
  // A message the server cannot read leaves it out of step with the editor for good: say so, and end, for the editor to start it again.
  transport.reader.onError((error) => {
    process.stderr.write(
      `${program}: a message from the editor could not be read (${error.message.split('\n')[0]}); stopping, so that the editor can start the server again.\n`,
    );
    process.exit(1);
  });
  // One faulty request or timer must not take down the server, and every draft with it: say what happened and carry on.
  process.on('uncaughtException', (error) => log(`Placeshaper hit an internal error: ${error.stack ?? error.message}`));
  process.on('unhandledRejection', (reason) =>
    log(`Placeshaper hit an internal error: ${reason instanceof Error ? (reason.stack ?? reason.message) : String(reason)}`),
  );
  const server = serveConnection(connection, {
    host: new NodeFileSystem(),
    watchFolders: (changed, rescanned, say, isIgnored) => new FolderWatcher(changed, rescanned, say, isIgnored),
  });
  transport.reader.onClose(() => process.exit(server.shutdownReceived ? 0 : 1));
}

function exitWith(code: number, message: string): never {
  (code === 0 ? process.stdout : process.stderr).write(message);
  process.exit(code);
}
