// A property test over every workspace mode (one folder, no folder, several folders): random
// sequences of opening, editing, closing, creating, deleting and moving drafts on disk (the server
// hearing of disk changes from the client or from its own watcher) and renaming ids. After every
// step, references, rename edits and diagnostics equal those of a fresh server over the same files
// and buffers, and no rename adds a broken link or an unknown priority anywhere.
import { deepStrictEqual, ok } from 'node:assert/strict';
import * as path from 'node:path';
import fc from 'fast-check';
import { references, rename } from '../server/src/engine/features/navigation';
import { MemoryFileSystem } from '../server/src/engine/host/file-system';
import { LINKED_DRAFTS } from './support/linked-drafts';
import { applyEdits } from '../server/src/engine/text/edits';
import { Engines } from '../server/src/lsp/engines';

const TODAY = new Date('2026-11-21T12:00:00Z');

type Mode = 'one folder' | 'no folder' | 'several folders';
const FOLDERS: Record<Mode, string[]> = {
  'one folder': ['/ws'],
  'no folder': [],
  'several folders': ['/ws/scs', '/ws/laa', '/ws/ldf', '/ws/housing'],
};

/** Where the example drafts and their edits live: every file the steps may touch. */
const FILES = [...Object.keys(LINKED_DRAFTS), 'laa/second.md', 'scs/copy.md'].map((f) => path.join('/ws', f));

/** Edits an author makes to a draft's text: ids, references, links, and text that breaks nothing. */
const EDITS: [string, (text: string) => string][] = [
  ['rename C1 in place', (t) => t.replace('- id: C1', '- id: C7')],
  ['C1 back', (t) => t.replace('- id: C7', '- id: C1')],
  ['point a target at C2', (t) => t.replace('priority: C1', 'priority: C2')],
  ['point a target at a missing id', (t) => t.replace('priority: C2', 'priority: X9')],
  ['add a body link', (t) => `${t}\n[more](../scs/district.md#D2)\n`],
  ['add a link to a heading', (t) => `${t}\nSee [the county](../scs/county.md#c1-safer-communities).\n`],
  ['type in the body', (t) => `${t}\nMore words.\n`],
  ['break the frontmatter', (t) => t.replace('\n---\n', '\n--\n')],
  ['mend it', (t) => t.replace('\n--\n', '\n---\n')],
];

const NEW_NAMES = ['C9', 'renamed-priority', '0x1F', 'false', 'D1', '007'];

type Step =
  | { op: 'open'; file: number }
  | { op: 'edit'; file: number; edit: number }
  | { op: 'close'; file: number }
  | { op: 'write'; file: number; edit: number; notify: 'client' | 'watcher' }
  | { op: 'delete'; file: number; notify: 'client' | 'watcher' }
  | { op: 'move'; file: number; to: number; notify: 'client' | 'watcher' }
  | { op: 'rename'; file: number; name: number };

const file = fc.nat(FILES.length - 1);
const notify = fc.constantFrom('client' as const, 'watcher' as const);
const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ op: fc.constant('open' as const), file }),
  fc.record({ op: fc.constant('edit' as const), file, edit: fc.nat(EDITS.length - 1) }),
  fc.record({ op: fc.constant('close' as const), file }),
  fc.record({ op: fc.constant('write' as const), file, edit: fc.nat(EDITS.length - 1), notify }),
  fc.record({ op: fc.constant('delete' as const), file, notify }),
  fc.record({ op: fc.constant('move' as const), file, to: file, notify }),
  fc.record({ op: fc.constant('rename' as const), file, name: fc.nat(NEW_NAMES.length - 1) }),
);

/** The world the server sees: files on disk and the buffers open in the editor. */
class World {
  readonly disk = new MemoryFileSystem(
    Object.fromEntries(Object.entries(LINKED_DRAFTS).map(([name, text]) => [path.join('/ws', name), text])),
  );
  readonly buffers = new Map<string, { text: string; version: number }>();
  /** Disk changes the watcher has seen but not yet handed over (it batches them). */
  private unheard: string[] = [];
  readonly engines: Engines;

  constructor(readonly mode: Mode) {
    this.engines = fresh(mode, this.disk, new Map(), TODAY);
  }

  text(filePath: string): string | undefined {
    return this.buffers.get(filePath)?.text ?? this.disk.readFile(filePath);
  }

  open(filePath: string, text = this.text(filePath) ?? ''): void {
    const version = (this.buffers.get(filePath)?.version ?? 0) + 1;
    this.buffers.set(filePath, { text, version });
    this.engines.for(filePath).workspace.open(filePath, text, version);
  }

  close(filePath: string): void {
    if (!this.buffers.delete(filePath)) return;
    this.engines.for(filePath).workspace.close(filePath);
  }

  /** A change on disk, heard at once (the client's notification) or with the next batch of the watcher. */
  changedOnDisk(filePath: string, how: 'client' | 'watcher'): void {
    if (how === 'client') this.hear([filePath]);
    else this.unheard.push(filePath);
  }

