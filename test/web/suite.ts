// Runs INSIDE VS Code for the Web's worker extension host (`npm run test:web`), on a copy of the
// example workspace mounted as a virtual folder. What the browser build shows is compared with what
// `placeshaper check` said of the same files (written by the runner to .web-expected.json).
import * as vscode from 'vscode';

interface Expected {
  file: string;
  rule: string;
  severity: string;
  message: string;
  range: { start: { line: number; column: number }; end: { line: number; column: number } };
}

const SEVERITY = ['error', 'warning', 'info', 'hint'];
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

class Failure extends Error {}
function expectEqual(actual: unknown, expected: unknown, what: string): void {
  const [a, e] = [JSON.stringify(actual, null, 1), JSON.stringify(expected, null, 1)];
  if (a !== e) throw new Failure(`${what}:\n  expected ${e}\n  actual   ${a}`);
}

async function until<T>(what: string, get: () => T | Promise<T>, done: (value: T) => boolean, ms = 30000): Promise<T> {
  const deadline = Date.now() + ms;
  let value = await get();
  while (!done(value)) {
    if (Date.now() > deadline) throw new Failure(`waited ${ms / 1000} s for ${what}; last saw ${JSON.stringify(value, null, 1)}`);
    await sleep(100);
    value = await get();
  }
  return value;
}

