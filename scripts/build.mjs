// Bundles the CLI, the language server and the VS Code client into dist/ (CommonJS, `vscode` external),
// and the web extension into dist/browser/: its client (CommonJS for the worker extension host) and
// the language server as a web worker (an IIFE), with `node:path` served by path-browserify.
import { build } from 'esbuild';
import { existsSync } from 'node:fs';

const production = process.argv.includes('--production');
const common = {
  bundle: true,
  // Prefer ESM builds: some packages (jsonc-parser) ship UMD mains that esbuild cannot follow.
  mainFields: ['module', 'main'],
  external: ['vscode'],
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
};
const node = [
  { in: 'server/src/main.ts', out: 'cli', banner: '#!/usr/bin/env node' },
  { in: 'server/src/server.ts', out: 'server', banner: '#!/usr/bin/env node' },
  { in: 'client/src/extension.ts', out: 'client' },
].map((entry) => ({
  ...common,
  entryPoints: { [entry.out]: entry.in },
  outdir: 'dist',
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  banner: entry.banner ? { js: entry.banner } : undefined,
}));
const browser = [
  { in: 'client/src/browser-extension.ts', out: 'extension', format: 'cjs' },
  // A web worker has no DOM: packages' `worker` builds, not their `browser` ones (which may use `document`).
  { in: 'server/src/browser-server.ts', out: 'server', format: 'iife', conditions: ['worker'] },
  // The in-worker test suite for `npm run test:web`; never packaged.
  { in: 'test/web/suite.ts', out: 'web-tests', format: 'cjs', outdir: 'dist/test' },
].map((entry) => ({
  ...common,
  entryPoints: { [entry.out]: entry.in },
  outdir: entry.outdir ?? 'dist/browser',
  platform: 'browser',
  format: entry.format,
  target: 'es2022',
  conditions: entry.conditions ?? [],
  mainFields: ['browser', 'module', 'main'],
  // csv-stringify's own browser build carries the Buffer it needs.
  alias: { 'node:path': 'path-browserify', path: 'path-browserify', 'csv-stringify/sync': 'csv-stringify/browser/esm/sync' },
  define: { 'process.env.NODE_ENV': production ? '"production"' : '"development"' },
}));

await Promise.all(
  [...node, ...browser].filter((options) => existsSync(Object.values(options.entryPoints)[0])).map((options) => build(options)),
);
