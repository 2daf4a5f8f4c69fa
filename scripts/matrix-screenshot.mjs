// Renders the example workspace's alignment matrix in headless Chromium and saves docs/matrix.png for the README.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { chromium } from 'playwright-core';

const html = execFileSync(process.execPath, ['dist/cli.js', 'matrix', 'examples/exampleshire', '--format', 'html'], { encoding: 'utf8' });
const folder = mkdtempSync(path.join(tmpdir(), 'placeshaper-matrix-'));
const page = path.join(folder, 'matrix.html');
writeFileSync(page, html);
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  const tab = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await tab.goto(`file://${page}`);
  await tab.locator('tr.gap').first().waitFor();
  // Show the district's table, where the Core Strategy leaves a spatial priority out.
  await tab.evaluate(() => document.querySelector('tr.gap').scrollIntoView({ block: 'center' }));
  await tab.screenshot({ path: process.argv[2] ?? 'docs/matrix.png', fullPage: false });
} finally {
  await browser.close();
  rmSync(folder, { recursive: true, force: true });
}
console.log(process.argv[2] ?? 'docs/matrix.png');
