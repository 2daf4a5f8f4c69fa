// The review page as a person sees it, on screen and on paper: accessible, drawn as the golden
// pictures show, printed one draft to a page, and inert whatever a draft holds.
import { deepStrictEqual, ok, strictEqual } from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { HeadlessChromium } from './support/browser';
import { compareWithGolden } from './support/golden-picture';
import { env, REPO } from './support/environment';

/** The date the page shows, so that every run draws the same page. */
const TODAY = '2026-11-30';
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];
const SCREEN = { width: 1280, height: 900 };
/** A4 at 96 pixels to the inch. */
const PRINT = { width: 794, height: 1123 };
/** The LAA's first finding: its row holds marked text and a margin note. */
const FINDING = '#draft-3-ref-1';

function review(folder: string, out: string): void {
  execFileSync(process.execPath, [path.join(REPO, 'dist/cli.js'), 'review', folder, '--root', folder, '--no-git', '-o', out], {
    cwd: REPO,
    env: { ...process.env, PLACESHAPER_TODAY: TODAY },
    stdio: 'pipe',
  });
}

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[] }[];
}

/** The notes of the example workspace's review, in the order of the page. */
const NOTES = ['draft-1-note-1', 'draft-2-note-1', 'draft-2-note-2', 'draft-3-note-1', 'draft-3-note-2', 'draft-5-note-1'];

/** Each row with notes: where its text and its notes are drawn. */
const NOTE_PLACES = `[...document.querySelectorAll('.row')]
  .filter((row) => row.querySelector(':scope > .notes'))
  .map((row) => {
    const text = row.querySelector(':scope > .text').getBoundingClientRect();
    const notes = row.querySelector(':scope > .notes').getBoundingClientRect();
    return { notes: [...row.querySelectorAll('.note')].map((note) => note.id), textTop: text.top, textBottom: text.bottom, textRight: text.right, notesTop: notes.top, notesLeft: notes.left };
  })`;

interface NotePlace {
  notes: string[];
  textTop: number;
  textBottom: number;
  textRight: number;
  notesTop: number;
  notesLeft: number;
}

