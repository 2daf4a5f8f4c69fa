// The language server's way of reading files in a browser (lsp/browser-files.ts over the engine's
// MirrorFileSystem), run in Node against a client that answers from a map, as the web extension's
// client answers from the editor's file system: the same findings as from the disk, and bad input
// handled without a dead worker.
import { deepStrictEqual, ok, strictEqual } from 'node:assert/strict';
import { URI } from 'vscode-uri';
import type { Connection } from 'vscode-languageserver';
import { FS_LIST_METHOD, FS_READ_METHOD, type FsListResult, type FsReadParams, type FsReadResult } from '../../common/protocol';
import { Engine, MemoryFileSystem, MirrorFileSystem } from '../../server/src/engine';
import { BrowserFiles } from '../../server/src/lsp/browser-files';
import { ClientRequests } from '../../server/src/lsp/client-safety';
import { toPath, toUri } from '../../server/src/lsp/convert';
import { LINKED_DRAFTS } from '../support/linked-drafts';

const FOLDER = 'vscode-vfs://github/exampleshire/strategies';

/** A client holding files by URI; `broken` URIs fail to read, `huge` ones are too large to read. */
function fakeClient(files: Record<string, string>, options: { broken?: string[]; huge?: string[]; listFails?: boolean } = {}) {
  const asked: { method: string; params: unknown }[] = [];
  const connection = {
    console: { error: () => undefined },
    sendRequest: async (method: string, params: unknown) => {
      asked.push({ method, params });
      if (method === FS_LIST_METHOD) {
        if (options.listFails) throw new Error('The folder is gone');
        return {
          files: Object.entries(files).map(([uri, text]) => ({ uri, size: new TextEncoder().encode(text).length })),
        } satisfies FsListResult;
      }
      if (method === FS_READ_METHOD) {
        return {
          files: (params as FsReadParams).uris.map((uri) =>
            options.huge?.includes(uri)
              ? { uri, size: 9e6, error: 'larger than 8388608 bytes' }
              : options.broken?.includes(uri) || files[uri] === undefined
                ? { uri, error: 'EntryNotFound (FileSystemError)' }
                : { uri, text: files[uri], size: files[uri].length },
          ),
        } satisfies FsReadResult;
      }
      throw new Error(`unexpected ${method}`);
    },
  } as unknown as Connection;
  return { connection, asked };
}

const inFolder = (drafts: Record<string, string>) =>
  Object.fromEntries(Object.entries(drafts).map(([name, text]) => [`${FOLDER}/${name}`, text]));

async function loaded(files: Record<string, string>, options?: Parameters<typeof fakeClient>[1]) {
  const { connection, asked } = fakeClient(files, options);
  const mirror = new MirrorFileSystem();
  const fetched: string[][] = [];
  const browserFiles = new BrowserFiles(connection, mirror, new ClientRequests(() => undefined), (paths) =>
    fetched.push([...paths]),
  );
  const root = toPath(FOLDER);
  await browserFiles.loadFolders([root]);
  return { mirror, engine: new Engine({ host: mirror, root }), root, asked, fetched };
}

describe('paths for documents of a virtual workspace', () => {
  it('keep their folders, so relative links resolve, and give their URI back', () => {
    for (const uri of [
      'vscode-vfs://github/exampleshire/strategies/scs/district.md',
      'vscode-test-web://mount/laa/exampleshire-laa.md',
      'vscode-test-web://mount/',
      'file:///home/council/drafts/scs.md',
    ])
      strictEqual(toUri(toPath(uri)), URI.parse(uri).toString(), uri);
    strictEqual(
      toPath('vscode-vfs://github/exampleshire/strategies/scs/district.md'),
      '/~virtual/vscode-vfs/github/exampleshire/strategies/scs/district.md',
    );
  });
});

