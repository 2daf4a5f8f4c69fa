// The language server's peak resident memory over 10,000 random edits of a 1 MB SCS, started as any
// editor starts it (`node dist/server.js --stdio`, no Node flags), with a hover after each edit (which
// checks the draft) and its diagnostics published as they change.
import { readFileSync } from 'node:fs';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LspSession } from '../test/support/lsp-session';
import { Random, scs } from './generate';

/** VmHWM: the most resident memory the process has had, in bytes. */
function peakResident(pid: number): number {
  return Number(/^VmHWM:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))![1]) * 1024;
}

export async function peakMemoryOverEdits(
  seed: number,
  edits: number,
  onProgress?: (done: number) => void,
): Promise<{ peak: number; bytes: number }> {
  const random = new Random(seed);
  const original = scs(random, { name: 'Bigshire', type: 'county', priorities: 12, bytes: 1_000_000, links: ['./laa.md#T1'] });
  const root = mkdtempSync(path.join(tmpdir(), 'placeshaper-memory-'));
  writeFileSync(path.join(root, 'scs.md'), original);
  const { session } = await LspSession.start(root, { validate: { debounce: 0 } });
  try {
    const uri = session.uri('scs.md');
    let document = TextDocument.create(uri, 'markdown', 1, original);
    await session.open('scs.md', original, 1);
    const bodyStart = original.indexOf('\n---', 3) + 4;
    for (let edit = 1; edit <= edits; edit++) {
      const text = document.getText();
      // Keep the draft about its size: type as often as delete, anywhere, frontmatter and body.
      const at = edit % 3 === 0 ? random.int(4, bodyStart - 5) : random.int(bodyStart, text.length - 2);
      const insert = edit % 2 === 1 ? random.pick(['a', ' ', '\n', '#', '- ', '[x](./a.md)', 'word ']) : '';
      const remove = insert ? 0 : random.int(1, 4);
      const change = {
        range: { start: document.positionAt(at), end: document.positionAt(Math.min(text.length, at + remove)) },
        text: insert,
      };
      document = TextDocument.update(document, [change], edit + 1);
      await session.changeRanges('scs.md', [change], edit + 1);
      // Answered once the server has read the edit; a hover checks the draft (for diagnostics under the pointer).
      await session.requestWithin(30_000, 'textDocument/hover', { textDocument: { uri }, position: document.positionAt(at) });
      if (edit % 500 === 0) onProgress?.(edit);
    }
    return { peak: peakResident(session.pid), bytes: original.length };
  } finally {
    await session.stopSafely();
    rmSync(root, { recursive: true, force: true });
  }
}

if (process.argv[1] && process.argv[1].endsWith('edit-memory.ts')) {
  void peakMemoryOverEdits(20261121, Number(process.argv[2] ?? 10_000), (n) => process.stderr.write(`${n} edits\n`)).then(
    ({ peak }) => console.log(`peak resident memory: ${(peak / 2 ** 20).toFixed(0)} MB`),
  );
}
