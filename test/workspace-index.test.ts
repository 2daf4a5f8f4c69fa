import { deepStrictEqual } from 'node:assert/strict';
import * as path from 'node:path';
import { Engine } from '../server/src/engine/engine';
import { references, rename } from '../server/src/engine/features/navigation';
import { MemoryFileSystem } from '../server/src/engine/host/file-system';
import { LINKED_DRAFTS } from './support/linked-drafts';

const at = (file: string) => path.join('/ws', file);
const offsetOf = (text: string, needle: string, shift = 0) => text.indexOf(needle) + shift;

/** The linked drafts on an in-memory disk, under /ws. */
function disk(): MemoryFileSystem {
  return new MemoryFileSystem(Object.fromEntries(Object.entries(LINKED_DRAFTS).map(([name, text]) => [at(name), text])));
}

describe('the workspace index', () => {
  it('counts a draft opened after the file list was built, without a workspace folder', () => {
    const engine = new Engine({ host: disk() });
    engine.workspace.open(at('housing/homelessness.md'), LINKED_DRAFTS['housing/homelessness.md'], 1);
    deepStrictEqual(
      engine.workspace.drafts().map((d) => d.path),
      [],
    );
    const laa = LINKED_DRAFTS['laa/laa.md'];
    engine.workspace.open(at('laa/laa.md'), laa, 1);
    deepStrictEqual(
      engine.workspace.drafts().map((d) => d.path),
      [at('laa/laa.md')],
    );
    const result = rename(engine, at('laa/laa.md'), offsetOf(laa, 'priority: C1', 10), 'community-safety');
    deepStrictEqual('edits' in result ? [...result.edits.keys()].sort() : result, [at('laa/laa.md'), at('scs/county.md')]);
  });

  it('forgets a draft that was only open, without a workspace folder, once it is closed', () => {
    const engine = new Engine({ host: disk() });
    engine.workspace.open(at('laa/laa.md'), LINKED_DRAFTS['laa/laa.md'], 1);
    deepStrictEqual(
      engine.workspace.drafts().map((d) => d.path),
      [at('laa/laa.md')],
    );
    engine.workspace.close(at('laa/laa.md'));
    deepStrictEqual(
      engine.workspace.drafts().map((d) => d.path),
      [],
    );
  });

  it('finds references in a draft that is open but was never saved', () => {
    const engine = new Engine({ host: disk(), root: '/ws' });
    const county = LINKED_DRAFTS['scs/county.md'];
    const before = references(engine, at('scs/county.md'), offsetOf(county, 'id: C1', 4), false).map((l) => l.path);
    const unsaved = LINKED_DRAFTS['laa/laa.md'].replace('title: Exampleshire LAA 2008-11', 'title: A second LAA');
    engine.workspace.open(at('laa/second.md'), unsaved, 1);
    const after = references(engine, at('scs/county.md'), offsetOf(county, 'id: C1', 4), false).map((l) => l.path);
    deepStrictEqual(after, [...before, at('laa/second.md'), at('laa/second.md')].sort());
    engine.workspace.close(at('laa/second.md'));
    deepStrictEqual(
      references(engine, at('scs/county.md'), offsetOf(county, 'id: C1', 4), false).map((l) => l.path),
      before,
    );
  });
});
