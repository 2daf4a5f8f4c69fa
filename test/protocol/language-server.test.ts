import { deepStrictEqual, ok, strictEqual } from 'node:assert/strict';
import { existsSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import type { CodeAction, CodeLens, CompletionItem, Hover, Location, WorkspaceEdit } from 'vscode-languageserver-protocol/node';
import { LINKED_DRAFTS } from '../support/linked-drafts';
import { tempFolder } from '../support/temp-folder';
import { LspSession } from '../support/lsp-session';
import { applyTextEdits, positionOf } from '../support/positions';

describe('language server over stdio', function () {
  this.timeout(30000);
  let folder: ReturnType<typeof tempFolder>;
  let session: LspSession;
  let initialize: unknown;

  before(async function () {
    if (!existsSync('dist/server.js')) throw new Error('dist/server.js is missing: run `npm run build` (npm test does)');
    folder = tempFolder(LINKED_DRAFTS);
    ({ session, initialize } = await LspSession.start(folder.dir));
  });

  after(async () => {
    await session?.stop();
    folder?.cleanup();
  });

  it('answers initialize with its exact capabilities', () => {
    deepStrictEqual(initialize, {
      serverInfo: { name: 'placeshaper', version: '0.1.0' },
      capabilities: {
        textDocumentSync: { openClose: true, change: 2, save: { includeText: false } },
        hoverProvider: true,
        completionProvider: { triggerCharacters: [':', ' ', '[', ',', '/', '-'] },
        definitionProvider: true,
        referencesProvider: true,
        renameProvider: { prepareProvider: true },
        documentSymbolProvider: { label: 'Placeshaper' },
        workspaceSymbolProvider: true,
        documentLinkProvider: { resolveProvider: false },
        codeLensProvider: { resolveProvider: false },
        executeCommandProvider: { commands: ['placeshaper.showReferences'] },
        codeActionProvider: { codeActionKinds: ['quickfix', 'source.fixAll.placeshaper'], resolveProvider: false },
        diagnosticProvider: { identifier: 'placeshaper', interFileDependencies: true, workspaceDiagnostics: true },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
    });
  });

  it('asks the client to watch drafts, configuration files and YAML data (the register of facts) on disk', () => {
    deepStrictEqual(session.registrations, [
      {
        method: 'workspace/didChangeWatchedFiles',
        registerOptions: {
          watchers: [
            { globPattern: '**/*.md' },
            { globPattern: '**/.placeshaper.{yaml,json}' },
            { globPattern: '**/*.{yaml,yml}' },
          ],
        },
      },
    ]);
  });

  it('publishes the exact diagnostics of an open draft, with the version it was computed for', async () => {
    const text = LINKED_DRAFTS['laa/laa.md'].replace('indicator: NI 186', 'indicator: NI 31');
    const published = session.nextDiagnostics('laa/laa.md');
    await session.open('laa/laa.md', text, 7);
    const params = await published;
    strictEqual(params.version, 7);
    const position = positionOf(text, 'NI 31');
    deepStrictEqual(params.diagnostics, [
      {
        range: { start: position, end: { line: position.line, character: position.character + 5 } },
        severity: 1,
        code: 'laa/indicator',
        codeDescription: { href: 'https://github.com/placeshaper/placeshaper/blob/main/docs/rules.md#laaindicator' },
        source: 'placeshaper',
        message:
          'Target ‘T2’ has indicator ‘NI 31’, withdrawn from the National Indicator Set: choose an indicator from the set, or write ‘local’ for a locally defined indicator.',
        data: { rule: 'laa/indicator' },
      },
    ]);
    await session.connection.sendNotification('textDocument/didClose', { textDocument: { uri: session.uri('laa/laa.md') } });
  });

  it('reports a closed draft through pull diagnostics', async () => {
    writeFileSync(
      path.join(folder.dir, 'housing/housing.md'),
      LINKED_DRAFTS['housing/housing.md'].replace('supports: [D1, D3]', 'supports: [D1, D9]'),
    );
    await session.connection.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [{ uri: session.uri('housing/housing.md'), type: 2 }],
    });
    const report = await session.request<{ kind: string; items: { code: string; message: string }[] }>(
      'textDocument/diagnostic',
      { textDocument: { uri: session.uri('housing/housing.md') } },
    );
    deepStrictEqual([report.kind, report.items.map((d) => d.code)], ['full', ['align/unknown-priority']]);
    const workspace = await session.request<{ items: { uri: string; items: unknown[] }[] }>('workspace/diagnostic', {
      previousResultIds: [],
    });
    // D3 is no longer delivered, so the district SCS gains a finding too.
    deepStrictEqual(
      workspace.items.filter((i) => i.items.length).map((i) => path.basename(i.uri)),
      ['housing.md', 'district.md'],
    );
    writeFileSync(path.join(folder.dir, 'housing/housing.md'), LINKED_DRAFTS['housing/housing.md']);
    await session.connection.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [{ uri: session.uri('housing/housing.md'), type: 2 }],
    });
  });

  it('hovers a frontmatter key with the passage that speaks to it, its standing and source in view', async () => {
    const text = LINKED_DRAFTS['scs/county.md'];
    await session.open('scs/county.md', text);
    const result = await session.request<Hover>('textDocument/hover', {
      textDocument: { uri: session.uri('scs/county.md') },
      position: positionOf(text, 'vision:', 1),
    });
    deepStrictEqual(result, {
      contents: {
        kind: 'markdown',
        value: [
          '**`vision`** — the vision statement',
          '',
          '> “Strong and Prosperous Communities” – the White Paper, set out that a SCS will provide a vehicle for considering and deciding how to address difficult and cross cutting issues such as the economic direction of an area, cohesion, social exclusion and climate change”. The strategies should give a long term vision and key priorities for a local area based firmly on local needs.',
          '',
          "— APSE's summary of the statutory guidance — APSE briefing (undated), §5",
        ].join('\n'),
      },
      range: { start: positionOf(text, 'vision:'), end: positionOf(text, 'vision:', 6) },
    });
  });

  it("hovers a diagnostic with the rule's basis, its first passage and a link to the rule in the repository", async () => {
    const text = LINKED_DRAFTS['laa/laa.md'].replace('indicator: NI 186', 'indicator: NI 31');
    const published = session.nextDiagnostics('laa/laa.md', (p) => p.diagnostics.length > 0);
    await session.open('laa/laa.md', text, 30);
    await published;
    const result = await session.request<Hover>('textDocument/hover', {
      textDocument: { uri: session.uri('laa/laa.md') },
      position: positionOf(text, 'NI 31', 2),
    });
    strictEqual(
      (result.contents as { value: string }).value,
      [
        '**laa/indicator** · fact — a fact of the statutory regime',
        '',
        '**Fact:** The National Indicator Set has 198 indicators: NI 31 (re-offending by registered sex offenders) was dropped and NI 199 (play) added, so the codes run from NI 1 to NI 199 without NI 31.',
        '',
        '— Source: [Communities and Local Government, National Indicators (web page, archived by The National Archives)](http://webarchive.nationalarchives.gov.uk/+/http:/www.communities.gov.uk/localgovernment/performanceframeworkpartnerships/nationalindicators/)',
        '',
        '[All the guidance behind laa/indicator (1 fact, 1 passage)](https://github.com/placeshaper/placeshaper/blob/main/docs/rules.md#laaindicator)',
      ].join('\n'),
    );
    await session.connection.sendNotification('textDocument/didClose', { textDocument: { uri: session.uri('laa/laa.md') } });
  });

  it('completes NI codes after `indicator: NI `', async () => {
    const text = LINKED_DRAFTS['laa/laa.md'].replace('indicator: NI 186', 'indicator: NI ');
    await session.open('laa/laa.md', text, 1);
    const position = positionOf(text, 'indicator: NI ', 14);
    const items = await session.request<CompletionItem[]>('textDocument/completion', {
      textDocument: { uri: session.uri('laa/laa.md') },
      position,
    });
    // This client shows no label details: the title goes into the label, the code alone into the text.
    const ni16 = items.find((i) => i.sortText === '016')!;
    deepStrictEqual(ni16, {
      label: 'NI 16 Serious acquisitive crime rate',
      kind: 21,
      detail: 'Serious acquisitive crime rate',
      sortText: '016',
      filterText: 'NI 16 Serious acquisitive crime rate',
      textEdit: { range: { start: { line: position.line, character: position.character - 3 }, end: position }, newText: 'NI 16' },
    });
    await session.connection.sendNotification('textDocument/didClose', { textDocument: { uri: session.uri('laa/laa.md') } });
  });

  it('goes to the definition and finds references across drafts', async () => {
    const laa = LINKED_DRAFTS['laa/laa.md'];
    await session.open('laa/laa.md', laa, 2);
    const [definition] = await session.request<Location[]>('textDocument/definition', {
      textDocument: { uri: session.uri('laa/laa.md') },
      position: positionOf(laa, 'priority: C1', 11),
    });
    deepStrictEqual(definition, {
      uri: session.uri('scs/county.md'),
      range: {
        start: positionOf(LINKED_DRAFTS['scs/county.md'], 'id: C1', 4),
        end: positionOf(LINKED_DRAFTS['scs/county.md'], 'id: C1', 6),
      },
    });
    const district = LINKED_DRAFTS['scs/district.md'];
    const references = await session.request<Location[]>('textDocument/references', {
      textDocument: { uri: session.uri('scs/district.md') },
      position: positionOf(district, 'id: D1', 4),
      context: { includeDeclaration: false },
    });
    deepStrictEqual(references.map((l) => path.relative(folder.dir, new URL(l.uri).pathname)).sort(), [
      'housing/housing.md',
      'ldf/core.md',
      'ldf/core.md',
    ]);
    await session.connection.sendNotification('textDocument/didClose', { textDocument: { uri: session.uri('laa/laa.md') } });
  });

  it('renames a priority id across files, and refuses a clash', async () => {
    const district = LINKED_DRAFTS['scs/district.md'];
    const params = { textDocument: { uri: session.uri('scs/district.md') }, position: positionOf(district, 'id: D2', 4) };
    const edit = await session.request<WorkspaceEdit>('textDocument/rename', { ...params, newName: 'greener' });
    const changes = edit.changes!;
    deepStrictEqual(
      Object.keys(changes)
        .map((uri) => path.relative(folder.dir, new URL(uri).pathname))
        .sort(),
      ['ldf/core.md', 'scs/district.md'],
    );
    strictEqual(
      applyTextEdits(LINKED_DRAFTS['ldf/core.md'], changes[session.uri('ldf/core.md')]),
      LINKED_DRAFTS['ldf/core.md'].replace('delivers: [D2]', 'delivers: [greener]'),
    );
    await session.request('textDocument/rename', { ...params, newName: 'D1' }).then(
      () => {
        throw new Error('a clash must be refused');
      },
      // RequestFailed (-32803): the request was valid, the rename is not possible.
      (error: { code: number; message: string }) =>
        deepStrictEqual([error.code, error.message], [-32803, '‘D1’ is already an id in Millbrook Matters; choose another.']),
    );
  });

  it('puts a code lens on each SCS priority that lists what delivers it when clicked', async () => {
    const text = LINKED_DRAFTS['scs/district.md'];
    await session.open('scs/district.md', text);
    const lenses = await session.request<CodeLens[]>('textDocument/codeLens', {
      textDocument: { uri: session.uri('scs/district.md') },
    });
    const core = LINKED_DRAFTS['ldf/core.md'];
    const housing = LINKED_DRAFTS['housing/housing.md'];
    const at = (file: string, fileText: string, needle: string, shift: number, length: number): Location => {
      const start = positionOf(fileText, needle, shift);
      return { uri: session.uri(file), range: { start, end: { line: start.line, character: start.character + length } } };
    };
    const lens = (id: string, title: string, locations: Location[]): CodeLens => {
      const { range } = at('scs/district.md', text, `id: ${id}`, 4, 2);
      return {
        range,
        command: {
          title,
          command: 'placeshaper.showReferences',
          arguments: [session.uri('scs/district.md'), range.start, locations],
        },
      };
    };
    deepStrictEqual(lenses, [
      // Exactly what the title counts, in its order: the body link to #D1 is not a delivery.
      lens('D1', 'delivered by 1 objective, 1 housing priority', [
        at('ldf/core.md', core, 'delivers: [D1]', 11, 2),
        at('housing/housing.md', housing, 'supports: [D1', 11, 2),
      ]),
      lens('D2', 'delivered by 1 objective', [at('ldf/core.md', core, 'delivers: [D2]', 11, 2)]),
      lens('D3', 'delivered by 1 housing priority', [at('housing/housing.md', housing, 'D3]', 0, 2)]),
    ]);
    await session.connection.sendNotification('textDocument/didClose', { textDocument: { uri: session.uri('scs/district.md') } });
  });

  it('offers a quick fix whose edit gives the expected text', async () => {
    const text = LINKED_DRAFTS['ldf/core.md'].replace('delivers: [D2]', 'delivers: [d2]');
    const published = session.nextDiagnostics('ldf/core.md', (p) => p.diagnostics.length > 0);
    await session.open('ldf/core.md', text, 3);
    const { diagnostics } = await published;
    const actions = await session.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: session.uri('ldf/core.md') },
      range: diagnostics[0].range,
      context: { diagnostics },
    });
    deepStrictEqual(
      actions.map((a) => [a.title, a.kind]),
      [
        ['Replace with ‘D2’', 'quickfix'],
        ['Disable ‘align/unknown-priority’ for this line', 'quickfix'],
      ],
    );
    strictEqual(applyTextEdits(text, actions[0].edit!.changes![session.uri('ldf/core.md')]), LINKED_DRAFTS['ldf/core.md']);
    const fixAll = await session.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: session.uri('ldf/core.md') },
      range: diagnostics[0].range,
      context: { diagnostics: [], only: ['source.fixAll'] },
    });
    deepStrictEqual(
      fixAll.map((a) => a.kind),
      ['source.fixAll.placeshaper'],
    );
    await session.connection.sendNotification('textDocument/didClose', { textDocument: { uri: session.uri('ldf/core.md') } });
  });

  it('republishes a dependent LAA when an SCS priority id is edited', async () => {
    const laa = LINKED_DRAFTS['laa/laa.md'];
    const county = LINKED_DRAFTS['scs/county.md'];
    const clean = session.nextDiagnostics('laa/laa.md');
    await session.open('laa/laa.md', laa, 10);
    deepStrictEqual((await clean).diagnostics, []);
    const broken = session.nextDiagnostics('laa/laa.md', (p) => p.diagnostics.length > 0);
    await session.change('scs/county.md', county.replace('- id: C1', '- id: C7'), 2);
    const params = await broken;
    deepStrictEqual(
      params.diagnostics.map((d) => [d.code, d.range.start.line]),
      [
        ['laa/unknown-priority', positionOf(laa, 'priority: C1').line],
        ['align/broken-link', positionOf(laa, '[safer communities]').line],
      ],
    );
    strictEqual(params.version, 10);
  });

  it('publishes only for the latest version when changes come quickly', async () => {
    const text = LINKED_DRAFTS['housing/housing.md'];
    await session.open('housing/housing.md', text, 1);
    const latest = session.nextDiagnostics('housing/housing.md', (p) => p.version === 4);
    const stale = session.nextDiagnostics('housing/housing.md', (p) => p.version === 2 || p.version === 3);
    await session.change('housing/housing.md', text.replace('[D1, D3]', '[D1, X2]'), 2);
    await session.change('housing/housing.md', text.replace('[D1, D3]', '[D1, X3]'), 3);
    await session.change('housing/housing.md', text.replace('[D1, D3]', '[D1, X4]'), 4);
    const result = await Promise.race([latest.then((p) => ['latest', p] as const), stale.then((p) => ['stale', p] as const)]);
    strictEqual(result[0], 'latest');
    ok(String(result[1].diagnostics[0].message).includes('‘X4’'));
  });

  it('explains a rule and names the kind of a draft for the client', async () => {
    const explained = await session.request<{ markdown: string }>('placeshaper/explainRule', { ruleId: 'scs/full-council' });
    strictEqual(
      explained.markdown,
      [
        '# scs/full-council',
        '',
        '**Default severity:** error · **Basis:** requirement — the statutory guidance expects this · **Checks:** sustainable-community-strategy',
        '',
        'The SCS is `status: adopted` and `approval.body` is not `full-council`.',
        '',
        '> The duty to prepare an SCS applies to county councils, district councils, London borough councils, the City of London council and the Council of the Isles of Scilly and the SCS must be agreed at full council.',
        '',
        "— APSE's summary of the statutory guidance — APSE briefing (undated), §5",
        '',
      ].join('\n'),
    );
    strictEqual(await session.request('placeshaper/explainRule', { ruleId: 'laa/nothing' }), null);
    deepStrictEqual(await session.request('placeshaper/draftInfo', { uri: session.uri('scs/county.md') }), {
      kind: 'sustainable-community-strategy',
      label: 'Sustainable Community Strategy',
      frontmatterBroken: false,
    });
    deepStrictEqual(await session.request('placeshaper/draftInfo', { uri: session.uri('housing/homelessness.md') }), {
      kind: null,
      label: null,
    });
  });

  it('draws the alignment matrix for the webview, following unsaved edits', async () => {
    const before = await session.request<{ html: string; folderUri: string }>('placeshaper/matrix', {});
    strictEqual(before.folderUri, session.uri('').replace(/\/$/, ''));
    ok(before.html.includes('<a class="id" href="#scs%2Fdistrict.md:11">D1</a> Homes for everyone'), before.html.slice(0, 400));
    strictEqual(before.html.includes('names D9'), false);
    const housing = LINKED_DRAFTS['housing/housing.md'];
    await session.open('housing/housing.md', housing.replace('supports: [D1, D3]', 'supports: [D1, D9]'), 20);
    const after = await session.request<{ html: string }>('placeshaper/matrix', {});
    ok(after.html.includes('housing-priority H1 names D9, which is not a priority of Millbrook Matters'), after.html.slice(-800));
    await session.connection.sendNotification('textDocument/didClose', {
      textDocument: { uri: session.uri('housing/housing.md') },
    });
  });

  it('writes the review of one draft, or of the workspace, with places that open drafts, following unsaved edits', async () => {
    type Review = { html: string; folderUri: string; title: string } | null;
    const one = await session.request<Review>('placeshaper/review', { uri: session.uri('ldf/core.md') });
    strictEqual(one?.title, 'Review: Millbrook Core Strategy');
    strictEqual(one.folderUri, session.uri('').replace(/\/$/, ''));
    deepStrictEqual(
      [...one.html.matchAll(/<h2 id="(draft-\d+)-title">([^<]*)<\/h2>/g)].map((m) => [m[1], m[2]]),
      [['draft-1', 'Millbrook Core Strategy']],
    );
    ok(one.html.includes('<div class="ln" aria-hidden="true"><a href="#open:ldf%2Fcore.md:1" tabindex="-1">1</a></div>'));
    ok(one.html.includes('<code>related.scs</code> line <a href="#open:ldf%2Fcore.md:9">9</a>'), one.html);
    const core = LINKED_DRAFTS['ldf/core.md'];
    await session.open('ldf/core.md', core.replace('delivers: [D1]', 'delivers: [D9]'), 30);
    const edited = await session.request<Review>('placeshaper/review', { uri: session.uri('ldf/core.md') });
    ok(edited?.html.includes('<span class="badge status-not-met">1 not met</span>'), edited?.html.slice(0, 4000));
    await session.connection.sendNotification('textDocument/didClose', { textDocument: { uri: session.uri('ldf/core.md') } });
    const all = await session.request<Review>('placeshaper/review', {});
    strictEqual(all?.title, `Review of ${path.basename(folder.dir)}`);
    strictEqual([...all.html.matchAll(/<article class="draft"/g)].length, 5);
    strictEqual(await session.request<Review>('placeshaper/review', { uri: session.uri('housing/homelessness.md') }), null);
  });

  it('logged no error', () => {
    deepStrictEqual(
      session.log.filter((l) => /error|exception/i.test(l)),
      [],
    );
  });
});

