import { deepStrictEqual, strictEqual } from 'node:assert/strict';
import { definition, prepareRename, references, rename } from '../../server/src/engine/features/navigation';
import { applyEdits } from '../../server/src/engine/text/edits';
import { LINKED_DRAFTS } from '../support/linked-drafts';
import { linkedWorkspace } from '../support/linked-workspace';

describe('navigation and rename', () => {
  const ws = linkedWorkspace();

  it('goes from a target’s priority to the SCS priority', () => {
    const [location] = definition(ws.engine, ws.path('laa/laa.md'), ws.offset('laa/laa.md', 'priority: C1', 11));
    strictEqual(location.path, '/ws/scs/county.md');
    strictEqual(ws.text('scs/county.md', location.span), 'C1');
    deepStrictEqual(location.span.start, ws.offset('scs/county.md', '- id: C1', 6));
  });

  it('goes from a body link fragment and from a related path to the linked draft', () => {
    const [byFragment] = definition(ws.engine, ws.path('ldf/core.md'), ws.offset('ldf/core.md', 'district.md#D1', 3));
    deepStrictEqual([byFragment.path, ws.text('scs/district.md', byFragment.span)], ['/ws/scs/district.md', 'D1']);
    const [byPath] = definition(ws.engine, ws.path('laa/laa.md'), ws.offset('laa/laa.md', '../scs/county.md', 2));
    deepStrictEqual(byPath, { path: '/ws/scs/county.md', span: { start: 0, end: 0 } });
  });

  it('finds every reference to an SCS priority across drafts, closed ones included', () => {
    const found = references(ws.engine, ws.path('scs/district.md'), ws.offset('scs/district.md', 'id: D1', 4), true);
    deepStrictEqual(
      found.map((l) => [l.path, ws.text(l.path.slice(4), l.span)]),
      [
        ['/ws/housing/housing.md', 'D1'],
        ['/ws/ldf/core.md', 'D1'],
        ['/ws/ldf/core.md', 'D1'],
        ['/ws/scs/district.md', 'D1'],
      ],
    );
    strictEqual(references(ws.engine, ws.path('scs/district.md'), ws.offset('scs/district.md', 'id: D1', 4), false).length, 3);
  });

  it('renames a priority in the SCS, its references and body link fragments, changing nothing else', () => {
    const result = rename(ws.engine, ws.path('scs/district.md'), ws.offset('scs/district.md', 'id: D1', 4), 'homes');
    if ('error' in result) throw new Error(result.error);
    deepStrictEqual([...result.edits.keys()].sort(), ['/ws/housing/housing.md', '/ws/ldf/core.md', '/ws/scs/district.md']);
    strictEqual(
      applyEdits(LINKED_DRAFTS['ldf/core.md'], result.edits.get('/ws/ldf/core.md')!),
      LINKED_DRAFTS['ldf/core.md'].replace('delivers: [D1]', 'delivers: [homes]').replace('district.md#D1', 'district.md#homes'),
    );
    strictEqual(
      applyEdits(LINKED_DRAFTS['housing/housing.md'], result.edits.get('/ws/housing/housing.md')!),
      LINKED_DRAFTS['housing/housing.md'].replace('supports: [D1, D3]', 'supports: [homes, D3]'),
    );
    strictEqual(
      applyEdits(LINKED_DRAFTS['scs/district.md'], result.edits.get('/ws/scs/district.md')!),
      LINKED_DRAFTS['scs/district.md'].replace('- id: D1', '- id: homes'),
    );
  });

  it('renames from a reference too, and refuses a clash or a malformed id with a clear message', () => {
    const fromReference = rename(ws.engine, ws.path('laa/laa.md'), ws.offset('laa/laa.md', 'priority: C2', 11), 'C9');
    strictEqual('edits' in fromReference && [...fromReference.edits.keys()].sort().join(), '/ws/laa/laa.md,/ws/scs/county.md');
    deepStrictEqual(rename(ws.engine, ws.path('laa/laa.md'), ws.offset('laa/laa.md', 'priority: C2', 11), 'C1'), {
      error: '‘C1’ is already an id in Exampleshire 2020; choose another.',
    });
    deepStrictEqual(rename(ws.engine, ws.path('laa/laa.md'), ws.offset('laa/laa.md', 'priority: C2', 11), 'two words'), {
      error: '‘two words’ cannot be an id: use letters, digits, hyphens, dots and underscores, starting with a letter or digit.',
    });
    deepStrictEqual(rename(ws.engine, ws.path('laa/laa.md'), ws.offset('laa/laa.md', 'priority: C2', 11), '.5'), {
      error: '‘.5’ cannot be an id: use letters, digits, hyphens, dots and underscores, starting with a letter or digit.',
    });
    deepStrictEqual(prepareRename(ws.engine, ws.path('laa/laa.md'), ws.offset('laa/laa.md', 'title: Exampleshire', 8)), {
      error: 'Only priority, objective and target ids, and the ids of facts, can be renamed.',
    });
  });

  it('writes a new id that YAML would read as a number, a boolean or null in quotes, so that it stays the same string', () => {
    for (const name of ['0x1F', 'false', 'true', 'null', 'NULL', '007', '0o17', '1e3', '1.5', '12']) {
      const result = rename(ws.engine, ws.path('scs/district.md'), ws.offset('scs/district.md', 'id: D1', 4), name);
      if ('error' in result) throw new Error(result.error);
      const files = Object.fromEntries(
        Object.entries(LINKED_DRAFTS).map(([file, text]) => [file, applyEdits(text, result.edits.get(`/ws/${file}`) ?? [])]),
      );
      strictEqual(files['scs/district.md'], LINKED_DRAFTS['scs/district.md'].replace('- id: D1', `- id: "${name}"`), name);
      strictEqual(
        files['ldf/core.md'],
        LINKED_DRAFTS['ldf/core.md']
          .replace('delivers: [D1]', `delivers: ["${name}"]`)
          .replace('district.md#D1', `district.md#${name}`),
        name,
      );
      const after = linkedWorkspace(files);
      deepStrictEqual(
        after.engine.workspace.draft('/ws/scs/district.md')!.priorities.map((p) => p.id),
        [name, 'D2', 'D3'],
        name,
      );
      const findings = Object.keys(files).flatMap((file) => after.check(file).map((f) => `${file} ${f.rule}`));
      deepStrictEqual(findings, [], name);
    }
  });
});
