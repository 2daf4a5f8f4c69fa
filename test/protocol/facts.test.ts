// The register of facts over the wire: a real server process, drafts and `facts.yaml` on disk.
import { deepStrictEqual, strictEqual } from 'node:assert/strict';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import type {
  CodeLens,
  CompletionItem,
  Diagnostic,
  Hover,
  Location,
  Range,
  WorkspaceEdit,
} from 'vscode-languageserver-protocol/node';
import { LineIndex } from '../../server/src/engine/text/line-index';
import { edit } from '../support/harness';
import { FACT_FILES as FILES, HOUSING_REQUIREMENT, REGISTER } from '../support/fact-drafts';
import { LspSession } from '../support/lsp-session';
import { applyTextEdits, positionOf } from '../support/positions';
import { tempFolder } from '../support/temp-folder';

/** The range of `needle` (its first occurrence) in `text`, from `shift` characters in, `length` long, on one line. */
function rangeOf(text: string, needle: string, shift = 0, length = needle.length - shift): Range {
  const start = positionOf(text, needle, shift);
  return { start, end: { line: start.line, character: start.character + length } };
}

/** VS Code's capabilities as the tests need them, with completion rows that show a description beside the label. */
const CAPABILITIES = {
  workspace: {
    configuration: true,
    diagnostics: { refreshSupport: true },
    didChangeWatchedFiles: { dynamicRegistration: true },
    workspaceFolders: true,
  },
  textDocument: {
    publishDiagnostics: { relatedInformation: true, versionSupport: true },
    diagnostic: {},
    completion: { completionItem: { labelDetailsSupport: true } },
  },
  window: { workDoneProgress: true },
};

