// `npm run fuzz [edits]`: the protocol fuzz suite (test/robustness/lsp-fuzz.test.ts) run long.
// At least 100,000 random edits by default, on a random seed unless PLACESHAPER_FUZZ_SEED names one;
// prints the count and the seed, so that a failure can be replayed.
import { spawnSync } from 'node:child_process';
import { randomInt } from 'node:crypto';
import * as path from 'node:path';

const edits = Number(process.argv[2] ?? process.env.PLACESHAPER_FUZZ_EDITS ?? 100_000);
const seed = Number(process.env.PLACESHAPER_FUZZ_SEED ?? randomInt(2 ** 31 - 1));
if (!Number.isInteger(edits) || edits < 1 || !Number.isInteger(seed)) {
  console.error('usage: npm run fuzz [edits]   (PLACESHAPER_FUZZ_SEED=n to replay a seed)');
  process.exit(2);
}
console.log(`fuzz: ${edits} edits, seed ${seed} (replay with PLACESHAPER_FUZZ_SEED=${seed} npm run fuzz -- ${edits})`);

const build = spawnSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const started = Date.now();
const mocha = spawnSync(
  process.execPath,
  [
    path.resolve('node_modules/mocha/bin/mocha.js'),
    '--no-config',
    '--node-option',
    'import=tsx',
    '--extension',
    'ts',
    '--timeout',
    '0',
    'test/robustness/lsp-fuzz.test.ts',
  ],
  { stdio: 'inherit', env: { ...process.env, PLACESHAPER_FUZZ_EDITS: String(edits), PLACESHAPER_FUZZ_SEED: String(seed) } },
);
const minutes = ((Date.now() - started) / 60_000).toFixed(1);
console.log(`fuzz: ${mocha.status === 0 ? 'passed' : 'FAILED'} after ${minutes} min; seed ${seed}`);
process.exit(mocha.status ?? 1);
