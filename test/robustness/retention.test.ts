import { ok } from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as path from 'node:path';

/** What an engine with one 1 MB draft open may hold: the text, its blocks and facts, and the code, with room to spare. */
const MAX_HEAP_MB = 40;

describe('memory: old versions of an open draft', function () {
  this.timeout(120_000);

  it(`are not kept alive by the facts of blocks an edit left alone (heap after 1,500 edits of a 1 MB draft under ${MAX_HEAP_MB} MB)`, () => {
    const script = path.resolve('test/support/retained-texts.ts');
    const { heap, text } = JSON.parse(
      execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', script], { encoding: 'utf8' }),
    ) as { heap: number; text: number };
    const mb = heap / 2 ** 20;
    ok(text > 900_000, `the draft is ${text} characters`);
    ok(mb < MAX_HEAP_MB, `the engine holds ${mb.toFixed(1)} MB once garbage is collected`);
  });
});
