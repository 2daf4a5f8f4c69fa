import { ok } from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LspSession } from '../support/lsp-session';
import { Random, scs } from '../../bench/generate';
import { exampleCopy } from '../support/robustness';

const EDITS = 10_000;
const WARM_UP = 500;
/** Generous: this catches a leak (something kept per edit or per version), not a few megabytes of noise. */
const MAX_GROWTH_MB = 150;
const ANSWER_MS = 20000;

function residentMegabytes(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kilobytes = Number(/^VmRSS:\s+(\d+) kB$/m.exec(status)![1]);
  return kilobytes / 1024;
}

describe('memory: the server over many edits', function () {
  this.timeout(120000);
  let folder: ReturnType<typeof exampleCopy>;
  let session: LspSession;

  before(async function () {
    if (!existsSync('dist/server.js')) throw new Error('dist/server.js is missing: run `npm run build` (npm test does)');
    if (!existsSync('/proc/self/status')) return this.skip(); // No /proc: resident memory cannot be read on this system.
    folder = exampleCopy();
    // Started as any editor starts it, with no Node flags: memory stays bounded whatever the launch flags.
    ({ session } = await LspSession.start(folder.dir, { validate: { debounce: 0 } }));
  });

  after(async () => {
    await session?.stopSafely();
    folder?.cleanup();
  });

  it(`resident memory grows by less than ${MAX_GROWTH_MB} MB over ${EDITS} edits of a 300 KB draft, after the first ${WARM_UP}`, async () => {
    const file = 'scs/large-scs.md';
    const uri = session.uri(file);
    const random = new Random(5);
    const original = scs(random, { name: 'Largeshire', type: 'county', priorities: 8, bytes: 300_000 });
    let document = TextDocument.create(uri, 'markdown', 1, original);
    await session.open(file, original, 1);
    // Places to type at, all over the draft: the vision (frontmatter: the YAML is read again), a priority id
    // (the index changes), and paragraphs everywhere in the body (each edit re-parses a different block).
    const bodyStart = original.indexOf('\n---', 3) + 4;
    const places = [
      original.indexOf('vision:') + 12,
      original.indexOf('- id: ') + 6,
      ...Array.from({ length: 60 }, () => original.indexOf('\n\n', random.int(bodyStart, original.length - 100)) + 2),
    ];
    let baseline = 0;
    for (let edit = 1; edit <= WARM_UP + EDITS; edit++) {
      // Type a word, then delete it: the draft changes at every edit but stays the same size.
      const at = places[Math.floor((edit - 1) / 2) % places.length];
      const typing = edit % 2 === 1;
      const change = typing
        ? { range: { start: document.positionAt(at), end: document.positionAt(at) }, text: `w${edit % 97}` }
        : { range: { start: document.positionAt(at), end: document.positionAt(at + `w${(edit - 1) % 97}`.length) }, text: '' };
      document = TextDocument.update(document, [change], edit + 1);
      await session.changeRanges(file, [change], edit + 1);
      // Paced by answers, so that nothing piles up unread; a hover checks the draft; now and then every open draft is checked and published.
      if (edit % 10 === 0)
        await session.requestWithin(ANSWER_MS, 'textDocument/hover', {
          textDocument: { uri },
          position: document.positionAt(at),
        });
      if (edit % 100 === 0) await session.recheck(ANSWER_MS);
      if (edit === WARM_UP) baseline = residentMegabytes(session.pid);
    }
    await session.recheck(ANSWER_MS);
    const grown = residentMegabytes(session.pid) - baseline;
    ok(document.getText() === original, 'every word typed was deleted again');
    ok(
      grown < MAX_GROWTH_MB,
      `resident memory grew by ${grown.toFixed(1)} MB (from ${baseline.toFixed(1)} MB) over ${EDITS} edits`,
    );
    ok(session.alive);
  });
});
