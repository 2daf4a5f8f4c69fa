// Renders the example workspace's review in headless Chromium and saves docs/review.png for the
// README: `npm run build && npx tsx scripts/review-screenshot.ts [out.png]`.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { HeadlessChromium } from '../test/e2e/support/browser';
import type { PageElement } from '../test/e2e/support/page-dom';

async function main(out: string): Promise<void> {
  const folder = mkdtempSync(path.join(tmpdir(), 'placeshaper-review-'));
  const page = path.join(folder, 'review.html');
  execFileSync(
    process.execPath,
    ['dist/cli.js', 'review', 'examples/exampleshire', '--root', 'examples/exampleshire', '--no-git', '-o', page],
    { stdio: 'pipe' },
  );
  const chromium = await HeadlessChromium.launch();
  try {
    const tab = await chromium.browser.newPage({ viewport: { width: 1400, height: 900 }, deviceScaleFactor: 1 });
    await tab.goto(pathToFileURL(page).href);
    await tab.evaluate('document.fonts.ready.then(() => undefined)');
    const finding = tab.locator('#draft-3-ref-1');
    await finding.waitFor();
    // Show the LAA's withdrawn indicator, marked in the text, its note and the guidance in the margin.
    await finding.evaluate((ref: PageElement & { scrollIntoView(options: object): void }) =>
      ref.scrollIntoView({ block: 'center' }),
    );
    await tab.screenshot({ path: out, fullPage: false, animations: 'disabled', caret: 'hide' });
  } finally {
    await chromium.close();
    rmSync(folder, { recursive: true, force: true });
  }
  console.log(out);
}

void main(process.argv[2] ?? 'docs/review.png');
