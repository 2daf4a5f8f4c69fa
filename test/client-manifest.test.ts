import { deepStrictEqual, ok, strictEqual } from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { SHOW_REFERENCES_COMMAND, SHOW_GUIDANCE_COMMAND } from '../common/protocol';
import { parseRuleCatalogue } from '../client/src/rule-catalogue';
import { RULES } from '../server/src/engine/rules/registry';

/** The VS Code side of package.json, checked against the client's source and the files it names. */
interface Setting {
  type: string;
  default?: unknown;
  minimum?: number;
  enum?: string[];
  description?: string;
  markdownDescription?: string;
}

interface Manifest {
  main: string;
  activationEvents: string[];
  capabilities: Record<string, { supported: boolean | string; description?: string }>;
  contributes: {
    configuration: { title: string; properties: Record<string, Setting> };
    commands: { command: string; title: string; category?: string }[];
    menus?: Record<string, { command: string }[]>;
    jsonValidation: { fileMatch: string; url: string }[];
    yamlValidation: { fileMatch: string; url: string }[];
    snippets: { language: string; path: string }[];
    grammars: { scopeName: string; path: string; injectTo?: string[] }[];
  };
}

const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as Manifest;
const { contributes } = manifest;
// Both entries (desktop and browser) activate through activate.ts, which registers the commands.
const extensionSource = readFileSync('client/src/activate.ts', 'utf8');
// The desktop entry adds what needs Node (git): the schedule of changes.
const desktopSource = readFileSync('client/src/extension.ts', 'utf8');
const clientSources = readdirSync('client/src', { recursive: true, encoding: 'utf8' })
  .filter((name) => name.endsWith('.ts'))
  .map((name) => readFileSync(path.join('client/src', name), 'utf8'))
  .join('\n');

