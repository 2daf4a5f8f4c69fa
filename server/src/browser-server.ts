// The language server in a web worker (dist/browser/server.js), for the web extension: the same
// server as in Node, reading the workspace through the editor (`lsp/browser-files.ts`).
import { BrowserMessageReader, BrowserMessageWriter, createConnection } from 'vscode-languageserver/browser';
import { MirrorFileSystem } from './engine';
import { BrowserFiles } from './lsp/browser-files';
import { ClientRequests } from './lsp/client-safety';
import { serveConnection } from './lsp/language-server';

declare const self: ConstructorParameters<typeof BrowserMessageReader>[0];

const connection = createConnection(new BrowserMessageReader(self), new BrowserMessageWriter(self));
const mirror = new MirrorFileSystem();
const files = new BrowserFiles(connection, mirror, new ClientRequests((message) => connection.console.error(message)), () =>
  // A file fetched on first use (a guidance corpus, a draft outside the listing) may change any draft's findings.
  server.rescan(),
);
const server = serveConnection(connection, {
  host: mirror,
  loadFolders: (roots, report) => files.loadFolders(roots, report),
  reload: (paths) => files.reload(paths),
});
