// Installs the editors the editor tests drive (test/editors): Debian's Neovim, and Emacs with
// Eglot and markdown-mode. Idempotent: only what is missing is installed (as root, with apt-get).
//   node scripts/install-editors.mjs
import { spawnSync } from 'node:child_process';

const PACKAGES = ['neovim', 'emacs-nox', 'elpa-eglot', 'elpa-markdown-mode'];

const installed = (name) =>
  spawnSync('dpkg-query', ['-W', '-f=${Status}', name], { encoding: 'utf8' }).stdout === 'install ok installed';
const missing = PACKAGES.filter((name) => !installed(name));
if (missing.length === 0) {
  console.log(`[editors] ${PACKAGES.join(', ')} are installed.`);
  process.exit(0);
}
if (process.getuid?.() !== 0) {
  console.error(
    `[editors] Install ${missing.join(', ')} first (as root: apt-get update && apt-get install -y ${missing.join(' ')}).`,
  );
  process.exit(1);
}
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
for (const args of [['update'], ['install', '-y', '--no-install-recommends', ...missing]]) {
  console.log(`[editors] $ apt-get ${args.join(' ')}`);
  const result = spawnSync('apt-get', args, { stdio: ['ignore', 'inherit', 'inherit'], env });
  if (result.status !== 0) {
    console.error(`[editors] apt-get ${args[0]} failed (exit code ${result.status ?? result.signal}).`);
    process.exit(1);
  }
}
