// The language server in a web worker (dist/browser/server.js) in headless Chromium, against the
// Node server (dist/server.js over stdio) in the same run: keystroke → diagnostics on a 1 MB SCS
// (each change followed by a code action request, whose answer needs the new version's findings),
// and the cold index of the example workspace. The page plays the editor: it speaks LSP to the
// worker with postMessage, answering its file requests from the files it was given.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import * as path from 'node:path';
import { chromium } from 'playwright-core';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LspSession } from '../test/support/lsp-session';
import { tempFolder } from '../test/support/temp-folder';
import { median, percentile, type Row } from './measure';

export interface Keystroke {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  text: string;
}

/** Each edit and the edit that undoes it, as LSP changes against the original text. */
export function lspEdits(
  original: string,
  edits: readonly { offset: number; insert: string; remove: number }[],
): [Keystroke, Keystroke][] {
  const document = TextDocument.create('file:///bench/scs.md', 'markdown', 1, original);
  return edits.map((edit) => {
    const at = Math.min(edit.offset, original.length - 1);
    const start = document.positionAt(at);
    const forward = { range: { start, end: document.positionAt(at + edit.remove) }, text: edit.insert };
    const edited = TextDocument.update(TextDocument.create('file:///x', 'markdown', 1, original), [forward], 2);
    const back = {
      range: { start, end: edited.positionAt(at + edit.insert.length) },
      text: original.slice(at, at + edit.remove),
    };
    return [forward, back];
  });
}

/** Each keystroke, timed, then its undo, not timed. */
function steps(edits: readonly [Keystroke, Keystroke][]): [Keystroke, boolean][] {
  return edits.flatMap(([forward, back]): [Keystroke, boolean][] => [
    [forward, true],
    [back, false],
  ]);
}

/** The page's side: an LSP client over postMessage, in the browser. Kept to plain JavaScript, as it runs there. */
const PAGE = `<!doctype html><meta charset="utf-8"><script>
// tsx names the functions it compiles (for stack traces) with a helper that the page must have too.
window.__name = (fn) => fn;
window.lsp = (files) => {
  const worker = new Worker('/server.js');
  let id = 0;
  const pending = new Map();
  const listeners = new Set();
  const answer = (method, params) => {
    if (method === 'workspace/configuration') return params.items.map(() => ({ validate: { debounce: 0 }, codeLens: { enable: false } }));
    if (method === 'placeshaper/fs/list') return { files: Object.entries(files).map(([uri, text]) => ({ uri, size: text.length })) };
    if (method === 'placeshaper/fs/read') return { files: params.uris.map((uri) => (uri in files ? { uri, text: files[uri], size: files[uri].length } : { uri, error: 'not found' })) };
    return null;
  };
  worker.onmessage = ({ data }) => {
    if (data.id !== undefined && data.method) worker.postMessage({ jsonrpc: '2.0', id: data.id, result: answer(data.method, data.params) });
    else if (data.id !== undefined) pending.get(data.id)?.(data.result);
    else for (const listener of listeners) listener(data);
  };
  return {
    request: (method, params) => new Promise((resolve) => { pending.set(++id, resolve); worker.postMessage({ jsonrpc: '2.0', id, method, params }); }),
    notify: (method, params) => worker.postMessage({ jsonrpc: '2.0', method, params }),
    next: (accept) => new Promise((resolve) => { const l = (m) => { if (accept(m)) { listeners.delete(l); resolve(m); } }; listeners.add(l); }),
  };
};
</script>`;

const CAPABILITIES = {
  workspace: { configuration: true },
  textDocument: { publishDiagnostics: { versionSupport: true } },
  window: { workDoneProgress: true },
};

/** Serves the page and the worker bundle, opens them in headless Chromium, and hands the page to `use`. */
async function inChromium<T>(use: (page: import('playwright-core').Page) => Promise<T>): Promise<T> {
  const bundle = readFileSync('dist/browser/server.js');
  const server = createServer((request, response) => {
    if (request.url === '/server.js') response.writeHead(200, { 'content-type': 'text/javascript' }).end(bundle);
    else response.writeHead(200, { 'content-type': 'text/html' }).end(PAGE);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  try {
    const page = await browser.newPage();
    await page.goto(`http://localhost:${(server.address() as AddressInfo).port}/`);
    return await use(page);
  } finally {
    await browser.close();
    server.close();
  }
}

/** Milliseconds from each change sent to the diagnostics of its version, in the worker. */
async function workerKeystrokes(text: string, edits: readonly [Keystroke, Keystroke][]): Promise<number[]> {
  return inChromium((page) =>
    page.evaluate(
      async ({ text, edits, capabilities }) => {
        const lsp = (globalThis as unknown as { lsp: (files: object) => LspPage }).lsp({});
        const uri = 'vscode-test-web://bench/scs.md';
        await lsp.request('initialize', { processId: null, rootUri: 'vscode-test-web://bench/', capabilities });
        lsp.notify('initialized', {});
        const published = (version: number) =>
          lsp.next((m) => m.method === 'textDocument/publishDiagnostics' && m.params.uri === uri && m.params.version === version);
        let version = 1;
        const opened = published(version);
        lsp.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version, text } });
        await opened;
        const samples: number[] = [];
        for (const [change, timed] of edits) {
          // The code actions at the edit are worked out from the draft's findings: their answer comes once the new version is checked.
          const start = performance.now();
          lsp.notify('textDocument/didChange', { textDocument: { uri, version: ++version }, contentChanges: [change] });
          await lsp.request('textDocument/codeAction', {
            textDocument: { uri },
            range: change.range,
            context: { diagnostics: [] },
          });
          if (timed) samples.push(performance.now() - start);
        }
        return samples;

        interface LspPage {
          request(method: string, params: unknown): Promise<unknown>;
          notify(method: string, params: unknown): void;
          next(accept: (message: { method?: string; params: { uri: string; version: number } }) => boolean): Promise<unknown>;
        }
      },
      { text, edits: steps(edits), capabilities: CAPABILITIES },
    ),
  );
}

