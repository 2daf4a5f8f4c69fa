// The code's boundaries, checked by `npm run lint` (part of `npm test`): the engine imports no
// protocol, no editor and no Node file or process module outside its host; the adapters (the
// language server, the CLI) reach the engine through its entry point; the VS Code client shares
// only `common/` with the server. Import cycles are checked by dependency-cruiser
// (.dependency-cruiser.cjs), which also sees type-only imports. ARCHITECTURE.md explains each boundary.
import importX from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import tseslint from 'typescript-eslint';

/** What only the engine's host may touch, and what the engine may never import. */
const NODE_IO = ['fs', 'node:fs', 'fs/promises', 'node:fs/promises', 'child_process', 'node:child_process'];
const PROTOCOL_AND_EDITOR = [
  'vscode',
  'vscode-languageserver',
  'vscode-languageserver/*',
  'vscode-languageserver-protocol',
  'vscode-languageclient',
  'vscode-languageclient/*',
  'vscode-jsonrpc',
  'vscode-jsonrpc/*',
];

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'bench/dist/**',
      'node_modules/**',
      '.e2e/**',
      '.e2e-output/**',
      '.web-test/**',
      'coverage/**',
      'scratch-dbg/**',
    ],
  },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.mjs'],
    plugins: { 'import-x': importX },
    settings: {
      ...Object.fromEntries(
        Object.entries(importX.flatConfigs.typescript.settings).filter(([key]) => key !== 'import-x/resolver'),
      ),
      'import-x/resolver-next': [createTypeScriptImportResolver()],
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              target: './server/src/engine',
              from: [
                './server/src/lsp',
                './server/src/cli',
                './server/src/server.ts',
                './server/src/main.ts',
                './client',
                './common',
              ],
              message: 'The engine is a library: it imports no adapter, no client and no product details.',
            },
            { target: './server/src/engine', from: './test', except: [], message: 'Only tests import test support.' },
            {
              target: ['./server/src/lsp', './server/src/server.ts'],
              from: ['./server/src/cli', './client'],
              message: 'The language server imports neither the CLI nor the VS Code client.',
            },
            {
              target: './server/src/cli',
              from: ['./server/src/lsp', './server/src/server.ts', './client'],
              message: 'The CLI imports neither the language server nor the VS Code client.',
            },
            {
              target: [
                './server/src/lsp',
                './server/src/server.ts',
                './server/src/main.ts',
                './server/src/browser-server.ts',
                './server/src/cli',
              ],
              from: './server/src/engine',
              except: ['./index.ts', './node.ts'],
              message:
                'Adapters reach the engine through its entry points, server/src/engine/index.ts (and node.ts for the disk).',
            },
            { target: './client', from: './server', message: 'The VS Code client shares only common/ with the server.' },
            {
              target: './common',
              from: ['./server', './client'],
              message: 'common/ is shared by both sides, so it imports neither.',
            },
          ],
        },
      ],
    },
  },
  {
    // The engine, but for its host (the one place that touches the disk): no protocol, no editor, no files, no processes.
    files: ['server/src/engine/**/*.ts'],
    ignores: ['server/src/engine/host/**', 'server/src/engine/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: NODE_IO.map((name) => ({ name, message: 'Only the engine host (server/src/engine/host) reads the disk.' })),
          patterns: [{ group: PROTOCOL_AND_EDITOR, message: 'The engine speaks no protocol and knows no editor.' }],
        },
      ],
    },
  },
  {
    // CommonJS preloads (`node -r`) are plain scripts: `require` is how they import.
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // Tests live beside the rules they test; they may use the test support tree.
    files: ['server/src/engine/**/*.test.ts'],
    rules: { 'import-x/no-restricted-paths': 'off' },
  },
);