describe('language server over stdio, for a client that opens rule links as commands (VS Code)', function () {
  this.timeout(30000);
  let folder: ReturnType<typeof tempFolder>;
  let session: LspSession;

  before(async () => {
    folder = tempFolder(LINKED_DRAFTS);
    ({ session } = await LspSession.start(folder.dir, undefined, { initializationOptions: { ruleLinks: 'command' } }));
  });

  after(async () => {
    await session?.stop();
    folder?.cleanup();
  });

  it("links a diagnostic's code and its hover to Show Guidance for that rule", async () => {
    const text = LINKED_DRAFTS['laa/laa.md'].replace('indicator: NI 186', 'indicator: NI 31');
    const published = session.nextDiagnostics('laa/laa.md', (p) => p.diagnostics.length > 0);
    await session.open('laa/laa.md', text, 1);
    const { diagnostics } = await published;
    const command = 'command:placeshaper.showGuidance?%5B%22laa%2Findicator%22%5D';
    deepStrictEqual(
      diagnostics.map((d) => d.codeDescription),
      [{ href: command }],
    );
    const result = await session.request<Hover>('textDocument/hover', {
      textDocument: { uri: session.uri('laa/laa.md') },
      position: positionOf(text, 'NI 31', 2),
    });
    ok(
      (result.contents as { value: string }).value.endsWith(
        `\n\n[All the guidance behind laa/indicator (1 fact, 1 passage)](${command})`,
      ),
    );
  });
});