export async function run(): Promise<void> {
  const folder = vscode.workspace.workspaceFolders![0].uri;
  const at = (file: string) => vscode.Uri.joinPath(folder, file);
  const expected = JSON.parse(
    new TextDecoder().decode(await vscode.workspace.fs.readFile(at('.web-expected.json'))),
  ) as Expected[];
  const findings = (file: string) =>
    expected
      .filter((d) => d.file === file)
      .map((d) => [
        d.rule,
        d.severity,
        d.range.start.line - 1,
        d.range.start.column - 1,
        d.range.end.line - 1,
        d.range.end.column - 1,
        d.message,
      ]);
  const shown = (uri: vscode.Uri) =>
    vscode.languages
      .getDiagnostics(uri)
      .filter((d) => d.source === 'placeshaper')
      .map((d) => [
        typeof d.code === 'object' ? d.code.value : d.code,
        SEVERITY[d.severity],
        d.range.start.line,
        d.range.start.character,
        d.range.end.line,
        d.range.end.character,
        d.message,
      ])
      .sort((a, b) => Number(a[2]) - Number(b[2]) || Number(a[3]) - Number(b[3]));
  /** Waits until the draft's diagnostics are exactly what `placeshaper check` said (the server may first see a workspace still loading). */
  const settlesAsChecked = async (file: string) => {
    const want = findings(file);
    if (want.length === 0) throw new Failure(`${file} should have findings`);
    const same = (d: unknown) => JSON.stringify(d) === JSON.stringify(want);
    expectEqual(await until(`the diagnostics of ${file} to settle`, () => shown(at(file)), same), want, file);
  };
  const positionOf = async (file: string, needle: string, shift = 0) => {
    const document = await vscode.workspace.openTextDocument(at(file));
    const offset = document.getText().indexOf(needle);
    if (offset < 0) throw new Failure(`${needle} not in ${file}`);
    return document.positionAt(offset + shift);
  };

  const checks: [string, () => Promise<void>][] = [
    [
      'runs in a web worker, and the server in a worker of its own',
      async () => {
        const g = globalThis as { WorkerGlobalScope?: unknown; document?: unknown };
        expectEqual(
          [typeof g.WorkerGlobalScope, typeof g.document, vscode.env.uiKind === vscode.UIKind.Web],
          ['function', 'undefined', true],
          'host',
        );
        const LAA = 'laa/exampleshire-laa.md';
        await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(at(LAA)));
        const extension = await until(
          'the extension',
          () => vscode.extensions.getExtension('placeshaper.placeshaper'),
          (e) => e?.isActive === true,
        );
        expectEqual(extension!.packageJSON.browser, './dist/browser/extension.js', 'browser entry');
      },
    ],
    ['shows the exact diagnostics of an open draft', () => settlesAsChecked('laa/exampleshire-laa.md')],
    [
      'shows the exact diagnostics of a closed draft, read through the editor’s file system',
      () => settlesAsChecked('scs/millbrook-scs.md'),
    ],
    [
      'checks the facts a closed draft states against the register, read through the editor’s file system',
      () => settlesAsChecked('housing/millbrook-housing-strategy.md'),
    ],
    [
      'hovers a frontmatter key with the guidance quoted, its source below',
      async () => {
        const SCS = 'scs/exampleshire-scs.md';
        const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
          'vscode.executeHoverProvider',
          at(SCS),
          await positionOf(SCS, 'vision:'),
        );
        const text = hovers
          .flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : (c as vscode.MarkdownString).value)))
          .join('\n');
        const lines = text.split('\n');
        expectEqual(
          [lines[0], lines[2].slice(0, 40), lines[4]],
          [
            '**`vision`** — the vision statement',
            '> “Strong and Prosperous Communities” – ',
            "— APSE's summary of the statutory guidance — APSE briefing (undated), §5",
          ],
          'hover',
        );
      },
    ],
    [
      'completes National Indicators with their titles, found by a word of the title',
      async () => {
        const LAA = 'laa/exampleshire-laa.md';
        const position = await positionOf(LAA, 'indicator: NI ', 'indicator: NI '.length);
        const list = await vscode.commands.executeCommand<vscode.CompletionList>(
          'vscode.executeCompletionItemProvider',
          at(LAA),
          position,
        );
        const row = list.items.find((item) => (typeof item.label === 'string' ? item.label : item.label.label) === 'NI 16');
        if (!row) throw new Failure(`no NI 16 among ${list.items.length} items`);
        expectEqual(
          [typeof row.label === 'string' ? row.label : row.label.description, row.filterText],
          ['Serious acquisitive crime rate', 'NI 16 Serious acquisitive crime rate'],
          'NI 16',
        );
      },
    ],
    [
      'goes to the definition of a priority in another draft',
      async () => {
        const LAA = 'laa/exampleshire-laa.md';
        const found = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>(
          'vscode.executeDefinitionProvider',
          at(LAA),
          await positionOf(LAA, 'priority: safer-communities', 12),
        );
        const target = found.map((l) => ('targetUri' in l ? { uri: l.targetUri, range: l.targetRange } : l));
        const definedAt = await positionOf('scs/exampleshire-scs.md', 'id: safer-communities', 4);
        expectEqual(
          target.map((l) => [l.uri.toString(), l.range.start.line, l.range.start.character]),
          [[at('scs/exampleshire-scs.md').toString(), definedAt.line, definedAt.character]],
          'definition',
        );
      },
    ],
    [
      'opens the review of the active draft in a webview, made by the server in its worker',
      async () => {
        await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(at('laa/exampleshire-laa.md')));
        await vscode.commands.executeCommand('placeshaper.openReview');
        const tab = await until(
          'the review’s tab',
          () =>
            vscode.window.tabGroups.all
              .flatMap((group) => group.tabs)
              .find((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.endsWith('placeshaper.review')),
          (t) => t !== undefined,
        );
        expectEqual(tab!.label, 'Review: Exampleshire Local Area Agreement 2008 to 2011', 'review tab');
      },
    ],
    [
      'renames a priority across drafts',
      async () => {
        const SCS = 'scs/exampleshire-scs.md';
        const edit = await vscode.commands.executeCommand<vscode.WorkspaceEdit>(
          'vscode.executeDocumentRenameProvider',
          at(SCS),
          await positionOf(SCS, 'id: safer-communities', 4),
          'community-safety',
        );
        const files = edit
          .entries()
          .map(([uri, edits]) => [
            uri.toString().slice(folder.toString().replace(/\/?$/, '/').length),
            edits.length,
            edits.every((e) => e.newText === 'community-safety'),
          ])
          .sort();
        expectEqual(
          files,
          [
            // Five targets and the link to the priority's section.
            ['laa/exampleshire-laa.md', 6, true],
            ['scs/exampleshire-scs.md', 1, true],
            ['scs/millbrook-scs.md', 3, true],
          ],
          'rename',
        );
      },
    ],
  ];

  let passed = 0;
  const failures: string[] = [];
  for (const [name, check] of checks) {
    try {
      await check();
      passed++;
      console.log(`  ✔ ${name}`);
    } catch (error) {
      failures.push(`${name}: ${error instanceof Error ? error.message : String(error)}`);
      console.log(`  ✖ ${name}\n    ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  console.log(`\n  ${passed} passing`);
  if (failures.length) {
    console.log(`  ${failures.length} failing`);
    throw new Error(failures.join('\n'));
  }
}
