// One code-server (VS Code served to a browser) on 127.0.0.1, with a fresh user-data and extensions
// folder, the Placeshaper .vsix installed, and the given user settings.
import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream, mkdirSync, mkdtempSync, rmSync, writeFileSync, type WriteStream } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { env } from './environment';
import { stop, track } from './processes';

/** Settings every run shares: no welcome page, tips, telemetry, AI side bar, update checks or previews. */
export const QUIET_SETTINGS: Record<string, unknown> = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'workbench.editor.enablePreview': false,
  'telemetry.telemetryLevel': 'off',
  'chat.disableAIFeatures': true,
  'extensions.autoUpdate': false,
  'extensions.autoCheckUpdates': false,
  'extensions.ignoreRecommendations': true,
  'update.mode': 'none',
  'git.enabled': false,
  'files.autoSave': 'off',
  'editor.minimap.enabled': false,
  'window.restoreWindows': 'none',
};

export interface CodeServerOptions {
  /** A short name for logs: `main`, `restricted`. */
  name: string;
  /** User settings, over QUIET_SETTINGS. */
  settings: Record<string, unknown>;
  /** The .vsix to install: the packaged extension unless given. */
  vsix?: string;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** The environment code-server runs in: Node 24 first on PATH, its own XDG folders, nothing of an outer VS Code. */
function serverEnv(home: string): NodeJS.ProcessEnv {
  const result: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (/^(VSCODE_|ELECTRON_)/.test(key) || key === 'NODE_OPTIONS' || key.startsWith('npm_')) continue;
    result[key] = value;
  }
  result.PATH = `${path.dirname(env.node)}${path.delimiter}${process.env.PATH ?? ''}`;
  result.XDG_CONFIG_HOME = path.join(home, 'config');
  result.XDG_DATA_HOME = path.join(home, 'data');
  result.XDG_CACHE_HOME = path.join(home, 'cache');
  return result;
}

export class CodeServer {
  private constructor(
    readonly name: string,
    readonly url: string,
    readonly pid: number,
    private readonly home: string,
    private readonly log: WriteStream,
  ) {}

  /** Installs the .vsix into a fresh extensions folder, writes the settings and starts code-server; resolves once it listens. */
  static async start(options: CodeServerOptions): Promise<CodeServer> {
    const home = mkdtempSync(path.join(tmpdir(), `placeshaper-e2e-${options.name}-`));
    const userData = path.join(home, 'user-data');
    const extensions = path.join(home, 'extensions');
    const config = path.join(home, 'config.yaml'); // else code-server writes ~/.config/code-server/config.yaml
    mkdirSync(path.join(userData, 'User'), { recursive: true });
    mkdirSync(extensions, { recursive: true });
    writeFileSync(
      path.join(userData, 'User', 'settings.json'),
      JSON.stringify({ ...QUIET_SETTINGS, ...options.settings }, null, 2),
    );
    const common = ['--config', config, '--user-data-dir', userData, '--extensions-dir', extensions];

    const vsix = options.vsix ?? env.vsix;
    const install = spawnSync(env.node, [env.codeServer, ...common, '--install-extension', vsix], {
      env: serverEnv(home),
      encoding: 'utf8',
      timeout: 120_000,
    });
    const installLog = `${install.stdout ?? ''}${install.stderr ?? ''}`;
    if (install.status !== 0 || !/successfully installed/.test(installLog)) {
      rmSync(home, { recursive: true, force: true });
      throw new Error(
        `code-server --install-extension ${vsix} failed (exit ${install.status ?? install.signal ?? install.error}):\n${installLog}`,
      );
    }

    const logFile = path.join(env.output, `code-server-${options.name}.log`);
    const log = createWriteStream(logFile);
    for (let attempt = 1; ; attempt++) {
      const port = await freePort();
      const child = spawn(
        env.node,
        [
          env.codeServer,
          ...common,
          '--bind-addr',
          `127.0.0.1:${port}`,
          '--auth',
          'none',
          '--disable-telemetry',
          '--disable-update-check',
        ],
        { env: serverEnv(home), detached: true, stdio: ['ignore', 'pipe', 'pipe'] },
      );
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      if (child.pid === undefined) throw new Error(`code-server did not start: ${env.node} ${env.codeServer}`);
      track(child.pid, `code-server ${options.name}`, exited);
      let output = '';
      const ready = new Promise<boolean>((resolve) => {
        const listen = (chunk: Buffer) => {
          log.write(chunk);
          output += chunk.toString();
          if (output.includes('HTTP server listening on')) resolve(true);
        };
        child.stdout.on('data', listen);
        child.stderr.on('data', listen);
        void exited.then(() => resolve(false));
      });
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), 60_000)));
      const listening = await Promise.race([ready, timeout]);
      clearTimeout(timer);
      if (listening) {
        console.log(
          `      code-server ${options.name}: http://127.0.0.1:${port}/ (pid ${child.pid}, log ${path.relative(process.cwd(), logFile)})`,
        );
        return new CodeServer(options.name, `http://127.0.0.1:${port}`, child.pid, home, log);
      }
      await stop(child.pid);
      if (attempt >= 3 || !/EADDRINUSE/.test(output)) {
        log.end();
        rmSync(home, { recursive: true, force: true });
        throw new Error(`code-server did not start listening on 127.0.0.1:${port}:\n${output.slice(-4000)}`);
      }
    }
  }

  /** The workbench with `folder` open. */
  folderUrl(folder: string): string {
    return `${this.url}/?folder=${encodeURIComponent(folder)}`;
  }

  async stop(): Promise<void> {
    await stop(this.pid);
    this.log.end();
    rmSync(this.home, { recursive: true, force: true });
  }
}
