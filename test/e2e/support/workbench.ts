// A person at the VS Code workbench in the browser: quick open, the command palette, the editor,
// the Problems panel, hovers. Every step waits on the workbench's own DOM, never on a fixed delay.
// Code passed to page.evaluate runs in the browser; the test project has no DOM typings, so it
// reaches the DOM through `globalThis` as `any`.
import * as path from 'node:path';
import type { Browser, BrowserContext, Frame, Locator, Page } from 'playwright-core';
import type { CodeServer } from './code-server';
import { env } from './environment';
import type { PageDocument, PageElement } from './page-dom';

/** How long a step may take before it fails: generous for a 2-core machine that builds as it tests. */
export const STEP_TIMEOUT = 30_000;

export interface Problem {
  file: string;
  rule: string;
  line: number;
  column: number;
  message: string;
}

/** The file name that screenshots of a test are saved under. */
export function slug(title: string): string {
  return title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 80);
}

export class Workbench {
  private constructor(
    readonly context: BrowserContext,
    readonly page: Page,
  ) {}

  /** Opens `folder` in a new browser context and waits for the workbench and its explorer. */
  static async open(browser: Browser, server: CodeServer, folder: string): Promise<Workbench> {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    context.setDefaultTimeout(STEP_TIMEOUT);
    const page = await context.newPage();
    const workbench = new Workbench(context, page);
    await page.goto(server.folderUrl(folder), { timeout: 60_000 });
    await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
    // The explorer lists the folder's files once the remote file system is connected.
    await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout: 60_000 });
    return workbench;
  }

  async close(): Promise<void> {
    await this.context.close().catch(() => undefined);
  }

  /** A screenshot under .e2e-output/; returns its path. */
  async screenshot(name: string): Promise<string> {
    const file = path.join(env.output, `${name}.png`);
    await this.page.screenshot({ path: file, timeout: 10_000 });
    return file;
  }

  get quickInput(): Locator {
    return this.page.locator('.quick-input-widget');
  }

  /** The quick-input row whose text contains `text`. */
  quickInputRow(text: string | RegExp): Locator {
    return this.quickInput.locator('.monaco-list-row', { hasText: text }).first();
  }

  /**
   * Answers the question the quick input asks once its title shows `question` (an input box, a list to
   * filter, the save dialog): types `text`, or accepts the proposal when `text` is empty, and presses Enter.
   */
  async answer(question: string | RegExp, text: string): Promise<void> {
    // The question first: typing into the quick input that is closing would answer the one before.
    await this.quickInput.locator('.quick-input-title', { hasText: question }).waitFor();
    const input = this.quickInput.locator('input').first();
    await input.waitFor({ state: 'visible' });
    const before = await this.quickInput
      .locator('.quick-input-title')
      .innerText()
      .catch(() => '');
    if (text) await input.fill(text);
    await this.page.keyboard.press('Enter');
    // The next question has another title, or the quick input closes.
    await this.page.waitForFunction(
      `(() => {
        const widget = document.querySelector('.quick-input-widget');
        if (!widget || getComputedStyle(widget).display === 'none') return true;
        const title = widget.querySelector('.quick-input-title');
        return (title ? title.textContent : '') !== ${JSON.stringify(before)};
      })()`,
    );
  }

  private async openQuickInput(keys: string): Promise<void> {
    await this.page.keyboard.press(keys);
    await this.quickInput.locator('input').first().waitFor({ state: 'visible' });
  }

  /** Runs a command from the command palette (F1) by its title, as a person would. */
  async command(title: string): Promise<void> {
    await this.openQuickInput('F1');
    await this.page.keyboard.type(title);
    const row = this.quickInput
      .locator('.monaco-list-row', { has: this.page.locator('.label-name', { hasText: title }) })
      .first();
    await row.click();
    // The palette closes, or gives way to the command's own quick pick (which has no `>` prefix).
    await this.page.waitForFunction(`(() => {
      const widget = document.querySelector('.quick-input-widget');
      const input = widget && widget.querySelector('input');
      return !widget || getComputedStyle(widget).display === 'none' || !input || !input.value.startsWith('>');
    })()`);
  }

  /** Opens a file of the workspace through quick open (Ctrl+P) and waits for its editor tab. */
  async openFile(relativePath: string): Promise<void> {
    const name = path.basename(relativePath);
    await this.openQuickInput('Control+P');
    await this.page.keyboard.type(relativePath);
    let rows = this.quickInput.locator('.monaco-list-row', {
      has: this.page.locator('.label-name', { hasText: new RegExp(`^${escapeRegExp(name)}$`) }),
    });
    const folder = path.dirname(relativePath);
    if (folder !== '.') rows = rows.filter({ has: this.page.locator('.label-description', { hasText: folder }) });
    await rows.first().click();
    await this.quickInput.waitFor({ state: 'hidden' }); // it fades out over the top of the editor, where the mouse may go next
    await this.page.locator('.tabs-container .tab.active', { hasText: name }).waitFor();
    await this.editor.locator('.view-line').first().waitFor();
  }

  /**
   * Waits for the status bar item Placeshaper shows for the active draft (`Local Area Agreement · 2 problems`):
   * the language server has answered for this document.
   */
  async waitForDraftStatus(kindLabel: string): Promise<void> {
    await this.page
      .locator('.statusbar-item', { hasText: new RegExp(`${escapeRegExp(kindLabel)} · \\d+ problems?$`) })
      .waitFor({ timeout: 60_000 });
  }

  /** An editor line whose text (spaces made plain) matches `text`. */
  editorLine(text: RegExp): Locator {
    return this.editor
      .locator('.view-line', { hasText: new RegExp(text.source.replace(/ /g, '[ \\u00a0]'), text.flags) })
      .first();
  }

  /** The editor of the active editor group. */
  get editor(): Locator {
    return this.page.locator('.part.editor .editor-group-container.active .editor-instance .monaco-editor').first();
  }

  /** The status bar item that shows the cursor position: `Ln 23, Col 1`. */
  cursorPosition(line: number, column: number): Locator {
    return this.page.locator('.statusbar-item', { hasText: new RegExp(`^Ln ${line}, Col ${column}\\b`) });
  }

  /** Moves the cursor with Go to Line (Ctrl+G), 1-based, and waits for the status bar to agree. */
  async goTo(line: number, column = 1): Promise<void> {
    await this.openQuickInput('Control+G');
    await this.page.keyboard.type(`${line}:${column}`);
    await this.quickInput
      .locator('.monaco-list-row, .quick-input-message', { hasText: new RegExp(`\\b${line}\\b`) })
      .first()
      .waitFor();
    await this.page.keyboard.press('Enter');
    await this.quickInput.waitFor({ state: 'hidden' });
    await this.cursorPosition(line, column).waitFor();
  }

  /**
   * Applies the quick fix titled `title` at the cursor (Ctrl+.). Pressed before the editor has asked
   * for the line's actions, Ctrl+. says "no code actions": it is pressed again until the menu shows.
   */
  async quickFix(title: string): Promise<void> {
    const action = this.page.locator('.action-widget .monaco-list-row', { hasText: title }).first();
    for (let attempt = 1; ; attempt++) {
      await this.page.keyboard.press('Control+.');
      try {
        await action.waitFor({ timeout: 5_000 });
        break;
      } catch (error) {
        if (attempt === 6) throw error;
        await this.page.keyboard.press('Escape');
      }
    }
    await action.click();
  }

  /** The rendered lines of the active editor (those in view), with non-breaking spaces made plain. */
  async visibleText(): Promise<string> {
    const lines = await this.editor.locator('.view-lines').evaluate((element: PageElement) =>
      [...element.querySelectorAll('.view-line')]
        .map((line) => ({ top: parseFloat(line.style.top), text: String(line.textContent) }))
        .sort((a: { top: number }, b: { top: number }) => a.top - b.top)
        .map((line: { text: string }) => line.text.replace(/\u00a0/g, ' ')),
    );
    return lines.join('\n');
  }

  /** Where `word` is drawn in the editor line whose text matches `line`: the centre of the word, in page pixels. */
  async wordPosition(line: RegExp, word: string): Promise<{ x: number; y: number }> {
    const lineLocator = this.editorLine(line);
    await lineLocator.waitFor();
    const point = await lineLocator.evaluate((element: PageElement, wanted: string) => {
      const document = (globalThis as unknown as { document: PageDocument }).document;
      const walker = document.createTreeWalker(element, 4 /* NodeFilter.SHOW_TEXT */);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = String(node.textContent).replace(/\u00a0/g, ' ');
        const at = text.indexOf(wanted);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + wanted.length);
        const box = range.getBoundingClientRect();
        return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
      }
      return undefined;
    }, word);
    if (!point) throw new Error(`"${word}" is not drawn in the editor line matching ${line}`);
    return point;
  }

  /**
   * Moves the mouse over `word` in the line matching `line` and returns the hover widget once it
   * shows `expected`. Like a person, it moves the mouse away and back when no hover comes up in 10 s.
   */
  async hover(line: RegExp, word: string, expected: string | RegExp): Promise<Locator> {
    await this.quickInput.waitFor({ state: 'hidden' });
    const hover = this.page.locator('.monaco-hover:not(.hidden)', { hasText: expected }).first();
    let failure: Error | undefined;
    for (let attempt = 0; attempt < 3; attempt++) {
      const { x, y } = await this.wordPosition(line, word);
      await this.page.mouse.move(1, 1); // away from the editor first, so that moving onto the word is a fresh hover
      await this.page.mouse.move(x + attempt, y, { steps: 3 });
      try {
        await hover.waitFor({ timeout: 10_000 });
        return hover;
      } catch (error) {
        failure = error as Error;
      }
    }
    const shown = await this.page
      .locator('.monaco-hover:not(.hidden)')
      .allInnerTexts()
      .catch(() => []);
    throw new Error(
      `No hover reading "${expected}" appeared over "${word}" (3 tries); ${shown.length ? `the hover reads:\n${shown.join('\n---\n')}` : 'no hover appeared at all'}\n(${failure?.message.split('\n')[0]})`,
    );
  }

  /**
   * The text of the webview (a Markdown preview, a panel) whose content matches `expected`, once it
   * shows.
   */
  async webviewText(expected: RegExp, timeout = 30_000): Promise<string> {
    return (await (await this.webviewFrame(expected, timeout)).evaluate('document.body.innerText')) as string;
  }

  /**
   * The frame of the webview whose content matches `expected`, once it shows: webviews draw in
   * frames of their own, replaced as they load, so every frame is asked again and again until the
   * deadline (a wait on one frame can hang when the webview replaces its document).
   */
  async webviewFrame(expected: RegExp, timeout = 30_000): Promise<Frame> {
    const shows = `new RegExp(${JSON.stringify(expected.source)}, ${JSON.stringify(expected.flags)}).test(document.body ? document.body.innerText : '')`;
    const ask = (frame: Frame) =>
      Promise.race([
        (frame.evaluate(shows) as Promise<boolean>).catch(() => false),
        new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 2_000)),
      ]);
    const deadline = Date.now() + timeout;
    while (Date.now() < deadline) {
      for (const frame of this.page.frames()) if (!frame.isDetached() && (await ask(frame))) return frame;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    const read = await Promise.all(
      this.page
        .frames()
        .map(
          async (frame) =>
            `${frame.url().slice(0, 120)}: ${await frame.evaluate('document.body ? document.body.innerText.slice(0, 120) : ""').catch((error: Error) => `(${error.message.split('\n')[0]})`)}`,
        ),
    );
    throw new Error(`No webview showed ${expected} within ${timeout} ms; the frames read:\n${read.join('\n')}`);
  }

  /** The editor's suggest widget. */
  get suggestWidget(): Locator {
    return this.page.locator('.editor-widget.suggest-widget');
  }

  /** A row of the suggest widget whose label matches `label`. */
  suggestion(label: RegExp): Locator {
    return this.suggestWidget.locator('.monaco-list-row', { has: this.page.locator('.label-name', { hasText: label }) }).first();
  }

  /**
   * Focuses the Outline view, collapses the file explorer above it so that it has room, opens the
   * nodes on the way (`Placeshaper`, then `Priorities`: the outline groups each provider's symbols,
   * and may show a group closed), and returns its rows once `last` shows under the path.
   */
  async outlineLabels(path: readonly string[], last: string): Promise<{ label: string; level: number }[]> {
    await this.command('Explorer: Focus on Outline View');
    const outline = this.page.locator('.outline-pane');
    await outline.locator('.monaco-list-row').first().waitFor();
    const folders = this.page.locator('.pane:has(.explorer-folders-view) > .pane-header');
    if ((await folders.getAttribute('aria-expanded')) === 'true') await folders.locator('.title').click();
    // A node of the path at its depth (a heading of the same name deeper down is another node), matched
    // on its name (a symbol's detail follows it in the row's text), or on its text for a provider's group.
    const row = (label: string, level: number, state = '') => {
      const exact = new RegExp(`^\\s*${escapeRegExp(label)}\\s*$`);
      const rows = outline.locator(`.monaco-list-row[aria-level="${level}"]${state}`);
      return rows
        .filter({ has: this.page.locator('.label-name', { hasText: exact }) })
        .or(rows.filter({ hasText: exact }))
        .first();
    };
    for (const [index, label] of path.entries()) {
      const node = row(label, index + 1);
      await node.waitFor();
      if ((await node.getAttribute('aria-expanded')) === 'false') await node.locator('.monaco-tl-twistie').click();
      await row(label, index + 1, '[aria-expanded="true"]').waitFor();
    }
    await row(last, path.length + 1).waitFor();
    return this.outlineRows();
  }

  /** The rows the Outline view shows, in order: name (without its detail) and depth (1 for a provider's group). */
  async outlineRows(): Promise<{ label: string; level: number }[]> {
    return this.page.locator('.outline-pane .monaco-list-row').evaluateAll((rows: PageElement[]) =>
      rows
        .sort((a, b) => Number(a.getAttribute('data-index')) - Number(b.getAttribute('data-index')))
        .map((element) => ({
          label: String(
            (element.querySelector('.label-name') ?? element.querySelector('.monaco-tl-contents'))?.textContent ?? '',
          ).trim(),
          level: Number(element.getAttribute('aria-level')),
        })),
    );
  }

  /**
   * Opens the Problems panel, narrows it to one file with its filter box, and waits until it lists
   * exactly `expected` under that file (in any order); fails saying what it listed instead.
   * The panel may still be settling when the filter is first typed (its filter box can be replaced,
   * or miss the change), so the filter is typed again whenever the panel has not caught up within a
   * few seconds.
   */
  async waitForProblemsOf(
    relativePath: string,
    expected: readonly Pick<Problem, 'rule' | 'line'>[],
    timeout = 60_000,
  ): Promise<Problem[]> {
    await this.command('Problems: Focus on Problems View');
    await this.page.locator('.markers-panel').waitFor();
    const filter = this.page.getByPlaceholder(/^Filter \(e\.g\. text/);
    const pattern = `**/${relativePath}`;
    const file = path.basename(relativePath);
    const wanted = JSON.stringify(expected.map((p) => problemKey({ file, ...p })).sort());
    // Only the file's own rows count, should the filter not have narrowed the panel yet.
    const shownOfFile = `${READ_PROBLEMS}.filter((p) => p.file === ${JSON.stringify(file)}).map((p) => p.file + ' ' + p.rule + ' line ' + p.line).sort()`;
    const deadline = Date.now() + timeout;
    let failure: Error | undefined;
    for (let attempt = 0; Date.now() < deadline; attempt++) {
      if (attempt > 0) await filter.fill('');
      await filter.fill(pattern);
      try {
        const wait = Math.max(1, Math.min(attempt === 0 ? 15_000 : 5_000, deadline - Date.now()));
        await this.page.waitForFunction(`JSON.stringify(${shownOfFile}) === ${JSON.stringify(wanted)}`, undefined, {
          timeout: wait,
        });
        return (await this.readProblems()).filter((p) => p.file === file);
      } catch (error) {
        failure = error as Error;
      }
    }
    const shown = (await this.readProblems()).map(problemKey).sort();
    const want = (JSON.parse(wanted) as string[]).join('\n  ');
    const typed = await filter.inputValue().catch(() => '(no filter box)');
    throw new Error(
      `The Problems panel (filter "${typed}") shows\n  ${shown.join('\n  ') || '(nothing)'}\ninstead of\n  ${want}\n(${failure?.message.split('\n')[0]})`,
    );
  }

  /** The problems the Problems panel shows, grouped under their file rows. */
  async readProblems(): Promise<Problem[]> {
    return this.page.evaluate<Problem[]>(READ_PROBLEMS);
  }
}

