// Neovim (Debian's, 0.7) with the README's recipe, started headless on the example workspace, the
// server being the installed `placeshaper lsp`: what it shows must be what `placeshaper check` says.
import { deepStrictEqual, ok, strictEqual } from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { Engine, NodeFileSystem } from '../../server/src/engine/node';
import { priorityLenses } from '../../server/src/engine';
import { LineIndex } from '../../server/src/engine/text/line-index';
import * as editors from '../support/editors';
import type { CheckedDiagnostic } from '../support/editors';
import { LspSession } from '../support/lsp-session';

const HAS_NEOVIM = editors.editorAvailable('nvim');

interface NeovimSaw {
  error?: string;
  diagnostics: CheckedDiagnostic[];
  hover?: string;
  lens: { file: string; line: number; column: number }[];
  renameError?: string;
  renamedFiles?: number;
  quickfix: { file: string; line: number; column: number; type: string }[];
}

(HAS_NEOVIM ? describe : describe.skip)('Neovim with the README recipe (nvim 0.7, headless)', function () {
  this.timeout(240000);
  let root: string;
  let saw: NeovimSaw;
  let checkedBefore: CheckedDiagnostic[];
  let expectedHover: string;
  let bin: string;
  const SCS = 'scs/exampleshire-scs.md';

  before(async () => {
    const installed = editors.installedPackage();
    bin = installed.bin;
    root = editors.exampleWorkspace(installed.dir, 'neovim');
    checkedBefore = editors.checkReport(bin, root, true);
    // The hover any client gets at the `vision` key, from the same server.
    const { session } = await LspSession.start(root, undefined, { command: [path.join(bin, 'placeshaper'), 'lsp'] });
    try {
      const [file, line, character] = editors.placeIn(root, SCS, 'vision:').split(':');
      await session.open(file, readFileSync(path.join(root, file), 'utf8'));
      expectedHover = (
        await session.request<{ contents: { value: string } }>('textDocument/hover', {
          textDocument: { uri: session.uri(file) },
          position: { line: Number(line), character: Number(character) },
        })
      ).contents.value;
    } finally {
      await session.stopSafely();
    }

    const config = path.join(installed.dir, `nvim-${path.basename(root)}`);
    writeFileSync(`${config}-init.lua`, editors.readmeRecipe('neovim-0.7'));
    writeFileSync(`${config}-errorformat.vim`, editors.readmeRecipe('vim-errorformat'));
    const driver = path.resolve('test/editors/neovim-driver.lua');
    saw = editors.runEditor<NeovimSaw>(
      'nvim',
      [
        '--headless',
        '-u',
        `${config}-init.lua`,
        '-i',
        'NONE',
        '-n',
        '-c',
        `source ${config}-errorformat.vim`,
        '-c',
        `luafile ${driver}`,
      ],
      {
        cwd: root,
        bin,
        home: installed.dir,
        env: {
          PLACESHAPER_OPEN: SCS,
          PLACESHAPER_EXPECTED: String(checkedBefore.length),
          PLACESHAPER_HOVER: editors.placeIn(root, SCS, 'vision:'),
          PLACESHAPER_LENS: editors.placeIn(root, SCS, 'id: safer-communities'),
          PLACESHAPER_RENAME_AT: editors.placeIn(root, SCS, 'id: safer-communities', 4),
          PLACESHAPER_RENAME_TO: 'community-safety',
        },
      },
    );
  });

  it('shows every draft’s diagnostics, closed drafts too, exactly as `placeshaper check` reports them', () => {
    ok(checkedBefore.length > 0);
    deepStrictEqual(editors.sortDiagnostics(saw.diagnostics), checkedBefore);
  });

  it('hovers a frontmatter key with the guidance quoted', () => {
    strictEqual(saw.hover, expectedHover);
    // A verbatim quote, then its source and section.
    ok(/^> .+\n\n— .+, §\d/m.test(expectedHover), expectedHover);
  });

  it('runs a priority’s code lens: the places that deliver it in the quickfix list', () => {
    const engine = new Engine({ host: new NodeFileSystem(), root });
    // The lens of the first priority, as the engine counts it (before the rename below).
    const [lens] = priorityLenses(engine, path.join(root, SCS));
    const expected = lens.locations.map((l) => {
      const text = readFileSync(l.path, 'utf8');
      const { line, character } = new LineIndex(text).positionAt(l.span.start);
      return {
        file: path.relative(root, l.path),
        line: line + 1,
        column: Buffer.byteLength(text.split('\n')[line].slice(0, character)) + 1,
      };
    });
    ok(expected.length > 1);
    deepStrictEqual(saw.lens, expected);
  });

  it('renames a priority across files, saved to disk, and `placeshaper check` says the same as before', () => {
    strictEqual(saw.renameError, undefined);
    // The SCS, the LAA's targets, and the links to its section from the Millbrook SCS.
    strictEqual(saw.renamedFiles, 3);
    const after = editors.checkReport(bin, root, true);
    deepStrictEqual(after, checkedBefore);
    ok(readFileSync(path.join(root, SCS), 'utf8').includes('id: community-safety'));
    ok(!readFileSync(path.join(root, 'laa/exampleshire-laa.md'), 'utf8').includes('priority: safer-communities'));
    ok(readFileSync(path.join(root, 'scs/millbrook-scs.md'), 'utf8').includes('exampleshire-scs.md#community-safety'));
  });

  it('lists `placeshaper check` in the quickfix list through the README’s errorformat', () => {
    deepStrictEqual(
      saw.quickfix,
      editors.checkReport(bin, root).map((d) => ({ file: d.file, line: d.line, column: d.column, type: d.severity[0] })),
    );
  });
});
