// What a new author meets through the protocol, in a client with VS Code's capabilities: completion
// rows with their details, a new draft written by the server, a rule turned off in a configuration
// file the server creates, and the kind of a draft whose frontmatter does not parse.
import { deepStrictEqual, strictEqual } from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { CodeAction, CompletionItem, PublishDiagnosticsParams } from 'vscode-languageserver-protocol/node';
import { LineIndex } from '../../server/src/engine/text/line-index';
import { LINKED_DRAFTS } from '../support/linked-drafts';
import { LspSession } from '../support/lsp-session';
import { tempFolder } from '../support/temp-folder';

/** VS Code's capabilities, as far as these features read them. */
const VSCODE_CLIENT = {
  workspace: {
    configuration: true,
    diagnostics: { refreshSupport: true },
    didChangeWatchedFiles: { dynamicRegistration: true },
    workspaceFolders: true,
    workspaceEdit: { documentChanges: true, resourceOperations: ['create', 'rename', 'delete'] },
  },
  textDocument: {
    publishDiagnostics: { relatedInformation: true, versionSupport: true },
    diagnostic: {},
    completion: { completionItem: { labelDetailsSupport: true, snippetSupport: true } },
  },
  window: { workDoneProgress: true },
};

describe('language server for a new author', function () {
  this.timeout(60_000);
  let folder: ReturnType<typeof tempFolder>;
  let session: LspSession;

  before(async function () {
    if (!existsSync('dist/server.js')) throw new Error('dist/server.js is missing: run `npm run build` (npm test does)');
    folder = tempFolder(LINKED_DRAFTS);
    ({ session } = await LspSession.start(folder.dir, { validate: { debounce: 20 } }, { capabilities: VSCODE_CLIENT }));
  });

  after(async () => {
    await session?.stop();
    folder?.cleanup();
  });

  it('shows an indicator’s title beside its code on every row', async () => {
    const text = LINKED_DRAFTS['laa/laa.md'].replace('indicator: NI 186', 'indicator: ');
    await session.open('laa/laa.md', text, 1);
    const at = text.indexOf('indicator: \n') + 'indicator: '.length;
    const items = await session.request<CompletionItem[]>('textDocument/completion', {
      textDocument: { uri: session.uri('laa/laa.md') },
      position: new LineIndex(text).positionAt(at),
    });
    const ni16 = items.find((i) => i.label === 'NI 16')!;
    deepStrictEqual(
      [ni16.labelDetails, ni16.filterText, ni16.textEdit && 'newText' in ni16.textEdit ? ni16.textEdit.newText : undefined],
      [{ description: 'Serious acquisitive crime rate' }, 'NI 16 Serious acquisitive crime rate', 'NI 16'],
    );
    await session.close('laa/laa.md');
  });

  it('writes a new draft for the file the author chose, linking the SCS they picked', async () => {
    const choices = await session.request<{
      kinds: { kind: string }[];
      authorityTypes: string[];
      scs: { uri: string; title: string }[];
    }>('placeshaper/newDraftChoices', {});
    deepStrictEqual(
      choices.kinds.map((k) => k.kind),
      ['sustainable-community-strategy', 'local-area-agreement', 'core-strategy', 'housing-strategy'],
    );
    strictEqual(choices.authorityTypes[0], 'county');
    deepStrictEqual(choices.scs, [
      { uri: session.uri('scs/county.md'), title: 'Exampleshire 2020' },
      { uri: session.uri('scs/district.md'), title: 'Millbrook Matters' },
    ]);
    const { text } = await session.request<{ text: string }>('placeshaper/newDraft', {
      kind: 'housing-strategy',
      title: 'Millbrook Homes',
      authority: { name: 'Millbrook District Council', type: 'district' },
      uri: session.uri('housing/new.md'),
      scsUri: session.uri('scs/district.md'),
    });
    strictEqual(text.startsWith('---\nkind: housing-strategy\ntitle: Millbrook Homes\n'), true, text);
    strictEqual(text.includes('\nrelated:\n  scs: ../scs/district.md\n'), true, text);
    strictEqual(
      await session.request('placeshaper/newDraft', {
        kind: 'minutes',
        title: 'x',
        authority: { name: 'x', type: 'county' },
        uri: session.uri('x.md'),
      }),
      null,
    );
  });

  it('turns a rule off in a new .placeshaper.yaml, as a file the editor creates', async () => {
    const text = LINKED_DRAFTS['ldf/core.md'].replace('delivers: [D2]', 'delivers: [d2]');
    const published = session.nextDiagnostics('ldf/core.md', (p: PublishDiagnosticsParams) => p.diagnostics.length > 0);
    await session.open('ldf/core.md', text, 1);
    const { diagnostics } = await published;
    const actions = await session.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: session.uri('ldf/core.md') },
      range: diagnostics[0].range,
      context: { diagnostics },
    });
    const turnOff = actions.find((a) => a.title === 'Turn off ‘align/unknown-priority’ in a new .placeshaper.yaml')!;
    const config = session.uri('.placeshaper.yaml');
    deepStrictEqual(turnOff.edit, {
      documentChanges: [
        { kind: 'create', uri: config, options: { ignoreIfExists: true } },
        {
          textDocument: { uri: config, version: null },
          edits: [
            {
              range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
              newText: '# Placeshaper configuration (README, "Configuration")\nrules:\n  align/unknown-priority: "off"\n',
            },
          ],
        },
      ],
    });
    strictEqual(existsSync(path.join(folder.dir, '.placeshaper.yaml')), false, 'the server writes nothing itself');
    await session.close('ldf/core.md');
  });

  it('names the kind of a draft whose frontmatter does not parse, and says it is broken', async () => {
    const text = LINKED_DRAFTS['laa/laa.md'].replace('title: Exampleshire LAA 2008-11', 'title: "Exampleshire LAA');
    await session.open('laa/laa.md', text, 2);
    deepStrictEqual(await session.request('placeshaper/draftInfo', { uri: session.uri('laa/laa.md') }), {
      kind: 'local-area-agreement',
      label: 'Local Area Agreement',
      frontmatterBroken: true,
    });
    await session.close('laa/laa.md');
    strictEqual(readFileSync(path.join(folder.dir, 'laa/laa.md'), 'utf8'), LINKED_DRAFTS['laa/laa.md']);
  });
});