function problemKey(p: Pick<Problem, 'file' | 'rule' | 'line'>): string {
  return `${p.file} ${p.rule} line ${p.line}`;
}

/**
 * Browser-side expression: the rows of the Problems panel, in order, as problems under the file
 * row above them. A problem row has the rule id (.marker-code) and `[Ln 74, Col 16]` (.marker-line);
 * a related-information row has neither; a file row has only a label.
 */
const READ_PROBLEMS = `(() => {
  const rows = [...document.querySelectorAll('.markers-panel .monaco-list-row')]
    .sort((a, b) => Number(a.getAttribute('data-index')) - Number(b.getAttribute('data-index')));
  const problems = [];
  let file = '';
  for (const row of rows) {
    const code = row.querySelector('.marker-code');
    const where = row.querySelector('.marker-line');
    if (code && where) {
      const at = /Ln (\\d+), Col (\\d+)/.exec(where.textContent) || [];
      const message = row.querySelector('.marker-message');
      problems.push({ file, rule: code.textContent.trim(), line: Number(at[1] ?? -1), column: Number(at[2] ?? -1), message: message ? message.textContent.trim() : '' });
    } else if (!row.querySelector('.marker-message-details-container, .marker-line')) {
      const label = row.querySelector('.label-name');
      if (label) file = label.textContent.trim();
    }
  }
  return problems;
})()`;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
