import { deepStrictEqual, ok } from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { zipEntries } from './support/zip';

/** What may ship: the bundles, the contributed files, the rule docs and the package's own files. */
const ALLOWED = [
  /^\[Content_Types\]\.xml$/,
  /^extension\.vsixmanifest$/,
  /^extension\/(package\.json|readme\.md|changelog\.md|LICENSE\.txt)$/,
  /^extension\/dist\/(client|server|cli)\.js$/,
  /^extension\/dist\/browser\/(extension|server)\.js$/,
  /^extension\/schemas\/[a-z-]+\.schema\.json$/,
  /^extension\/syntaxes\/[a-z.-]+\.tmLanguage\.json$/,
  /^extension\/snippets\/[a-z-]+\.code-snippets$/,
  /^extension\/docs\/rules\.md$/,
];

// The .vsix must ship the language server: until server/src/server.ts exists there is nothing to package.
const HAS_SERVER = existsSync('server/src/server.ts');
const describeIfServer = HAS_SERVER ? describe : describe.skip;

describeIfServer(
  HAS_SERVER ? 'npm run package' : 'npm run package (skipped: server/src/server.ts, the language server, does not exist yet)',
  function () {
    this.timeout(180_000);
    let work: string;
    let vsix: string;
    let entries: Map<string, Buffer>;

    before(async () => {
      // Package a copy of the working tree, so that the production build does not replace the dev build in dist/.
      work = mkdtempSync(path.join(tmpdir(), 'placeshaper-package-'));
      const skip = new Set(['node_modules', 'dist', '.git', 'out', 'coverage', '.e2e', '.e2e-output']);
      cpSync('.', work, {
        recursive: true,
        filter: (source) =>
          !(skip.has(path.basename(source)) && path.dirname(path.resolve(source)) === process.cwd()) && !source.endsWith('.vsix'),
      });
      symlinkSync(path.resolve('node_modules'), path.join(work, 'node_modules'), 'dir');
      vsix = path.join(work, 'out', 'placeshaper.vsix');
      const run = spawnSync(process.execPath, ['scripts/package.mjs', '--out', vsix], { cwd: work, encoding: 'utf8' });
      ok(run.status === 0, `package script failed (${run.status}):\n${run.stdout}\n${run.stderr}`);
      ok(run.stdout.includes('placeshaper.vsix'), `the script prints the .vsix path:\n${run.stdout}`);
      entries = await zipEntries(vsix);
    });

    after(() => {
      if (work) rmSync(work, { recursive: true, force: true });
    });

    it('writes a .vsix smaller than 2 MB', () => {
      ok(statSync(vsix).size < 2 * 1024 * 1024, `${statSync(vsix).size} bytes`);
    });

    it('ships the bundles, the manifest, the schemas, the snippets and the grammars', () => {
      for (const name of [
        'extension/dist/client.js',
        'extension/dist/server.js',
        'extension/dist/cli.js',
        'extension/dist/browser/extension.js',
        'extension/dist/browser/server.js',
        'extension/package.json',
        'extension/schemas/placeshaper-config.schema.json',
        'extension/snippets/placeshaper.code-snippets',
        'extension/syntaxes/placeshaper.injection.tmLanguage.json',
        'extension/syntaxes/placeshaper.frontmatter.injection.tmLanguage.json',
        'extension/docs/rules.md',
      ]) {
        ok(entries.has(name), `${name} is missing from ${[...entries.keys()].join(', ')}`);
      }
    });

    it('ships nothing else: no sources, tests, maps, node_modules or examples', () => {
      const names = [...entries.keys()];
      deepStrictEqual(
        names.filter((name) => /\/src\/|\/test\/|node_modules|\.map$|\.ts$|examples/.test(name)),
        [],
      );
      deepStrictEqual(
        names.filter((name) => !ALLOWED.some((pattern) => pattern.test(name))),
        [],
      );
    });

    it('ships every file its manifest names', () => {
      const manifest = JSON.parse(entries.get('extension/package.json')!.toString('utf8')) as {
        main: string;
        contributes: {
          grammars: { path: string }[];
          snippets: { path: string }[];
          jsonValidation: { url: string }[];
          yamlValidation: { url: string }[];
        };
      };
      const { contributes } = manifest;
      const named = [
        manifest.main,
        ...contributes.grammars.map((g) => g.path),
        ...contributes.snippets.map((s) => s.path),
        ...contributes.jsonValidation.map((v) => v.url),
        ...contributes.yamlValidation.map((v) => v.url),
      ];
      for (const file of named)
        ok(entries.has(path.posix.join('extension', file)), `${file} is named in package.json but not shipped`);
    });

    it('ships production bundles: minified, with no source map reference', () => {
      for (const bundle of ['client', 'server', 'cli', 'browser/extension', 'browser/server']) {
        const text = entries.get(`extension/dist/${bundle}.js`)!.toString('utf8');
        ok(!text.includes('sourceMappingURL'), `${bundle}.js refers to a source map`);
        // esbuild marks each module of an unminified bundle with a `// path/to/module.ts` comment.
        ok(!/^\s*\/\/ (client|server)\/src\//m.test(text), `${bundle}.js is not minified`);
      }
    });
  },
);
