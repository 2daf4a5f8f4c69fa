// No module imports itself round a cycle, not even through type-only imports: checked by
// `npm run lint:cycles` (part of `npm test`). The other boundaries are in eslint.config.mjs.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-cycle',
      severity: 'error',
      comment: 'An import cycle ties modules into one; move what both need into a module of its own (ARCHITECTURE.md).',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(dist|bench/dist|node_modules|\\.e2e|scratch-dbg)/' },
  },
};
