// The engine's entry point for Node: everything in `engine/index.ts` and the disk as a host.
export * from './index';
export { NodeFileSystem } from './host/node-file-system';