describe('the review page in a browser', function () {
  let chromium: HeadlessChromium;
  let folder: string;
  let exampleshire: string;
  let faults: string;

  before(async () => {
    folder = mkdtempSync(path.join(tmpdir(), 'placeshaper-review-'));
    exampleshire = path.join(folder, 'exampleshire.html');
    faults = path.join(folder, 'faults.html');
    review('examples/exampleshire', exampleshire);
    review('examples/faults', faults);
    chromium = await HeadlessChromium.launch();
  });

  after(async () => {
    await chromium?.close();
    if (folder) rmSync(folder, { recursive: true, force: true });
  });

  /** The page in a fresh tab, drawn the same way each time. */
  async function open(
    file: string,
    options: { viewport?: { width: number; height: number }; print?: boolean; bypassCSP?: boolean } = {},
  ): Promise<Page> {
    const context = await chromium.browser.newContext({
      viewport: options.viewport ?? SCREEN,
      deviceScaleFactor: 1,
      bypassCSP: options.bypassCSP ?? false,
      reducedMotion: 'reduce',
    });
    const page = await context.newPage();
    if (options.print) await page.emulateMedia({ media: 'print' });
    await page.goto(pathToFileURL(file).href);
    strictEqual(await page.evaluate('document.fonts.ready.then((fonts) => fonts.status)'), 'loaded');
    return page;
  }

  describe('accessibility', () => {
    for (const example of ['exampleshire', 'faults'] as const) {
      it(`examples/${example}: axe finds no violation of WCAG 2.1 A and AA or of best practice, contrast included`, async () => {
        // The page forbids scripts; axe is let in for this test alone.
        const page = await open(example === 'exampleshire' ? exampleshire : faults, { bypassCSP: true });
        try {
          await page.addScriptTag({ content: readFileSync(path.join(REPO, 'node_modules/axe-core/axe.min.js'), 'utf8') });
          // Open every passage of guidance, so that what a reader can unfold is checked too.
          await page.evaluate(`document.querySelectorAll('details').forEach((d) => (d.open = true))`);
          const { violations } = (await page.evaluate(
            `axe.run(document, { runOnly: { type: 'tag', values: ${JSON.stringify(AXE_TAGS)} } })`,
          )) as { violations: AxeViolation[] };
          const found = violations.map(
            (v) => `${v.id} (${v.impact}, ${v.nodes.length}×, first at ${String(v.nodes[0]?.target[0])}): ${v.help}`,
          );
          deepStrictEqual(found, [], `axe found:\n${found.join('\n')}`);
        } finally {
          await page.context().close();
        }
      });
    }
  });

  describe('looks as the golden pictures show', () => {
    const shoot = async (page: Page, name: string) => {
      compareWithGolden(await page.screenshot({ animations: 'disabled', caret: 'hide', scale: 'css' }), `${name}-top.png`);
      const row = page.locator('.row', { has: page.locator(FINDING) });
      strictEqual(await row.count(), 1);
      compareWithGolden(await row.screenshot({ animations: 'disabled', caret: 'hide', scale: 'css' }), `${name}-finding.png`);
    };

    it('on screen, 1280 pixels wide: the top of the page and the LAA’s first finding with its note', async () => {
      const page = await open(exampleshire);
      try {
        await shoot(page, 'review-screen');
      } finally {
        await page.context().close();
      }
    });

    it('in print, A4 wide: the top of the page and the LAA’s first finding with its note', async () => {
      const page = await open(exampleshire, { viewport: PRINT, print: true });
      try {
        await shoot(page, 'review-print');
      } finally {
        await page.context().close();
      }
    });
  });

  it('runs and loads nothing from a draft, even when clicked', async () => {
    const workspace = mkdtempSync(path.join(tmpdir(), 'placeshaper-hostile-'));
    try {
      const scs = readFileSync(path.join(REPO, 'examples/exampleshire/scs/exampleshire-scs.md'), 'utf8');
      const frontmatter = /^---\n[\s\S]*?\n---\n/.exec(scs)?.[0];
      ok(frontmatter, 'the example SCS has frontmatter');
      const body = [
        '# Exampleshire 2020',
        `<script>window.pwned='script'</script>`,
        `<img src="http://127.0.0.1:9/pixel.png" onerror="window.pwned='onerror'">`,
        `<div onclick="window.pwned='onclick'">Click anywhere</div>`,
        `<iframe src="http://127.0.0.1:9/frame"></iframe>`,
        `<svg onload="window.pwned='svg'"></svg>`,
        `Read <a href="javascript:window.pwned='link'">a link</a> and [md link](javascript:window.pwned='md').`,
        `![a chart](http://127.0.0.1:9/chart.png)`,
        `<meta http-equiv="refresh" content="0; url=http://127.0.0.1:9/">`,
        `<link rel="stylesheet" href="http://127.0.0.1:9/style.css">`,
        `<object data="http://127.0.0.1:9/o"></object>`,
      ].join('\n\n');
      mkdirSync(path.join(workspace, 'scs'));
      writeFileSync(path.join(workspace, 'scs/hostile-scs.md'), `${frontmatter}\n${body}\n`);
      const file = path.join(workspace, 'review.html');
      review(workspace, file);
      const url = pathToFileURL(file).href;

      const context = await chromium.browser.newContext({ viewport: SCREEN });
      try {
        const page = await context.newPage();
        const requests: string[] = [];
        const messages: string[] = [];
        const dialogs: string[] = [];
        const popups: string[] = [];
        page.on('request', (request) => requests.push(request.url()));
        page.on('console', (message) => messages.push(`${message.type()}: ${message.text()}`));
        page.on('pageerror', (error) => messages.push(`error: ${error.message}`));
        page.on('dialog', (dialog) => {
          dialogs.push(`${dialog.type()}: ${dialog.message()}`);
          void dialog.dismiss();
        });
        context.on('page', (popup) => popups.push(popup.url()));
        await page.goto(url);

        const words = page.getByText('Click anywhere', { exact: true });
        strictEqual(await words.isVisible(), true, 'the words of the draft are shown');
        await words.click();
        for (const name of ['a link', 'md link']) {
          const link = page.getByText(name, { exact: true });
          if ((await link.count()) > 0) await link.first().click();
        }
        await page.waitForTimeout(1_000);

        strictEqual(await page.evaluate('typeof window.pwned'), 'undefined', 'nothing of the draft ran');
        deepStrictEqual(requests, [url], 'only the page itself was loaded');
        deepStrictEqual(dialogs, [], 'no dialog opened');
        deepStrictEqual(popups, [], 'no window opened');
        deepStrictEqual(messages, [], 'nothing was refused or failed');
        strictEqual(page.url(), url, 'the page stayed where it was');
      } finally {
        await context.close();
      }
    } finally {
      rmSync(workspace, { recursive: true, force: true });
    }
  });

  describe('on paper', () => {
    it('starts each draft on a new page, and prints the summary and the five drafts on at least six A4 pages', async () => {
      const page = await open(exampleshire, { viewport: PRINT, print: true });
      try {
        const breaks = await page.evaluate(
          `[...document.querySelectorAll('article.draft')].map((a) => getComputedStyle(a).breakBefore)`,
        );
        deepStrictEqual(breaks, ['page', 'page', 'page', 'page', 'page']);
        const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
        writeFileSync(path.join(env.output, 'review.pdf'), pdf);
        // Each page is an object of type /Page; the page tree's nodes are /Pages.
        const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?![A-Za-z])/g)?.length ?? 0;
        ok(pages >= 6, `the PDF has ${pages} pages`);
        console.log(`      ${pages} A4 pages: ${path.join(env.output, 'review.pdf')}`);
      } finally {
        await page.context().close();
      }
    });

    it('puts the notes below their text on paper, and beside it on a wide screen', async () => {
      // Paper at A4 and at a wide window: the print styles alone, not the narrow screen's, put the notes below.
      for (const viewport of [PRINT, SCREEN]) {
        const paper = await open(exampleshire, { viewport, print: true });
        try {
          const places = (await paper.evaluate(NOTE_PLACES)) as NotePlace[];
          deepStrictEqual(
            places.flatMap((p) => p.notes),
            NOTES,
          );
          const beside = places.filter((p) => p.notesTop < p.textBottom - 0.5 || p.notesTop < p.textTop);
          deepStrictEqual(
            beside.map((p) => p.notes.join(' ')),
            [],
            `on paper ${viewport.width} pixels wide every note starts below the text it explains`,
          );
        } finally {
          await paper.context().close();
        }
      }
      const screen = await open(exampleshire);
      try {
        const places = (await screen.evaluate(NOTE_PLACES)) as NotePlace[];
        deepStrictEqual(
          places.flatMap((p) => p.notes),
          NOTES,
        );
        const below = places.filter((p) => p.notesLeft <= p.textRight);
        deepStrictEqual(
          below.map((p) => p.notes.join(' ')),
          [],
          'on screen every note sits in the margin, right of its text',
        );
      } finally {
        await screen.context().close();
      }
    });
  });
});
