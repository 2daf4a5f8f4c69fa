// The npm package as a user installs it: `npm pack`, then `npm install -g` of the tarball, and both bins.
import { deepStrictEqual, ok, strictEqual } from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { installedPackage } from './support/installed-package';
import { LspSession } from './support/lsp-session';

describe('the npm package, packed and installed globally', function () {
  this.timeout(180000);
  let dir: string;
  let bin: string;

  before(() => {
    ({ bin, dir } = installedPackage());
  });

  it('packs the bundles, the schemas, grammars and snippets, the rule docs and the package files', () => {
    deepStrictEqual(
      installedPackage()
        .packed.filter((f) => !/^(schemas|syntaxes|snippets)\//.test(f))
        .sort(),
      [
        'CHANGELOG.md',
        'LICENSE',
        'README.md',
        'dist/browser/extension.js',
        'dist/browser/server.js',
        'dist/cli.js',
        'dist/client.js',
        'dist/server.js',
        'docs/rules.md',
        'package.json',
      ],
    );
  });

  it('installs the placeshaper and placeshaper-language-server commands', () => {
    deepStrictEqual(readdirSync(bin).sort(), ['placeshaper', 'placeshaper-language-server']);
    for (const command of ['placeshaper', 'placeshaper-language-server']) {
      const result = spawnSync(path.join(bin, command), ['--version'], { encoding: 'utf8' });
      deepStrictEqual([result.status, result.stdout], [0, '0.1.0\n'], command);
    }
  });

  it('says how to start the server in a few lines, from the minified bundles too', () => {
    for (const [command, args] of [
      ['placeshaper', ['lsp', '--help']],
      ['placeshaper-language-server', ['--help']],
      ['placeshaper', ['lsp', '--bogus']],
      ['placeshaper-language-server', ['--socket']],
    ] as const) {
      const result = spawnSync(path.join(bin, command), args, { encoding: 'utf8' });
      const said = result.stdout + result.stderr;
      ok(said.startsWith(args[args.length - 1] === '--help' ? 'Usage: ' : `${command}`), said);
      ok(said.split('\n').length <= 8, `${command} ${args.join(' ')} said ${said.length} characters:\n${said.slice(0, 500)}`);
    }
  });

  it('checks the example workspace from the installed command', () => {
    const workspace = path.join(dir, 'exampleshire');
    cpSync('examples/exampleshire', workspace, { recursive: true });
    const installed = spawnSync(path.join(bin, 'placeshaper'), ['check', '--format', 'json'], {
      cwd: workspace,
      encoding: 'utf8',
    });
    const built = spawnSync(process.execPath, [path.resolve('dist/cli.js'), 'check', '--format', 'json'], {
      cwd: workspace,
      encoding: 'utf8',
    });
    strictEqual(installed.status, built.status);
    strictEqual(installed.stdout, built.stdout);
    strictEqual(JSON.parse(installed.stdout).drafts.length, 5);
  });

  for (const [command, args] of [
    ['placeshaper', ['lsp']],
    ['placeshaper-language-server', []],
  ] as const) {
    it(`starts the language server with \`${[command, ...args].join(' ')}\` and answers an editor over stdio`, async () => {
      const target = path.join(bin, command);
      ok(existsSync(target));
      const { session, initialize } = await LspSession.start(path.resolve('examples/exampleshire'), undefined, {
        command: [target, ...args],
      });
      try {
        deepStrictEqual((initialize as { serverInfo: unknown }).serverInfo, { name: 'placeshaper', version: '0.1.0' });
      } finally {
        await session.stopSafely();
      }
    });
  }
});
