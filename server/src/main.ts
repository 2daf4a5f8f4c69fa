// The `placeshaper` command (dist/cli.js): the CLI, and `placeshaper lsp`, the language server.
import { TerminalProgress } from './cli/progress';
import { runCli } from './cli/run-cli';
import { runLanguageServer } from './lsp/start';

// A reader that stops early (`placeshaper review | head`) closes the pipe: the output is no longer wanted.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(process.exitCode ?? 0);
});

runCli(process.argv.slice(2), {
  cwd: process.cwd(),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  today: process.env.PLACESHAPER_TODAY,
  // Progress goes to a terminal only: never into a log or a file that a pipe collects.
  progress: process.stderr.isTTY ? new TerminalProgress((text) => process.stderr.write(text)) : undefined,
  languageServer: (argv) => runLanguageServer(argv, 'placeshaper lsp'),
}).then((code) => {
  process.exitCode = code;
});
