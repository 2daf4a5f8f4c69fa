// Pictures of pages compared with the golden ones in test/golden/, allowing for anti-aliasing.
import { fail } from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import { env, REPO } from './environment';

/** `UPDATE_GOLDEN=1` rewrites the pictures after a deliberate change of the page. */
export function compareWithGolden(actual: Buffer, name: string): void {
  const golden = path.join(REPO, 'test/golden', name);
  if (process.env.UPDATE_GOLDEN === '1' || !existsSync(golden)) {
    writeFileSync(golden, actual);
    console.log(`      wrote the golden picture ${path.relative(REPO, golden)}`);
    return;
  }
  const expected = PNG.sync.read(readFileSync(golden));
  const shown = PNG.sync.read(actual);
  const actualFile = path.join(env.output, name.replace(/\.png$/, '-actual.png'));
  if (expected.width !== shown.width || expected.height !== shown.height) {
    writeFileSync(actualFile, actual);
    fail(
      `${name}: the page drew ${shown.width}x${shown.height} pixels, the golden picture has ${expected.width}x${expected.height}; see ${actualFile} (UPDATE_GOLDEN=1 accepts it)`,
    );
  }
  const { width, height } = expected;
  const diff = new PNG({ width, height });
  const differing = pixelmatch(expected.data, shown.data, diff.data, width, height, { threshold: 0.1 });
  // Anti-aliasing may move a few pixels; a changed layout, colour or font moves many more.
  if (differing > width * height * 0.005) {
    const diffFile = path.join(env.output, name.replace(/\.png$/, '-diff.png'));
    writeFileSync(actualFile, actual);
    writeFileSync(diffFile, PNG.sync.write(diff));
    fail(
      `${name}: ${differing} of ${width * height} pixels differ (${((100 * differing) / (width * height)).toFixed(2)}%, at most 0.5%); see ${actualFile} and ${diffFile} (UPDATE_GOLDEN=1 accepts it)`,
    );
  }
}
