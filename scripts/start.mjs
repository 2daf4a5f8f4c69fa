// `npm start`: check the bundled example workspace with the freshly built CLI.
import { spawnSync } from 'node:child_process';

const result = spawnSync(process.execPath, ['dist/cli.js', 'check', 'examples/exampleshire'], { stdio: 'inherit' });
if (result.status === 1) {
  console.log('\nExit code 1: the example workspace keeps a few deliberate faults, listed in examples/exampleshire/README.md.');
  process.exit(0);
}
process.exit(result.status ?? 2);
