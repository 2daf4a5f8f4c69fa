/**
 * Node flags the language server runs with. A small young generation keeps an indexed
 * workspace's memory near its data (the benchmark measures the server with these flags).
 */
export const SERVER_NODE_FLAGS: readonly string[] = ['--max-semi-space-size=4'];
