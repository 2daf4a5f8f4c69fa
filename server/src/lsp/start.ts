import { TOOL_VERSION } from '../../../common/product';
import { startLanguageServer } from './language-server';
import { readServerArguments } from './transport';

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

function exitWith(code: number, message: string): never {
  (code === 0 ? process.stdout : process.stderr).write(message);
  process.exit(code);
}
