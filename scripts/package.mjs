// Packages the VS Code extension as a .vsix, offline: `vsce package` first runs the
// `vscode:prepublish` script (the production build of dist/), then zips the files that package.json's `files` lists (the same as `npm pack`).
//   node scripts/package.mjs [--out placeshaper.vsix]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { out: { type: 'string', default: 'placeshaper.vsix' } } });
const out = path.resolve(values.out);
mkdirSync(path.dirname(out), { recursive: true });
const vsce = path.join(path.dirname(createRequire(import.meta.url).resolve('@vscode/vsce/package.json')), 'vsce');

const result = spawnSync(
  process.execPath,
  [
    vsce,
    'package',
    '--no-dependencies', // everything the extension runs is bundled into dist/
    '--allow-missing-repository', // the package is not published from a public repository
    '--no-rewrite-relative-links', // README links to files in the repository, which has no public URL
    '--out',
    out,
  ],
  { stdio: ['ignore', 'inherit', 'inherit'] },
);
if (result.error) throw result.error;
if (result.status !== 0) {
  console.error(`vsce package failed (exit code ${result.status ?? result.signal}).`);
  process.exit(1);
}
if (!existsSync(out)) {
  console.error(`vsce package reported success but wrote no ${out}.`);
  process.exit(1);
}
const bytes = statSync(out).size;
console.log(`${path.relative(process.cwd(), out) || out}  ${(bytes / 1024).toFixed(1)} KiB (${bytes} bytes)`);