describe('the server’s files in a browser, read through the client', () => {
  it('gives the same findings as the same drafts on disk', async () => {
    const drafts = {
      ...LINKED_DRAFTS,
      'laa/laa.md': LINKED_DRAFTS['laa/laa.md'].replace('indicator: NI 16', 'indicator: NI 31'),
    };
    const { engine, root } = await loaded(inFolder(drafts));
    const memory = new Engine({
      host: new MemoryFileSystem(Object.fromEntries(Object.entries(drafts).map(([name, text]) => [`/ws/${name}`, text]))),
      root: '/ws',
    });
    for (const name of Object.keys(drafts)) {
      const seen = (e: Engine, base: string) =>
        e.check(`${base}/${name}`).map((f) => [f.rule, f.span, f.message.replaceAll(base, '')]);
      deepStrictEqual(seen(engine, root), seen(memory, '/ws'), name);
    }
    deepStrictEqual(
      engine.check(`${root}/laa/laa.md`).map((f) => f.rule),
      ['laa/indicator'],
    );
  });

  it('says how far it has got, batch by batch, while it reads a large folder', async () => {
    const drafts = Object.fromEntries(Array.from({ length: 120 }, (_, i) => [`laa/laa-${i}.md`, '# Not a draft\n']));
    const { connection } = fakeClient(inFolder(drafts));
    const said: string[] = [];
    await new BrowserFiles(connection, new MirrorFileSystem(), new ClientRequests(() => undefined), () => undefined).loadFolders(
      [toPath(FOLDER)],
      (message) => said.push(message),
    );
    deepStrictEqual(said, ['read 50 of 120 files', 'read 100 of 120 files']);
  });

  it('reads the folder in one listing and batches of reads', async () => {
    const { asked } = await loaded(inFolder(LINKED_DRAFTS));
    deepStrictEqual(
      asked.map((a) => a.method),
      [FS_LIST_METHOD, FS_READ_METHOD],
    );
    deepStrictEqual((asked[1].params as FsReadParams).uris.length, Object.keys(LINKED_DRAFTS).length);
  });

  it('fetches a file first asked for later (a guidance corpus), then has the drafts checked again', async () => {
    const { mirror, fetched, asked } = await loaded(inFolder({ 'scs/county.md': LINKED_DRAFTS['scs/county.md'] }));
    const corpus = `${toPath(FOLDER)}/guidance/local.yaml`;
    strictEqual(mirror.readFile(corpus), undefined);
    await new Promise((resolve) => setTimeout(resolve, 0));
    await new Promise((resolve) => setTimeout(resolve, 0));
    deepStrictEqual(fetched, [[corpus]]);
    deepStrictEqual((asked.at(-1)!.params as FsReadParams).uris, [`${FOLDER}/guidance/local.yaml`]);
    // Not there: asked once, never again.
    strictEqual(mirror.readFile(corpus), undefined);
    await new Promise((resolve) => setTimeout(resolve, 0));
    strictEqual(fetched.length, 1);
  });

  it('reports a link to a file the editor cannot read as it reports one to a missing file, and carries on', async () => {
    const broken = `${FOLDER}/scs/district.md`;
    const { engine, root } = await loaded(inFolder(LINKED_DRAFTS), { broken: [broken] });
    deepStrictEqual(
      engine.check(`${root}/ldf/core.md`).map((f) => [f.rule, f.message]),
      [
        [
          'align/broken-link',
          '‘related.scs’ leads to a file that does not exist: check the path ‘../scs/district.md’, which is relative to this draft.',
        ],
        // The two links in the body.
        ...Array.from({ length: 2 }, () => [
          'align/broken-link',
          'This link leads to a file that does not exist: check the path ‘../scs/district.md’, which is relative to this draft.',
        ]),
      ],
    );
  });

  it('leaves a file too large to read unread, knowing its size, and a binary one read as text without a crash', async () => {
    const huge = `${FOLDER}/laa/huge.md`;
    const files = inFolder({ ...LINKED_DRAFTS, 'laa/huge.md': 'x', 'laa/binary.md': '\u0000\u0001\u0002PNG\u0000\u00ff' });
    const { mirror, engine, root } = await loaded(files, { huge: [huge] });
    deepStrictEqual(
      [mirror.fileSize(toPath(huge)), mirror.readFile(toPath(huge)), mirror.holds(toPath(huge))],
      [9e6, undefined, true],
    );
    deepStrictEqual(engine.check(`${root}/laa/huge.md`), []);
    deepStrictEqual(engine.check(`${root}/laa/binary.md`), []);
    ok(engine.check(`${root}/laa/laa.md`).length === 0);
  });

  it('lists nothing of a folder that has disappeared, and says so once in the log, without failing', async () => {
    const logged: string[] = [];
    const { connection } = fakeClient({}, { listFails: true });
    const mirror = new MirrorFileSystem();
    const browserFiles = new BrowserFiles(connection, mirror, new ClientRequests((m) => logged.push(m)), () => undefined);
    await browserFiles.loadFolders([toPath(FOLDER)]);
    deepStrictEqual(mirror.readDirectory(toPath(FOLDER)), []);
    deepStrictEqual(logged, [
      'The editor refused `placeshaper/fs/list` (The folder is gone); Placeshaper carries on without it.',
    ]);
  });
});