describe('extension manifest', () => {
  it('runs the bundled client', () => {
    strictEqual(manifest.main, './dist/client.js');
  });

  it('activates on Markdown and in workspaces with a Placeshaper configuration', () => {
    ok(manifest.activationEvents.includes('onLanguage:markdown'));
    ok(manifest.activationEvents.includes('workspaceContains:**/.placeshaper.{yaml,json}'));
  });

  it('every contributed command is registered in client/src/activate.ts (or, for the desktop alone, extension.ts), and every registered one is contributed', () => {
    const contributed = contributes.commands.map((c) => c.command).sort();
    deepStrictEqual(contributed, [
      'placeshaper.newDraft',
      'placeshaper.openReview',
      'placeshaper.openWorkspaceReview',
      'placeshaper.restartServer',
      'placeshaper.scheduleOfChanges',
      'placeshaper.showAlignmentMatrix',
      'placeshaper.showGuidance',
      'placeshaper.showReferences',
    ]);
    // The server's own command (its code lenses') is registered by the language client, from the server's capabilities.
    const registered = [...`${extensionSource}${desktopSource}`.matchAll(/registerCommand\('([^']+)'/g)].map((m) => m[1]).sort();
    deepStrictEqual(
      registered,
      contributed.filter((id) => id !== SHOW_REFERENCES_COMMAND),
    );
    ok(contributed.includes(SHOW_REFERENCES_COMMAND), 'the command the server puts on its code lenses has a title');
    ok(contributed.includes(SHOW_GUIDANCE_COMMAND), 'the command rule links run is registered');
  });

  it('every command has a title and the category Placeshaper, and menus name only contributed commands', () => {
    for (const command of contributes.commands) {
      ok(command.title.length > 0, command.command);
      strictEqual(command.category, 'Placeshaper', command.command);
    }
    const ids = new Set(contributes.commands.map((c) => c.command));
    for (const [menu, items] of Object.entries(contributes.menus ?? {}))
      for (const item of items) ok(ids.has(item.command), `${menu} names ${item.command}`);
  });

  it('contributes the settings, each under placeshaper.* with a description', () => {
    const settings = contributes.configuration.properties;
    deepStrictEqual(Object.keys(settings).sort(), [
      'placeshaper.codeLens.enable',
      'placeshaper.rules',
      'placeshaper.trace.server',
      'placeshaper.validate.debounce',
      'placeshaper.validate.onType',
    ]);
    for (const [id, setting] of Object.entries(settings))
      ok((setting.markdownDescription ?? setting.description ?? '').length > 20, `${id} has no description`);
    deepStrictEqual(Object.fromEntries(Object.entries(settings).map(([id, s]) => [id, { type: s.type, default: s.default }])), {
      'placeshaper.rules': { type: 'object', default: {} },
      'placeshaper.validate.onType': { type: 'boolean', default: true },
      'placeshaper.validate.debounce': { type: 'number', default: 150 },
      'placeshaper.codeLens.enable': { type: 'boolean', default: true },
      'placeshaper.trace.server': { type: 'string', default: 'off' },
    });
    strictEqual(settings['placeshaper.validate.debounce'].minimum, 0);
    deepStrictEqual(settings['placeshaper.trace.server'].enum, ['off', 'messages', 'verbose']);
  });

  it('the client synchronizes the placeshaper section, and its id makes vscode-languageclient read placeshaper.trace.server', () => {
    ok(clientSources.includes("configurationSection: 'placeshaper'"));
    ok(/export const DIAGNOSTIC_SOURCE = 'placeshaper';/.test(readFileSync('common/protocol.ts', 'utf8')));
    ok(clientSources.includes('export const CLIENT_ID = DIAGNOSTIC_SOURCE;'));
  });

  it('declares that it works in untrusted workspaces and in virtual ones (github.dev, vscode.dev), saying what stays on the command line', () => {
    strictEqual(manifest.capabilities.untrustedWorkspaces.supported, true);
    ok(manifest.capabilities.untrustedWorkspaces.description?.includes('never runs code from the workspace'));
    strictEqual(manifest.capabilities.virtualWorkspaces.supported, true);
    ok(manifest.capabilities.virtualWorkspaces.description?.includes('git revisions'));
  });

  it('has a desktop entry and a browser entry, both built', () => {
    const { main, browser } = manifest as unknown as { main: string; browser: string };
    deepStrictEqual([main, browser], ['./dist/client.js', './dist/browser/extension.js']);
    for (const entry of [main, browser, './dist/browser/server.js']) ok(existsSync(entry), `${entry} is built`);
  });

  it('validates .placeshaper.json and .placeshaper.yaml with the configuration schema, and the register of facts with its own, which exist', () => {
    deepStrictEqual(contributes.jsonValidation, [
      { fileMatch: '.placeshaper.json', url: './schemas/placeshaper-config.schema.json' },
    ]);
    deepStrictEqual(contributes.yamlValidation, [
      { fileMatch: '.placeshaper.yaml', url: './schemas/placeshaper-config.schema.json' },
      { fileMatch: ['facts.yaml', 'facts.yml'], url: './schemas/facts.schema.json' },
    ]);
    for (const file of ['schemas/placeshaper-config.schema.json', 'schemas/facts.schema.json']) {
      const schema = JSON.parse(readFileSync(file, 'utf8')) as { type: string };
      strictEqual(schema.type, 'object', file);
    }
  });

  it('the snippets and grammars it names exist', () => {
    deepStrictEqual(
      contributes.snippets.map((s) => s.language),
      ['markdown'],
    );
    for (const file of [...contributes.snippets.map((s) => s.path), ...contributes.grammars.map((g) => g.path)])
      ok(existsSync(file), `${file} does not exist`);
    for (const grammar of contributes.grammars) {
      const raw = JSON.parse(readFileSync(grammar.path, 'utf8')) as { scopeName: string };
      strictEqual(raw.scopeName, grammar.scopeName);
      deepStrictEqual(grammar.injectTo, ['text.html.markdown']);
    }
  });

  it('"Show Guidance" offers every rule, read from docs/rules.md, when no problem is under the cursor', () => {
    const offered = parseRuleCatalogue(readFileSync('docs/rules.md', 'utf8'));
    deepStrictEqual(
      offered.map((r) => [r.id, r.severity, r.basis]),
      RULES.map((r) => [r.id, r.defaultSeverity, r.basis ?? '—']),
    );
    ok(offered.every((r) => r.firesWhen.length > 0 && !r.firesWhen.includes('`')));
  });
});
