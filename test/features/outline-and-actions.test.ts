import { deepStrictEqual, strictEqual } from 'node:assert/strict';
import { codeActions, fixAll } from '../../server/src/engine/features/code-actions';
import { priorityLenses } from '../../server/src/engine/features/code-lens';
import { documentLinks } from '../../server/src/engine/features/document-links';
import { documentSymbols, workspaceSymbols } from '../../server/src/engine/features/outline';
import { withChange } from '../support/linked-drafts';
import { applyEdits } from '../../server/src/engine/text/edits';
import { linkedWorkspace } from '../support/linked-workspace';

describe('outline, code lens, links and code actions', () => {
  const ws = linkedWorkspace();

  it('outlines priorities from the frontmatter and the headings of the body', () => {
    const draft = ws.engine.workspace.draft('/ws/scs/district.md')!;
    const outline = documentSymbols(draft);
    deepStrictEqual(
      outline.map((s) => [s.name, s.kind, s.children.map((c) => c.name)]),
      [
        ['Priorities', 'group', ['D1 Homes for everyone', 'D2 A greener Millbrook', 'D3 An involved community']],
        ['Millbrook Matters', 'heading', ['D1 Homes for everyone', 'D2 A greener Millbrook', 'D3 An involved community']],
      ],
    );
    strictEqual(ws.text('scs/district.md', outline[0].children[1].selectionSpan), 'D2');
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

  it('counts what delivers each SCS priority', () => {
    deepStrictEqual(
      priorityLenses(ws.engine, '/ws/scs/district.md').map((l) => [
        ws.text('scs/district.md', l.span),
        l.title,
        l.locations.length,
      ]),
      [
        ['D1', 'delivered by 1 objective, 1 housing priority', 3],
        ['D2', 'delivered by 1 objective', 1],
        ['D3', 'delivered by 1 housing priority', 1],
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
        'Replace with `D1`',
        'Fix all `align/unknown-priority` problems in this file',
        'Disable `align/unknown-priority` for this line',
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
