// The schedule of changes as a page: drawn as the golden pictures show on screen and on landscape
// A4, its header row repeated on every printed page, deletions struck through and insertions underlined.
import { deepStrictEqual, ok, strictEqual } from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { revisedRepository } from '../support/git-repositories';
import { HeadlessChromium } from './support/browser';
import { REPO } from './support/environment';
import { compareWithGolden } from './support/golden-picture';

describe('the schedule of changes as a page', function () {
  let chromium: HeadlessChromium;
  let repo: ReturnType<typeof revisedRepository>;
  let file: string;

  before(async () => {
    repo = revisedRepository();
    file = path.join(repo.dir, 'schedule.html');
    const html = execFileSync(
      process.execPath,
      [path.join(REPO, 'dist/cli.js'), 'schedule', '--from', 'v1', '--to', 'HEAD', '-f', 'html'],
      {
        cwd: repo.dir,
        env: { ...process.env, PLACESHAPER_TODAY: '2026-11-30' },
        encoding: 'utf8',
      },
    );
    writeFileSync(file, html);
    chromium = await HeadlessChromium.launch();
  });

  after(async () => {
    await chromium?.close();
    repo?.cleanup();
  });

  const open = async (viewport: { width: number; height: number }, print = false): Promise<Page> => {
    const page = await (await chromium.browser.newContext({ viewport, deviceScaleFactor: 1 })).newPage();
    if (print) await page.emulateMedia({ media: 'print' });
    await page.goto(pathToFileURL(file).href);
    await page.evaluate('document.fonts.ready');
    return page;
  };

  it('on screen: the table of changes, struck through and underlined, as the golden picture shows', async () => {
    const page = await open({ width: 1280, height: 800 });
    try {
      strictEqual(await page.locator('tbody tr').count(), 8);
      deepStrictEqual(await page.locator('tbody tr').nth(1).locator('del, ins').allInnerTexts(), ['21.3', '22.0']);
      const styles = (await page.evaluate(`[...document.querySelectorAll('tbody tr:nth-child(2) del, tbody tr:nth-child(2) ins')]
        .map((e) => getComputedStyle(e).textDecorationLine)`)) as string[];
      deepStrictEqual(styles, ['line-through', 'underline']);
      compareWithGolden(await page.screenshot({ animations: 'disabled', caret: 'hide', scale: 'css' }), 'schedule-screen.png');
    } finally {
      await page.context().close();
    }
  });

  it('on paper: landscape A4, the header row on every page', async () => {
    const page = await open({ width: 1123, height: 794 }, true);
    try {
      compareWithGolden(await page.screenshot({ animations: 'disabled', caret: 'hide', scale: 'css' }), 'schedule-print.png');
      strictEqual(await page.evaluate(`getComputedStyle(document.querySelector('thead')).display`), 'table-header-group');
      const pdf = await page.pdf({ preferCSSPageSize: true });
      const size = /\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/.exec(pdf.toString('latin1'));
      ok(size, 'the PDF has a page size');
      // Landscape A4 in points: 842 × 595.
      deepStrictEqual([Math.round(Number(size[1])), Math.round(Number(size[2]))], [842, 595]);
    } finally {
      await page.context().close();
    }
  });
});
