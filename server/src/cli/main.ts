import { TerminalProgress } from './progress';
import { runCli } from './run-cli';

runCli(process.argv.slice(2), {
  cwd: process.cwd(),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  today: process.env.PLACESHAPER_TODAY,
  // Progress goes to a terminal only: never into a log or a file that a pipe collects.
  progress: process.stderr.isTTY ? new TerminalProgress((text) => process.stderr.write(text)) : undefined,
}).then((code) => {
  process.exitCode = code;
});
