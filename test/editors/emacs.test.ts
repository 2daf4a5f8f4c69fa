// Emacs (Debian's 28, batch) with Eglot and the README's recipe, on the example workspace, the
// server being the installed `placeshaper lsp`: what it shows must be what `placeshaper check` says.
import { deepStrictEqual, ok, strictEqual } from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import * as editors from '../support/editors';
import type { CheckedDiagnostic } from '../support/editors';

const HAS_EMACS = editors.editorAvailable('emacs');

interface EmacsSaw {
  error?: string;
  diagnostics: CheckedDiagnostic[];
  hover?: string;
  renamed?: boolean;
}

(HAS_EMACS ? describe : describe.skip)('Emacs with Eglot and the README recipe (Emacs 28, batch)', function () {
  this.timeout(240000);
  let root: string;
  let bin: string;
  let saw: EmacsSaw;
  let checked: CheckedDiagnostic[];
  const SCS = 'scs/exampleshire-scs.md';

  before(() => {
    const installed = editors.installedPackage();
    bin = installed.bin;
    root = editors.exampleWorkspace(installed.dir, 'emacs');
    checked = editors.checkReport(bin, root);
    const drafts = (
      JSON.parse(
        spawnSync(path.join(bin, 'placeshaper'), ['check', '--format', 'json'], { cwd: root, encoding: 'utf8' }).stdout,
      ) as { drafts: string[] }
    ).drafts;
    const recipe = path.join(installed.dir, `${path.basename(root)}-recipe.el`);
    writeFileSync(recipe, editors.readmeRecipe('emacs-eglot'));
    const driver = path.resolve('test/editors/emacs-driver.el');
    // Packages activated as an interactive Emacs activates them at startup (markdown-mode's file associations among them).
    saw = editors.runEditor<EmacsSaw>(
      'emacs',
      ['--batch', '--no-init-file', '--eval', '(package-activate-all)', '-l', recipe, '-l', driver],
      {
        cwd: root,
        bin,
        home: installed.dir,
        env: {
          PLACESHAPER_FILES: drafts.join(':'),
          PLACESHAPER_EXPECTED: String(checked.length),
          PLACESHAPER_HOVER: editors.placeIn(root, SCS, 'vision:'),
          PLACESHAPER_RENAME_AT: editors.placeIn(root, SCS, 'id: safer-communities', 4),
          PLACESHAPER_RENAME_TO: 'community-safety',
        },
      },
    );
  });

  it('shows the diagnostics of every visited draft exactly as `placeshaper check` reports them', () => {
    ok(checked.length > 0);
    // Eglot shows infos and hints alike, as notes.
    const asEglotShows = checked.map((d) => ({
      ...d,
      severity: d.severity === 'info' || d.severity === 'hint' ? 'note' : d.severity,
    }));
    deepStrictEqual(editors.sortDiagnostics(saw.diagnostics), asEglotShows);
  });

  it('hovers a frontmatter key with the guidance quoted, its source and section below', () => {
    ok(saw.hover?.startsWith('**`vision`** — the vision statement\n\n> '), saw.hover);
    ok(/^— .+, §\d/m.test(saw.hover!), saw.hover);
  });

  it('renames a priority across files, saved to disk, and `placeshaper check` says the same as before', () => {
    strictEqual(saw.renamed, true);
    deepStrictEqual(editors.checkReport(bin, root), checked);
    ok(readFileSync(path.join(root, SCS), 'utf8').includes('id: community-safety'));
    ok(!readFileSync(path.join(root, 'laa/exampleshire-laa.md'), 'utf8').includes('priority: safer-communities'));
    ok(readFileSync(path.join(root, 'scs/millbrook-scs.md'), 'utf8').includes('exampleshire-scs.md#community-safety'));
  });
});