describe('the register of facts over the language server protocol', function () {
  this.timeout(30000);
  let folder: ReturnType<typeof tempFolder>;
  let session: LspSession;

  before(async function () {
    if (!existsSync('dist/server.js')) throw new Error('dist/server.js is missing: run `npm run build` (npm test does)');
    folder = tempFolder(FILES);
    ({ session } = await LspSession.start(folder.dir, { validate: { debounce: 20 } }, { capabilities: CAPABILITIES }));
  });

  after(async () => {
    await session?.stop();
    folder?.cleanup();
  });

  const uri = (file: string) => session.uri(file);
  const at = (file: string, needle: string, shift = 0) => ({
    textDocument: { uri: uri(file) },
    position: positionOf(FILES[file], needle, shift),
  });
  /** Opens the register as an editor does: a YAML document. */
  const openRegister = (text: string, version: number) =>
    session.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri: uri('facts.yaml'), languageId: 'yaml', version, text },
    });

  it('hovers a body reference with what the register says of the fact', async () => {
    await session.open('ldf/core.md', FILES['ldf/core.md']);
    const result = await session.request<Hover>('textDocument/hover', at('ldf/core.md', '#housing.requirement', 4));
    deepStrictEqual(result, {
      contents: {
        kind: 'markdown',
        value: HOUSING_REQUIREMENT,
      },
      range: rangeOf(FILES['ldf/core.md'], '#housing.requirement', 1),
    });
    await session.close('ldf/core.md');
  });

  it('completes a fact id after {# in a body reference', async () => {
    const text = `${FILES['laa/laa.md']}\nCrime falls by :fact[8%]{#pl`;
    await session.open('laa/laa.md', text);
    const end = new LineIndex(text).positionAt(text.length);
    const items = await session.request<CompletionItem[]>('textDocument/completion', {
      textDocument: { uri: uri('laa/laa.md') },
      position: end,
    });
    const range = { start: { line: end.line, character: end.character - 2 }, end };
    deepStrictEqual(items, [
      {
        label: 'housing.requirement',
        labelDetails: { description: '10,060 homes' },
        kind: 20,
        detail: 'as of 2009-03-31 · source: shma-2007',
        textEdit: { range, newText: 'housing.requirement' },
      },
      {
        label: 'plan.end',
        labelDetails: { description: '2026' },
        kind: 20,
        detail: 'source: https://example.org/regional-spatial-strategy',
        textEdit: { range, newText: 'plan.end' },
      },
      {
        label: 'affordable.need',
        labelDetails: { description: '410 affordable homes' },
        kind: 20,
        detail: 'source: shma-2007',
        textEdit: { range, newText: 'affordable.need' },
      },
    ]);
    await session.close('laa/laa.md');
  });

  it('goes to the fact’s key in facts.yaml, and finds its references in every draft', async () => {
    const definition = await session.request<Location[]>('textDocument/definition', at('ldf/core.md', 'id="plan.end"', 5));
    deepStrictEqual(definition, [{ uri: uri('facts.yaml'), range: rangeOf(REGISTER, 'plan.end:', 0, 8) }]);
    const found = await session.request<Location[]>('textDocument/references', {
      ...at('scs/district.md', '{fact: plan.end}', 9),
      context: { includeDeclaration: true },
    });
    deepStrictEqual(found, [
      { uri: uri('facts.yaml'), range: rangeOf(REGISTER, 'plan.end:', 0, 8) },
      { uri: uri('ldf/core.md'), range: rangeOf(FILES['ldf/core.md'], '{fact: plan.end}', 7, 8) },
      { uri: uri('ldf/core.md'), range: rangeOf(FILES['ldf/core.md'], 'id="plan.end"', 4, 8) },
      { uri: uri('scs/district.md'), range: rangeOf(FILES['scs/district.md'], '{fact: plan.end}', 7, 8) },
    ]);
  });

  it('renames a fact in facts.yaml and in the two drafts that state it, and refuses an id already taken', async () => {
    const prepared = await session.request<{ range: Range; placeholder: string }>(
      'textDocument/prepareRename',
      at('scs/district.md', ':fact[10,060 new homes]', 8),
    );
    deepStrictEqual(prepared, {
      range: rangeOf(FILES['scs/district.md'], '#housing.requirement', 1),
      placeholder: 'housing.requirement',
    });
    const params = at('scs/district.md', '#housing.requirement', 3);
    const renamed = await session.request<WorkspaceEdit>('textDocument/rename', { ...params, newName: 'housing.target' });
    const changes = renamed.changes!;
    deepStrictEqual(Object.keys(changes).sort(), [uri('facts.yaml'), uri('ldf/core.md'), uri('scs/district.md')].sort());
    deepStrictEqual(changes[uri('facts.yaml')], [
      { range: rangeOf(REGISTER, 'housing.requirement:', 0, 19), newText: 'housing.target' },
    ]);
    for (const file of ['ldf/core.md', 'scs/district.md'])
      deepStrictEqual(
        changes[uri(file)],
        [{ range: rangeOf(FILES[file], '#housing.requirement', 1), newText: 'housing.target' }],
        file,
      );
    strictEqual(applyTextEdits(REGISTER, changes[uri('facts.yaml')]), edit(REGISTER, 'housing.requirement:', 'housing.target:'));
    for (const file of ['ldf/core.md', 'scs/district.md'])
      strictEqual(
        applyTextEdits(FILES[file], changes[uri(file)]),
        edit(FILES[file], '{#housing.requirement}', '{#housing.target}'),
        file,
      );
    await session.request('textDocument/rename', { ...params, newName: 'plan.end' }).then(
      () => {
        throw new Error('a clash must be refused');
      },
      // RequestFailed (-32803): the request was valid, the rename is not possible.
      (error: { code: number; message: string }) =>
        deepStrictEqual(
          [error.code, error.message],
          [-32803, '‘plan.end’ is already a fact of the register; choose another id.'],
        ),
    );
  });

  it('puts a code lens on each fact of facts.yaml, opened as a document, that lists where the drafts state it', async () => {
    await openRegister(REGISTER, 1);
    const lenses = await session.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri: uri('facts.yaml') } });
    const lens = (id: string, title: string, locations: Location[]): CodeLens => {
      const range = rangeOf(REGISTER, `${id}:`, 0, id.length);
      return {
        range,
        command: { title, command: 'placeshaper.showReferences', arguments: [uri('facts.yaml'), range.start, locations] },
      };
    };
    const core = FILES['ldf/core.md'];
    const district = FILES['scs/district.md'];
    deepStrictEqual(lenses, [
      lens('housing.requirement', 'used in 2 places in 2 drafts', [
        { uri: uri('ldf/core.md'), range: rangeOf(core, ':fact[10,060 homes]{#housing.requirement}') },
        { uri: uri('scs/district.md'), range: rangeOf(district, ':fact[10,060 new homes]{#housing.requirement}') },
      ]),
      lens('plan.end', 'used in 3 places in 2 drafts', [
        { uri: uri('ldf/core.md'), range: rangeOf(core, '{fact: plan.end}') },
        { uri: uri('ldf/core.md'), range: rangeOf(core, ':fact[2026]{id="plan.end"}') },
        { uri: uri('scs/district.md'), range: rangeOf(district, '{fact: plan.end}') },
      ]),
      lens('affordable.need', 'not used in any draft', []),
    ]);
    // The register's own keys answer a hover too.
    const hovered = await session.request<Hover>('textDocument/hover', {
      textDocument: { uri: uri('facts.yaml') },
      position: positionOf(REGISTER, 'affordable.need:', 4),
    });
    deepStrictEqual(hovered, {
      contents: {
        kind: 'markdown',
        value:
          '**affordable.need**: 410 affordable homes\n\nsource: `shma-2007`\n\nNot used in any draft.\n\n*From the register of facts, facts.yaml.*',
      },
      range: rangeOf(REGISTER, 'affordable.need:', 0, 15),
    });
    await session.close('facts.yaml');
  });

  describe('diagnostics', () => {
    /** The district's strategy stating the requirement as it was before the register's value. */
    const STALE = edit(FILES['scs/district.md'], ':fact[10,060 new homes]', ':fact[8,600 new homes]');
    const codes = (diagnostics: Diagnostic[]) => diagnostics.map((d) => d.code);

    it('publishes a problem of facts.yaml at its place, and drops a draft’s mismatch once an edit of the register makes the values agree', async () => {
      const mismatch = session.nextDiagnostics('scs/district.md', (p) => p.diagnostics.length > 0);
      await session.open('scs/district.md', STALE, 1);
      const before = await mismatch;
      deepStrictEqual(
        before.diagnostics.map((d) => [d.code, d.range]),
        [['facts/mismatch', rangeOf(STALE, '8,600 new homes')]],
      );
      strictEqual(before.version, 1);

      const broken = edit(REGISTER, '  unit: year\n', '  unit: year\n  colour: red\n');
      const published = session.nextDiagnostics('facts.yaml', (p) => p.diagnostics.length > 0);
      await openRegister(broken, 1);
      const problems = await published;
      strictEqual(problems.version, 1);
      deepStrictEqual(problems.diagnostics, [
        {
          range: rangeOf(broken, 'colour'),
          severity: 1,
          code: 'facts/register-invalid',
          codeDescription: { href: 'https://github.com/placeshaper/placeshaper/blob/main/docs/rules.md#factsregister-invalid' },
          source: 'placeshaper',
          message:
            '‘colour’ is not a key of ‘plan.end’; remove it or use one of ‘value’, ‘unit’, ‘as-of’, ‘source’, ‘owner’, ‘aliases’ or ‘earlier’.',
          data: { rule: 'facts/register-invalid' },
        },
      ]);

      // The register now says what the draft says, and the problem in it is put right.
      const agreed = session.nextDiagnostics('scs/district.md', (p) => p.diagnostics.length === 0);
      const clean = session.nextDiagnostics('facts.yaml', (p) => p.diagnostics.length === 0);
      await session.change('facts.yaml', edit(REGISTER, 'value: 10060', 'value: 8600'), 2);
      deepStrictEqual([(await agreed).version, (await clean).version], [1, 2]);
    });

    it('checks the open draft again when facts.yaml is closed unsaved, against the register on disk', async () => {
      const back = session.nextDiagnostics('scs/district.md', (p) => p.diagnostics.length > 0);
      await session.close('facts.yaml');
      deepStrictEqual(codes((await back).diagnostics), ['facts/mismatch']);
    });

    it('checks the open draft again when facts.yaml changes on disk (workspace/didChangeWatchedFiles)', async () => {
      writeFileSync(path.join(folder.dir, 'facts.yaml'), edit(REGISTER, 'value: 10060', 'value: 8600'));
      const agreed = session.nextDiagnostics('scs/district.md', (p) => p.diagnostics.length === 0);
      await session.watched([{ file: 'facts.yaml', type: 2 }]);
      strictEqual((await agreed).version, 1);

      writeFileSync(path.join(folder.dir, 'facts.yaml'), REGISTER);
      const again = session.nextDiagnostics('scs/district.md', (p) => p.diagnostics.length > 0);
      await session.watched([{ file: 'facts.yaml', type: 2 }]);
      deepStrictEqual(codes((await again).diagnostics), ['facts/mismatch']);
    });

    it('shows the problems of facts.yaml on disk while a draft is open, and clears them when the register is deleted', async () => {
      const broken = edit(REGISTER, '  unit: year\n', '  unit: year\n  colour: red\n');
      writeFileSync(path.join(folder.dir, 'facts.yaml'), broken);
      const shown = session.nextDiagnostics('facts.yaml', (p) => p.diagnostics.length > 0);
      await session.watched([{ file: 'facts.yaml', type: 2 }]);
      deepStrictEqual(
        (await shown).diagnostics.map((d) => [d.code, d.range]),
        [['facts/register-invalid', rangeOf(broken, 'colour')]],
      );
      rmSync(path.join(folder.dir, 'facts.yaml'));
      const cleared = session.nextDiagnostics('facts.yaml', (p) => p.diagnostics.length === 0);
      const unknown = session.nextDiagnostics('scs/district.md', (p) => p.diagnostics.some((d) => d.code === 'facts/unknown'));
      await session.watched([{ file: 'facts.yaml', type: 3 }]);
      await cleared;
      // Without a register, both of the district's references name unknown facts, and its 8,600 is at odds with the core strategy's 10,060.
      deepStrictEqual(codes((await unknown).diagnostics), ['facts/unknown', 'facts/conflict', 'facts/unknown']);
      writeFileSync(path.join(folder.dir, 'facts.yaml'), REGISTER);
      await session.watched([{ file: 'facts.yaml', type: 1 }]);
      await session.close('scs/district.md');
    });

    it('reads the register a configuration names once it is created on disk, and checks the open draft against it', async () => {
      writeFileSync(path.join(folder.dir, '.placeshaper.yaml'), 'facts: data/figures.yaml\n');
      const none = session.nextDiagnostics('scs/district.md', (p) => p.diagnostics.some((d) => d.code === 'facts/unknown'));
      await session.watched([{ file: '.placeshaper.yaml', type: 1 }]);
      await session.open('scs/district.md', FILES['scs/district.md'], 1);
      // Named but missing: no register, not the `facts.yaml` beside it.
      deepStrictEqual(codes((await none).diagnostics), ['facts/unknown', 'facts/unknown']);
      mkdirSync(path.join(folder.dir, 'data'));
      writeFileSync(path.join(folder.dir, 'data/figures.yaml'), REGISTER);
      const agreed = session.nextDiagnostics('scs/district.md', (p) => p.diagnostics.length === 0);
      await session.watched([{ file: 'data/figures.yaml', type: 1 }]);
      strictEqual((await agreed).version, 1);
      rmSync(path.join(folder.dir, '.placeshaper.yaml'));
      rmSync(path.join(folder.dir, 'data'), { recursive: true });
      await session.watched([
        { file: '.placeshaper.yaml', type: 3 },
        { file: 'data/figures.yaml', type: 3 },
      ]);
      await session.close('scs/district.md');
    });
  });

  describe('at the end', () => {
    it('logs no error', () => {
      deepStrictEqual(session.errors(), []);
    });
  });
});