  /** The watcher's batch: what it saw since the last one. */
  settle(): void {
    this.hear(this.unheard);
    this.unheard = [];
  }

  private hear(files: readonly string[]): void {
    for (const changed of files) for (const engine of this.engines.all()) engine.workspace.invalidate(changed);
  }
}

/** A server started afresh on the world as it stands. */
function fresh(
  mode: Mode,
  disk: MemoryFileSystem,
  buffers: ReadonlyMap<string, { text: string; version: number }>,
  today: Date,
): Engines {
  const engines = new Engines(FOLDERS[mode], disk, today);
  for (const [filePath, { text, version }] of buffers) engines.for(filePath).workspace.open(filePath, text, version);
  return engines;
}

/** What the server says of every file the steps may touch: its diagnostics, and the references of every SCS priority it defines. */
function said(engines: Engines) {
  const result: Record<string, unknown> = {};
  for (const filePath of FILES) {
    const engine = engines.for(filePath);
    const draft = engine.workspace.draft(filePath);
    if (!draft?.isDraft) continue;
    result[`${filePath} diagnostics`] = engine.check(filePath).map((f) => [f.rule, f.span.start, f.span.end, f.message]);
    for (const priority of draft.priorities) {
      result[`${filePath}#${priority.id} references`] = references(engine, filePath, priority.idSpan.start, true).map((l) => [
        l.path,
        l.span.start,
        l.span.end,
      ]);
    }
  }
  return result;
}

const LINK_RULES = /^(align\/broken-link|[a-z]+\/unknown-priority)$/;

function linkFindings(engines: Engines, world: World): number {
  let count = 0;
  for (const filePath of FILES) {
    const engine = engines.for(filePath);
    if (world.text(filePath) === undefined) continue;
    count += engine.check(filePath).filter((f) => LINK_RULES.test(f.rule)).length;
  }
  return count;
}

function run(world: World, s: Step): void {
  const target = FILES[s.file];
  switch (s.op) {
    case 'open':
      // A file not on disk opens as a new, unsaved LAA.
      world.open(target, world.text(target) ?? LINKED_DRAFTS['laa/laa.md']);
      return;
    case 'edit': {
      const text = world.buffers.get(target)?.text;
      if (text !== undefined) world.open(target, EDITS[s.edit][1](text));
      return;
    }
    case 'close':
      world.close(target);
      return;
    case 'write': {
      const base = world.disk.readFile(target) ?? LINKED_DRAFTS['laa/laa.md'];
      world.disk.write(target, EDITS[s.edit][1](base));
      world.changedOnDisk(target, s.notify);
      return;
    }
    case 'delete':
      if (world.disk.readFile(target) === undefined) return;
      world.disk.delete(target);
      world.changedOnDisk(target, s.notify);
      return;
    case 'move': {
      const text = world.disk.readFile(target);
      const to = FILES[s.to];
      if (text === undefined || to === target) return;
      world.disk.delete(target);
      world.disk.write(to, text);
      world.changedOnDisk(target, s.notify);
      world.changedOnDisk(to, s.notify);
      return;
    }
    case 'rename': {
      // An editor renames in an open document.
      if (!world.buffers.has(target)) {
        if (world.text(target) === undefined) return;
        world.open(target);
      }
      const engine = world.engines.for(target);
      const draft = engine.workspace.draft(target);
      const priority = draft?.isDraft ? draft.priorities[0] : undefined;
      if (!priority) return;
      const before = linkFindings(world.engines, world);
      const result = rename(engine, target, priority.idSpan.start, NEW_NAMES[s.name]);
      if ('error' in result) return;
      // The editor applies the edits to the open buffers, and to files on disk that are not open (then tells the server).
      for (const [edited, edits] of result.edits) {
        const open = world.buffers.get(edited);
        if (open) world.open(edited, applyEdits(open.text, edits));
        else {
          world.disk.write(edited, applyEdits(world.disk.readFile(edited)!, edits));
          world.changedOnDisk(edited, 'client');
        }
      }
      const after = linkFindings(world.engines, world);
      ok(
        after <= before,
        `renaming ${priority.id} to ${NEW_NAMES[s.name]} in ${target} raised the broken links and unknown priorities from ${before} to ${after}`,
      );
      return;
    }
  }
}

for (const mode of Object.keys(FOLDERS) as Mode[]) {
  describe(`the workspace, ${mode}: random steps`, () => {
    it('answer as a fresh server over the same files and buffers after every step, and renames never break a link (seeded)', function () {
      this.timeout(300_000);
      fc.assert(
        fc.property(fc.array(step, { minLength: 1, maxLength: 14 }), (steps) => {
          const world = new World(mode);
          for (const s of steps) {
            run(world, s);
            world.settle();
            deepStrictEqual(said(world.engines), said(fresh(mode, world.disk, world.buffers, TODAY)), JSON.stringify(s));
          }
        }),
        { seed: 20261130, numRuns: 60 },
      );
    });
  });
}