/** The same in the Node server, over stdio. */
async function nodeKeystrokes(text: string, edits: readonly [Keystroke, Keystroke][]): Promise<number[]> {
  const folder = tempFolder({});
  const { session } = await LspSession.start(folder.dir, { validate: { debounce: 0 }, codeLens: { enable: false } });
  try {
    let version = 1;
    const opened = session.nextDiagnostics('scs.md', (p) => p.version === version);
    await session.open('scs.md', text, version);
    await opened;
    const samples: number[] = [];
    for (const [change, timed] of steps(edits)) {
      const start = performance.now();
      await session.changeRanges('scs.md', [change], ++version);
      await session.request('textDocument/codeAction', {
        textDocument: { uri: session.uri('scs.md') },
        range: change.range,
        context: { diagnostics: [] },
      });
      if (timed) samples.push(performance.now() - start);
    }
    return samples;
  } finally {
    await session.stop();
    folder.cleanup();
  }
}

export async function workerKeystrokeRow(text: string, edits: readonly [Keystroke, Keystroke][]): Promise<Row> {
  const node = await nodeKeystrokes(text, edits);
  const worker = await workerKeystrokes(text, edits);
  return {
    name: 'keystroke → diagnostics in a web worker, 1 MB SCS',
    median: median(worker),
    p95: percentile(worker, 95),
    unit: 'ms',
    baseline: percentile(node, 95),
    ratio: percentile(worker, 95) / percentile(node, 95),
    target: 1.5,
    note: `Node server over stdio: p95 ${percentile(node, 95).toFixed(1)} ms`,
  };
}

/** Every file of a folder, by its path relative to it. */
function filesOf(root: string, dir = root): Record<string, string> {
  const files: Record<string, string> = {};
  for (const name of readdirSync(dir)) {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) Object.assign(files, filesOf(root, file));
    else files[path.relative(root, file).split(path.sep).join('/')] = readFileSync(file, 'utf8');
  }
  return files;
}

/** From `initialize` to the end of indexing (every draft read, the workspace's diagnostics computed), in the worker and in Node. */
export async function workerColdIndexRow(workspace: string, runs = 5): Promise<Row> {
  const files = Object.fromEntries(
    Object.entries(filesOf(workspace)).map(([name, text]) => [`vscode-test-web://ws/${name}`, text]),
  );
  const worker: number[] = [];
  for (let run = 0; run < runs; run++)
    worker.push(
      await inChromium((page) =>
        page.evaluate(
          async ({ files, capabilities }) => {
            const page = globalThis as unknown as {
              lsp: (files: object) => {
                request(method: string, params: unknown): Promise<unknown>;
                notify(method: string, params: unknown): void;
                next(accept: (message: { method?: string; params: { value?: { kind?: string } } }) => boolean): Promise<unknown>;
              };
            };
            // From the worker's start, as the Node server's time counts from its process's start.
            const start = performance.now();
            const lsp = page.lsp(files);
            const indexed = lsp.next((m) => m.method === '$/progress' && m.params.value?.kind === 'end');
            await lsp.request('initialize', {
              processId: null,
              rootUri: 'vscode-test-web://ws/',
              workspaceFolders: [{ uri: 'vscode-test-web://ws/', name: 'ws' }],
              capabilities,
            });
            lsp.notify('initialized', {});
            await indexed;
            return performance.now() - start;
          },
          { files, capabilities: CAPABILITIES },
        ),
      ),
    );
  const node: number[] = [];
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    const { session } = await LspSession.start(workspace, { validate: { debounce: 0 } });
    node.push(performance.now() - start);
    await session.stop();
  }
  return {
    name: 'cold index in a web worker, example workspace',
    median: median(worker),
    p95: percentile(worker, 95),
    unit: 'ms',
    baseline: median(node),
    ratio: median(worker) / median(node),
    target: 3,
    note: `${Object.keys(files).length} files read through the page; Node server from its start: ${median(node).toFixed(0)} ms`,
  };
}
