// Nothing from outside: a hostile workspace whose configuration, guidance and links point outside it
// (by relative path, absolute path and symbolic link) gets each such path reported where it is
// written, and Placeshaper never opens a file outside the workspace nor quotes one.
import { deepStrictEqual, ok, strictEqual } from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import type { Hover, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { Engine } from '../../server/src/engine/engine';
import { hover } from '../../server/src/engine/features/hover';
import { NodeFileSystem, type DirectoryEntry } from '../../server/src/engine/node';
import { isWithin } from '../../server/src/engine/workspace/containment';
import { CLEAN_SCS } from '../support/drafts';
import { LspSession, within } from '../support/lsp-session';

const SECRET = 'SECRET-TOKEN-from-outside';
const CORPUS = `sources:\n  L: {title: ${SECRET} source}\npassages:\n  - {id: ${SECRET}, source: L, section: "1", sectionTitle: Scope, standing: local, text: "${SECRET} passage about the vision.", keys: [vision], terms: [vision]}\n`;

/** Records every path it opens (a file read, a folder listed). */
class RecordingFileSystem extends NodeFileSystem {
  readonly opened: string[] = [];

  override readFile(filePath: string): string | undefined {
    this.opened.push(filePath);
    return super.readFile(filePath);
  }

  override readDirectory(dirPath: string): DirectoryEntry[] {
    this.opened.push(dirPath);
    return super.readDirectory(dirPath);
  }
}

/** A workspace `ws/` whose configuration, guidance and links reach for `outside/` beside it. */
function hostileWorkspace() {
  const top = realpathSync(mkdtempSync(path.join(tmpdir(), 'placeshaper-hostile-')));
  const outside = path.join(top, 'outside');
  const ws = path.join(top, 'ws');
  const write = (file: string, text: string) => {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
  };
  write(path.join(outside, 'secret.yaml'), `rules:\n  ${SECRET}: error\n`);
  write(
    path.join(outside, 'secret.md'),
    CLEAN_SCS.replace('title: Exampleshire Sustainable Community Strategy', `title: ${SECRET}`),
  );
  write(path.join(outside, 'guidance.yaml'), CORPUS);
  write(
    path.join(ws, '.placeshaper.yaml'),
    `extends: ../outside/secret.yaml\nguidance:\n  - ../outside/guidance.yaml\n  - ${path.join(outside, 'guidance.yaml')}\n  - linked-guidance.yaml\n`,
  );
  symlinkSync(path.join(outside, 'guidance.yaml'), path.join(ws, 'linked-guidance.yaml'));
  write(path.join(ws, 'absolute/.placeshaper.yaml'), `extends: ${path.join(outside, 'secret.yaml')}\n`);
  write(path.join(ws, 'absolute/a.md'), CLEAN_SCS);
  mkdirSync(path.join(ws, 'linked'));
  symlinkSync(path.join(outside, 'secret.yaml'), path.join(ws, 'linked/.placeshaper.yaml'));
  write(path.join(ws, 'linked/b.md'), CLEAN_SCS);
  symlinkSync(path.join(outside, 'secret.md'), path.join(ws, 'linked-draft.md'));
  write(
    path.join(ws, 'scs/scs.md'),
    CLEAN_SCS.replace(
      'status: draft',
      'status: draft\nrelated:\n  core-strategy: ../../outside/secret.md\n  county-scs: ../linked-draft.md',
    ) + '\nSee [the other](../linked-draft.md#P1), [this](/etc/passwd.md) and [the archive](../..archive/old.md#P1).\n',
  );
  // A folder whose name begins with two dots is a folder like any other, inside the workspace.
  write(path.join(ws, '..archive/old.md'), CLEAN_SCS);
  return { top, ws, outside, cleanup: () => rmSync(top, { recursive: true, force: true }) };
}

describe('containment: a hostile workspace', function () {
  this.timeout(60_000);
  let hostile: ReturnType<typeof hostileWorkspace>;

  before(() => {
    hostile = hostileWorkspace();
  });

  after(() => hostile?.cleanup());

  it('reports every path that leaves the workspace where it is written, and never opens a file outside it', () => {
    const host = new RecordingFileSystem();
    const engine = new Engine({ host, root: hostile.ws, today: new Date('2026-11-21T12:00:00Z') });
    const said: string[] = [];
    for (const file of engine.workspace.files()) {
      said.push(...engine.check(file).map((f) => `${path.relative(hostile.ws, f.path)} ${f.rule} ${f.message}`));
      said.push(...engine.configProblems(file).map((p) => `${path.relative(hostile.ws, p.path)} config/invalid ${p.message}`));
      const draft = engine.workspace.draft(file)!;
      for (let offset = 0; offset < draft.parsed.text.length; offset += 7) {
        const result = hover(engine, file, offset);
        if (result) said.push(result.markdown);
      }
    }
    const outsideOpened = [...new Set(host.opened)].filter((p) => !isWithin(hostile.ws, realpathSync(p)));
    deepStrictEqual(outsideOpened, []);
    deepStrictEqual(
      said.filter((line) => line.includes(SECRET)),
      [],
    );
    const configProblems = [...new Set(said.filter((line) => line.includes('config/invalid')))].sort();
    deepStrictEqual(configProblems, [
      '.placeshaper.yaml config/invalid ‘../outside/guidance.yaml’ was not loaded: move it inside the workspace, as guidance is read only from inside the workspace folder.',
      `.placeshaper.yaml config/invalid ‘${path.join(hostile.outside, 'guidance.yaml')}’ was not loaded: move it inside the workspace, as guidance is read only from inside the workspace folder.`,
      '.placeshaper.yaml config/invalid ‘extends’ names a file outside the workspace: copy its settings into a file inside it, as configuration is read only from inside the workspace folder (‘../outside/secret.yaml’).',
      '.placeshaper.yaml config/invalid ‘linked-guidance.yaml’ was not loaded: move it inside the workspace, as guidance is read only from inside the workspace folder.',
      `absolute/.placeshaper.yaml config/invalid ‘extends’ names a file outside the workspace: copy its settings into a file inside it, as configuration is read only from inside the workspace folder (‘${path.join(hostile.outside, 'secret.yaml')}’).`,
      'linked/.placeshaper.yaml config/invalid This configuration file was not read: put a file inside the workspace in place of this link, as configuration is read only from inside the workspace folder.',
    ]);
    deepStrictEqual(
      said.filter((line) => line.startsWith('scs/scs.md align/broken-link')),
      [
        'scs/scs.md align/broken-link ‘related.core-strategy’ leads outside the workspace: link to a draft inside it instead of ‘../../outside/secret.md’; Placeshaper never reads files outside the workspace.',
        'scs/scs.md align/broken-link ‘related.county-scs’ leads outside the workspace: link to a draft inside it instead of ‘../linked-draft.md’; Placeshaper never reads files outside the workspace.',
        'scs/scs.md align/broken-link This link leads outside the workspace: link to a draft inside it instead of ‘../linked-draft.md’; Placeshaper never reads files outside the workspace.',
        'scs/scs.md align/broken-link This link leads outside the workspace: link to a draft inside it instead of ‘/etc/passwd.md’; Placeshaper never reads files outside the workspace.',
      ],
    );
    // `..archive` is a (hidden) folder inside the workspace, not a step out of it: its drafts are read, and links to them resolve.
    const archived = path.join(hostile.ws, '..archive/old.md');
    ok(engine.workspace.isInside(archived), 'a folder named ‘..archive’ is inside the workspace');
    ok(engine.workspace.draft(archived)?.isDraft);
    deepStrictEqual(
      said.filter((line) => line.includes('align/broken-link') && line.includes('..archive')),
      [],
    );
  });

  it('prints nothing of the outside files from the command line, in any format', () => {
    for (const format of ['text', 'json', 'sarif', 'github']) {
      const result = spawnSync(process.execPath, [path.resolve('dist/cli.js'), 'check', '--format', format], {
        cwd: hostile.ws,
        encoding: 'utf8',
        env: { ...process.env, PLACESHAPER_TODAY: '2026-11-21' },
      });
      strictEqual(result.status, 1, `${format}: ${result.stderr}`);
      ok(!`${result.stdout}${result.stderr}`.includes(SECRET), `${format} printed the outside file's content`);
      ok(result.stdout.includes('outside the workspace'), format);
    }
  });

  it('never publishes diagnostics for a file outside the workspace, nor shows its guidance, in the editor', async () => {
    const { session } = await LspSession.start(hostile.ws);
    try {
      const uris: string[] = [];
      const stop = session.onDiagnostics((p: PublishDiagnosticsParams) => uris.push(p.uri));
      const text = CLEAN_SCS;
      const published = session.nextDiagnostics('scs/scs.md');
      await session.open('scs/scs.md', text, 1);
      await within(published, 20_000, 'diagnostics');
      const answer = await session.requestWithin<Hover | null>(20_000, 'textDocument/hover', {
        textDocument: { uri: session.uri('scs/scs.md') },
        position: { line: 11, character: 2 },
      });
      ok(!JSON.stringify(answer).includes(SECRET));
      await session.recheck();
      stop();
      deepStrictEqual(
        uris.filter((uri) => !uri.startsWith(session.uri(''))),
        [],
      );
      deepStrictEqual(
        session.log.filter((line) => line.includes(SECRET)),
        [],
      );
    } finally {
      await session.stopSafely();
    }
  });
});
