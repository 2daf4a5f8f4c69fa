import { runCli } from './run-cli';

runCli(process.argv.slice(2), {
  cwd: process.cwd(),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  today: process.env.PLACESHAPER_TODAY,
}).then((code) => {
  process.exitCode = code;
});
