// The HTML alignment matrix as a person sees it: rendered by headless Chromium, screenshot saved.
import { ok, strictEqual } from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import { HeadlessChromium } from './support/browser';
import { env, REPO } from './support/environment';

describe('the HTML alignment matrix in a browser', function () {
  let chromium: HeadlessChromium;
  let page: Page;
  let folder: string;

  before(async () => {
    folder = mkdtempSync(path.join(tmpdir(), 'placeshaper-matrix-'));
    const html = execFileSync(
      process.execPath,
      [path.join(REPO, 'dist/cli.js'), 'matrix', 'examples/exampleshire', '--format', 'html'],
      { cwd: REPO, encoding: 'utf8' },
    );
    writeFileSync(path.join(folder, 'matrix.html'), html);
    chromium = await HeadlessChromium.launch();
    page = await chromium.browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(`file://${path.join(folder, 'matrix.html')}`);
  });

  after(async () => {
    await chromium?.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it('renders one table per SCS with the gap highlighted, and saves a screenshot', async () => {
    await page.locator('table:not(.evidence):not(.facts)').nth(1).waitFor();
    strictEqual(await page.locator('table:not(.evidence):not(.facts)').count(), 2);
    const gap = page.locator('tr.gap');
    strictEqual(await gap.count(), 1);
    ok((await gap.innerText()).includes('sustaining-our-rural-villages'));
    ok((await gap.innerText()).includes('spatial, missing from the Core Strategy'));
    // This project's TypeScript knows Node, not the DOM: the page's globals are reached through globalThis.
    const backgroundOf = (row: unknown) =>
      (globalThis as unknown as { getComputedStyle(e: unknown): { backgroundColor: string } }).getComputedStyle(row)
        .backgroundColor;
    const background = await gap.evaluate(backgroundOf);
    strictEqual(background, 'rgb(255, 244, 229)', 'the gap row stands out');
    const plain = await page.locator('tbody tr:not(.gap)').first().evaluate(backgroundOf);
    strictEqual(plain, 'rgba(0, 0, 0, 0)');
    await gap.scrollIntoViewIfNeeded();
    const shot = path.join(env.output, 'matrix.png');
    await page.screenshot({ path: shot });
    ok(statSync(shot).size > 20_000, 'the screenshot shows a rendered page');
    console.log(`      screenshot: ${shot}`);
  });

  it('lists each item of evidence once per SCS, below its table, rows linking to it', async () => {
    strictEqual(await page.locator('table.evidence').count(), 2);
    const ids = await page.locator('table.evidence').nth(1).locator('tbody tr td:first-child .id').allInnerTexts();
    strictEqual(ids.length, new Set(ids).size, 'no item twice');
    ok(ids.includes('north-exampleshire-shma-2007'), ids.join(', '));
    const cell = page.locator('tr.gap td').nth(4);
    strictEqual(await cell.innerText(), '5 items, 2 shared with the SCS');
    strictEqual(await cell.locator('a').getAttribute('href'), '#evidence-1');
  });

  it('lays the columns out side by side, readable without scrolling sideways', async () => {
    const widths = (await page.evaluate('({ page: document.documentElement.scrollWidth, window: window.innerWidth })')) as {
      page: number;
      window: number;
    };
    ok(widths.page <= widths.window, `the page is ${widths.page}px wide in a ${widths.window}px window`);
    const headers = await page.locator('table').first().locator('th').allInnerTexts();
    strictEqual(headers.join(' | '), 'Priority | Core Strategy objectives | Housing priorities | LAA targets | Evidence | Gaps');
  });
});
