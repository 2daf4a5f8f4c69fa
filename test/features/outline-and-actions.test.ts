import { deepStrictEqual, strictEqual } from 'node:assert/strict';
import { codeActions, fixAll } from '../../server/src/engine/features/code-actions';
import { priorityLenses } from '../../server/src/engine/features/code-lens';
import { documentLinks } from '../../server/src/engine/features/document-links';
import { documentSymbols, workspaceSymbols } from '../../server/src/engine/features/outline';
import { LINKED_DRAFTS, withChange } from '../support/linked-drafts';
import { applyEdits } from '../../server/src/engine/text/edits';
import { linkedWorkspace } from '../support/linked-workspace';

describe('outline, code lens, links and code actions', () => {
  const ws = linkedWorkspace();

  it('outlines the headings of the body once, a priority’s section shown as the priority', () => {
    const draft = ws.engine.workspace.draft('/ws/scs/district.md')!;
    const outline = documentSymbols(draft);
    deepStrictEqual(
      outline.map((s) => [s.name, s.kind, s.children.map((c) => [c.name, c.kind, c.detail])]),
      [
        [
          'Millbrook Matters',
          'heading',
          [
            ['D1 Homes for everyone', 'priority', 'priority'],
            ['D2 A greener Millbrook', 'priority', 'priority'],
            ['D3 An involved community', 'priority', 'priority'],
          ],
        ],
      ],
    );
    strictEqual(ws.text('scs/district.md', outline[0].children[1].selectionSpan), '## D2 A greener Millbrook');
  });

  it('lists the priorities without a section from the frontmatter, after the headings', () => {
    const files = withChange('scs/district.md', (t) => t.replace('\n## D2 A greener Millbrook\n', '\n'));
    const outline = documentSymbols(linkedWorkspace(files).engine.workspace.draft('/ws/scs/district.md')!);
    deepStrictEqual(
      outline.map((s) => [s.name, s.kind, s.children.map((c) => c.name)]),
      [
        ['Millbrook Matters', 'heading', ['D1 Homes for everyone', 'D3 An involved community']],
        ['Priorities without a section', 'group', ['D2 A greener Millbrook']],
      ],
    );
    const laa = documentSymbols(ws.engine.workspace.draft('/ws/laa/laa.md')!);
    deepStrictEqual(
      laa.map((s) => [s.name, s.kind, s.children.map((c) => [c.name, c.detail])]),
      [
        ['Exampleshire LAA', 'heading', []],
        [
          'Targets',
          'group',
          [
            ['T1', 'NI 16'],
            ['T2', 'NI 186'],
          ],
        ],
      ],
    );
  });

  it('finds priorities, objectives and targets across the workspace by name', () => {
    deepStrictEqual(
      workspaceSymbols(ws.engine, 'green').map((s) => [s.name, s.kind, s.container]),
      [
        ['C2 Greener economy', 'priority', 'Exampleshire 2020'],
        ['D2 A greener Millbrook', 'priority', 'Millbrook Matters'],
      ],
    );
  });

  it('counts what delivers each SCS priority, and lists exactly what it counts', () => {
    const files = LINKED_DRAFTS;
    deepStrictEqual(
      priorityLenses(ws.engine, '/ws/scs/district.md').map((l) => [
        ws.text('scs/district.md', l.span),
        l.title,
        l.locations.map((at) => [at.path, (files[at.path.slice(4)] ?? '').slice(at.span.start, at.span.end)]),
      ]),
      [
        [
          'D1',
          'delivered by 1 objective, 1 housing priority',
          [
            ['/ws/ldf/core.md', 'D1'],
            ['/ws/housing/housing.md', 'D1'],
          ],
        ],
        ['D2', 'delivered by 1 objective', [['/ws/ldf/core.md', 'D2']]],
        ['D3', 'delivered by 1 housing priority', [['/ws/housing/housing.md', 'D3']]],
      ],
    );
  });

  it('links related paths in the frontmatter', () => {
    deepStrictEqual(
      documentLinks(ws.engine, '/ws/housing/housing.md').map((l) => [ws.text('housing/housing.md', l.span), l.target]),
      [
        ['../scs/district.md', '/ws/scs/district.md'],
        ['./homelessness.md', '/ws/housing/homelessness.md'],
      ],
    );
  });

  it('offers the fix, fix-all for the rule and a disable comment; fix-all is idempotent', () => {
    const files = withChange('ldf/core.md', (t) =>
      t.replace('delivers: [D1]', 'delivers: [d1]').replace('delivers: [D2]', 'delivers: [d2]'),
    );
    const ws2 = linkedWorkspace(files);
    const at = ws2.offset('ldf/core.md', 'd1');
    const actions = codeActions(ws2.engine, '/ws/ldf/core.md', { start: at, end: at });
    deepStrictEqual(
      actions.map((a) => a.title),
      [
        'Replace with ‘D1’',
        'Fix all ‘align/unknown-priority’ problems in this file',
        'Disable ‘align/unknown-priority’ for this line',
        'Turn off ‘align/unknown-priority’ in a new .placeshaper.yaml',
      ],
    );
    const original = files['ldf/core.md'];
    strictEqual(applyEdits(original, actions[0].edits), original.replace('[d1]', '[D1]'));
    strictEqual(applyEdits(original, actions[1].edits), original.replace('[d1]', '[D1]').replace('[d2]', '[D2]'));
    strictEqual(
      applyEdits(original, actions[2].edits),
      original.replace('  - {id: O1', '  # placeshaper-disable-next-line align/unknown-priority\n  - {id: O1'),
    );
    const fixedOnce = applyEdits(original, fixAll(ws2.engine, '/ws/ldf/core.md')!.edits);
    const ws3 = linkedWorkspace({ ...files, 'ldf/core.md': fixedOnce });
    strictEqual(fixAll(ws3.engine, '/ws/ldf/core.md'), undefined);
    deepStrictEqual(ws3.check('ldf/core.md'), []);
  });

  it('a disable comment from the code action really silences the finding', () => {
    const files = withChange('ldf/core.md', (t) => t.replace('delivers: [D1]', 'delivers: [d1]'));
    const ws2 = linkedWorkspace(files);
    const at = ws2.offset('ldf/core.md', 'd1');
    const disable = codeActions(ws2.engine, '/ws/ldf/core.md', { start: at, end: at }).find((a) =>
      a.title.startsWith('Disable'),
    )!;
    const silenced = applyEdits(files['ldf/core.md'], disable.edits);
    deepStrictEqual(linkedWorkspace({ ...files, 'ldf/core.md': silenced }).check('ldf/core.md'), []);
  });
});
