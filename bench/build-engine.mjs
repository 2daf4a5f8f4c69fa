// Bundles the engine for the memory benchmark, which measures it in a process of its own.
import { build } from 'esbuild';

await build({
  stdin: { contents: "export { Engine, NodeFileSystem } from '../server/src/engine/node';", resolveDir: 'bench', loader: 'ts' },
  outfile: 'bench/dist/engine.js',
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  mainFields: ['module', 'main'],
  logLevel: 'warning',
});
