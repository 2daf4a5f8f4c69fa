// The npm package as a user installs it: packed from a copy of the working tree (`npm pack` runs
// `prepack`, which builds minified bundles, leaving this tree's dist/ as it is), then installed
// with `npm install --global` into a folder of its own. Done once per test run.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

export interface InstalledPackage {
  /** The folder the installed commands are in (`placeshaper`, `placeshaper-language-server`). */
  bin: string;
  /** The files `npm pack` put in the tarball. */
  packed: string[];
  /** A scratch folder, removed at the end of the run. */
  dir: string;
}

const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';
let installed: InstalledPackage | undefined;

export function installedPackage(): InstalledPackage {
  if (installed) return installed;
  const dir = mkdtempSync(path.join(tmpdir(), 'placeshaper-package-'));
  process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
  const work = path.join(dir, 'work');
  const skip = new Set(['node_modules', 'dist', '.git', 'out', 'coverage', '.e2e', '.e2e-output', 'scratch-dbg']);
  cpSync('.', work, {
    recursive: true,
    filter: (source) =>
      !(skip.has(path.basename(source)) && path.dirname(path.resolve(source)) === process.cwd()) && !source.endsWith('.tgz'),
  });
  symlinkSync(path.resolve('node_modules'), path.join(work, 'node_modules'), 'dir');
  const [packed] = JSON.parse(
    execFileSync(NPM, ['pack', '--json', '--pack-destination', dir], {
      cwd: work,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }),
  ) as { filename: string; files: { path: string }[] }[];
  const prefix = path.join(dir, 'prefix');
  execFileSync(
    NPM,
    ['install', '--global', '--prefix', prefix, '--offline', '--no-audit', '--no-fund', path.join(dir, packed.filename)],
    {
      stdio: 'ignore',
    },
  );
  installed = { bin: path.join(prefix, 'bin'), packed: packed.files.map((f) => f.path), dir };
  return installed;
}
