// Every editor recipe of the README: those for editors that run here are run (neovim.test.ts,
// emacs.test.ts); the others are read as their editors read them, and checked for what starts
// Placeshaper. The protocol section must name every custom request the server answers.
import { deepStrictEqual, ok, strictEqual } from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { parse as parseToml } from 'smol-toml';
import * as protocol from '../../common/protocol';
import { parseSettings } from '../../server/src/lsp/settings';
import { editorAvailable } from '../support/editors';
import { readmeRecipe, readmeRecipeNames } from '../support/readme-recipes';

describe('the editor recipes of the README', () => {
  it('are the ones the tests know', () => {
    deepStrictEqual(readmeRecipeNames(), [
      'settings',
      'neovim-0.7',
      'neovim-0.8',
      'neovim-0.11',
      'vim-errorformat',
      'emacs-eglot',
      'helix',
      'sublime-lsp',
      'zed-extension-toml',
      'zed-extension-rust',
    ]);
  });

  it('give settings the server reads without a problem', () => {
    const { placeshaper } = JSON.parse(readmeRecipe('settings')) as { placeshaper: unknown };
    deepStrictEqual(parseSettings(placeshaper), {
      settings: { rules: { 'laa/period': 'off' }, validateOnType: true, debounceMs: 150, codeLens: true },
      problems: [],
    });
  });

  (editorAvailable('nvim') ? it : it.skip)('give Neovim Lua it compiles, for every version', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'placeshaper-lua-'));
    try {
      for (const name of ['neovim-0.7', 'neovim-0.8', 'neovim-0.11']) {
        const file = path.join(dir, `${name}.lua`);
        writeFileSync(file, readmeRecipe(name));
        const run = spawnSync(
          'nvim',
          [
            '--headless',
            '-u',
            'NONE',
            '-i',
            'NONE',
            '-c',
            `lua local ok, e = loadfile('${file}'); if not ok then io.stderr:write(e) vim.cmd('cquit 3') end`,
            '-c',
            'qall!',
          ],
          { encoding: 'utf8' },
        );
        strictEqual(run.status, 0, `${name}: ${run.stderr}`);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('give Helix a languages.toml that starts `placeshaper lsp` for Markdown', () => {
    const helix = parseToml(readmeRecipe('helix')) as {
      'language-server': Record<string, { command: string; args: string[]; config: { placeshaper: unknown } }>;
      language: { name: string; 'language-servers': string[]; roots: string[] }[];
    };
    const server = helix['language-server'].placeshaper;
    deepStrictEqual([server.command, server.args], ['placeshaper', ['lsp']]);
    deepStrictEqual(parseSettings(server.config.placeshaper).problems, []);
    const [markdown] = helix.language;
    strictEqual(markdown.name, 'markdown');
    ok(markdown['language-servers'].includes('placeshaper'));
    deepStrictEqual(markdown.roots, ['.placeshaper.yaml', '.placeshaper.json', '.git']);
  });

  it('give Sublime LSP a client that starts `placeshaper lsp` for Markdown', () => {
    const { clients } = JSON.parse(readmeRecipe('sublime-lsp')) as {
      clients: Record<string, { enabled: boolean; command: string[]; selector: string; settings: { placeshaper: unknown } }>;
    };
    const { enabled, command, selector, settings } = clients.placeshaper;
    deepStrictEqual([enabled, command, selector], [true, ['placeshaper', 'lsp'], 'text.html.markdown']);
    deepStrictEqual(parseSettings(settings.placeshaper).problems, []);
  });

  it('give Zed an extension whose language server is `placeshaper lsp`, for Markdown', () => {
    const manifest = parseToml(readmeRecipe('zed-extension-toml')) as {
      id: string;
      schema_version: number;
      language_servers: Record<string, { name: string; languages: string[] }>;
    };
    deepStrictEqual(
      [manifest.id, manifest.schema_version, manifest.language_servers.placeshaper.languages],
      ['placeshaper', 1, ['Markdown']],
    );
    const rust = readmeRecipe('zed-extension-rust');
    ok(rust.includes('worktree.which("placeshaper")'));
    ok(rust.includes('args: vec!["lsp".into()]'));
    ok(rust.includes('zed::register_extension!(Placeshaper);'));
  });

  it('name every custom request of the server in the protocol section', () => {
    const readme = readFileSync('README.md', 'utf8');
    const section = readme.slice(readme.indexOf('### Protocol'), readme.indexOf('\n## ', readme.indexOf('### Protocol')));
    const methods = Object.entries(protocol)
      .filter(([name]) => name.endsWith('_METHOD'))
      .map(([, value]) => value as string)
      .sort();
    deepStrictEqual([...section.matchAll(/^\| `(placeshaper\/[a-zA-Z/]+)`/gm)].map((m) => m[1]).sort(), methods);
    ok(section.includes(`\`${protocol.SHOW_REFERENCES_COMMAND}\``));
  });
});
