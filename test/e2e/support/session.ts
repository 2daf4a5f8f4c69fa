// What each end-to-end test needs around it: a temporary copy of an example workspace (edits never
// touch the repository), a workbench on it, a screenshot when the test fails, and waiting on files.
import { cpSync, mkdtempSync, readFileSync, rmSync, watch } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import type { Context } from 'mocha';
import { HeadlessChromium } from './browser';
import { CodeServer, type CodeServerOptions } from './code-server';
import { REPO } from './environment';
import { slug, Workbench } from './workbench';

/** A copy of examples/<name>/ in a fresh temporary folder. */
export function copyExample(name: 'exampleshire' | 'faults'): { dir: string; cleanup(): void } {
  const parent = mkdtempSync(path.join(tmpdir(), 'placeshaper-e2e-ws-'));
  const dir = path.join(parent, name);
  cpSync(path.join(REPO, 'examples', name), dir, { recursive: true });
  return { dir, cleanup: () => rmSync(parent, { recursive: true, force: true }) };
}

/** One test's workbench on its own copy of an example; closed and removed by `end`. */
export class TestSession {
  workbench: Workbench | undefined;
  private folder: { dir: string; cleanup(): void } | undefined;

  constructor(
    private readonly chromium: () => HeadlessChromium,
    private readonly server: () => CodeServer,
  ) {}

  /** Opens a fresh copy of the example in a new browser context; returns the workbench and the copy's folder. */
  async open(example: 'exampleshire' | 'faults'): Promise<{ workbench: Workbench; dir: string }> {
    this.folder = copyExample(example);
    this.workbench = await Workbench.open(this.chromium().browser, this.server(), this.folder.dir);
    return { workbench: this.workbench, dir: this.folder.dir };
  }

  /** For afterEach: a screenshot of a failed test (its path printed), then the context and the copy go. */
  async end(context: Context): Promise<void> {
    const test = context.currentTest;
    if (test?.state === 'failed' && this.workbench) {
      try {
        const file = await this.workbench.screenshot(`failed-${slug(test.fullTitle())}`);
        console.log(`      screenshot of the failure: ${path.relative(process.cwd(), file)}`);
      } catch (error) {
        console.log(`      no screenshot of the failure: ${(error as Error).message}`);
      }
    }
    await this.workbench?.close();
    this.workbench = undefined;
    this.folder?.cleanup();
    this.folder = undefined;
  }
}

/**
 * For a `describe` block: starts Chromium and a code-server with `options` before its tests, stops
 * both after them, and ends each test's session (screenshot on failure, browser context, copy).
 */
export function useCodeServer(options: CodeServerOptions): TestSession {
  let chromium: HeadlessChromium | undefined;
  let server: CodeServer | undefined;
  const session = new TestSession(
    () => chromium!,
    () => server!,
  );
  before(async function () {
    chromium = await HeadlessChromium.launch();
    server = await CodeServer.start(options);
  });
  after(async function () {
    await server?.stop();
    await chromium?.close();
  });
  afterEach(async function () {
    await session.end(this);
  });
  return session;
}

/**
 * Resolves with the file's text once `ready(text)` holds, re-reading it whenever its folder changes;
 * fails after `timeout`, saying with `explain(text)` what the file holds instead.
 */
export function waitForFile(
  file: string,
  ready: (text: string) => boolean,
  explain: (text: string) => string,
  timeout = 30_000,
): Promise<string> {
  return new Promise((resolve, reject) => {
    let last = '';
    const check = (): boolean => {
      try {
        last = readFileSync(file, 'utf8');
      } catch {
        return false;
      }
      if (!ready(last)) return false;
      finish();
      resolve(last);
      return true;
    };
    const watcher = watch(path.dirname(file), () => void check());
    const timer = setTimeout(() => {
      finish();
      reject(new Error(`${path.basename(file)} did not change as expected within ${timeout} ms: ${explain(last)}`));
    }, timeout);
    function finish(): void {
      watcher.close();
      clearTimeout(timer);
    }
    check();
  });
}

/** Whitespace folded, for comparing rendered Markdown with its source text. */
export function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
