// Renders the example workspace's alignment matrix in headless Chromium and saves docs/matrix.png
// for the README: `npm run build && npx tsx scripts/matrix-screenshot.ts [out.png]`.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { HeadlessChromium } from '../test/e2e/support/browser';
import type { PageElement } from '../test/e2e/support/page-dom';

async function main(out: string): Promise<void> {
  const html = execFileSync(process.execPath, ['dist/cli.js', 'matrix', 'examples/exampleshire', '--format', 'html'], {
    encoding: 'utf8',
  });
  const folder = mkdtempSync(path.join(tmpdir(), 'placeshaper-matrix-'));
  const page = path.join(folder, 'matrix.html');
  writeFileSync(page, html);
  const chromium = await HeadlessChromium.launch();
  try {
    const tab = await chromium.browser.newPage({ viewport: { width: 1400, height: 900 } });
    await tab.goto(`file://${page}`);
    const gap = tab.locator('tr.gap').first();
    await gap.waitFor();
    // Show the district's table, where the Core Strategy leaves a spatial priority out.
    await gap.evaluate((row: PageElement & { scrollIntoView(options: object): void }) => row.scrollIntoView({ block: 'center' }));
    await tab.screenshot({ path: out, fullPage: false });
  } finally {
    await chromium.close();
    rmSync(folder, { recursive: true, force: true });
  }
  console.log(out);
}

void main(process.argv[2] ?? 'docs/matrix.png');
