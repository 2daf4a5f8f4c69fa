// Debian's Chromium, headless, driven by playwright-core. It is launched as a browser server so
// that its process id is known: the browser is stopped by that id, also when the run fails.
import { chromium, type Browser, type BrowserServer } from 'playwright-core';
import { env } from './environment';
import { stop, track } from './processes';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export class HeadlessChromium {
  private constructor(
    private readonly server: BrowserServer,
    readonly browser: Browser,
    readonly pid: number,
  ) {}

  static async launch(): Promise<HeadlessChromium> {
    const server = await chromium.launchServer({ executablePath: env.chromium, args: CHROMIUM_ARGS, headless: true });
    const child = server.process();
    if (child.pid === undefined) throw new Error('Chromium started without a process id');
    const exited = new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) resolve();
      else child.once('exit', () => resolve());
    });
    track(child.pid, 'chromium', exited);
    const browser = await chromium.connect(server.wsEndpoint());
    return new HeadlessChromium(server, browser, child.pid);
  }

  async close(): Promise<void> {
    await this.browser.close().catch(() => undefined);
    await this.server.close().catch(() => undefined);
    await stop(this.pid, 5_000);
  }
}
