// Real editors for the editor tests: found on the PATH, or, where CI is set, required.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import * as path from 'node:path';

/** Whether `command` runs here; under CI a missing editor fails the suite instead of skipping it. */
export function editorAvailable(command: string, versionArgs: string[] = ['--version']): boolean {
  const found = spawnSync(command, versionArgs, { encoding: 'utf8' }).status === 0;
  if (!found && process.env.CI) throw new Error(`${command} is not installed: .ci/run installs it (apt-get install)`);
  return found;
}

/** A copy of the example workspace in a folder of its own under `dir`. */
export function exampleWorkspace(dir: string, name: string): string {
  const root = mkdtempSync(path.join(dir, `${name}-`));
  cpSync('examples/exampleshire', root, { recursive: true });
  return root;
}

export interface CheckedDiagnostic {
  file: string;
  line: number;
  column: number;
  code: string;
  severity: string;
  message: string;
}

/** What `placeshaper check --format json` reports for the workspace, from the installed command, sorted. */
export function checkReport(bin: string, cwd: string, byteColumns = false): CheckedDiagnostic[] {
  const run = spawnSync(path.join(bin, 'placeshaper'), ['check', '--format', 'json'], { cwd, encoding: 'utf8' });
  const report = JSON.parse(run.stdout) as {
    diagnostics: {
      file: string;
      rule: string;
      severity: string;
      message: string;
      range: { start: { line: number; column: number } };
    }[];
  };
  return sortDiagnostics(
    report.diagnostics.map((d) => ({
      file: d.file,
      line: d.range.start.line,
      column: byteColumns ? byteColumn(path.join(cwd, d.file), d.range.start.line, d.range.start.column) : d.range.start.column,
      code: d.rule,
      severity: d.severity,
      message: d.message,
    })),
  );
}

export function sortDiagnostics<T extends { file: string; line: number; column: number; message: string }>(list: T[]): T[] {
  return [...list].sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.message.localeCompare(b.message),
  );
}

/** The 1-based byte column (as Vim counts) of a 1-based UTF-16 column. */
function byteColumn(file: string, line: number, column: number): number {
  const text =
    readFileSync(file, 'utf8')
      .replace(/^\uFEFF/, '')
      .split(/\r?\n/)[line - 1] ?? '';
  return Buffer.byteLength(text.slice(0, column - 1)) + 1;
}

/**
 * Runs an editor headless in `cwd` with the installed commands first on the PATH and its home in
 * `home`, and returns the JSON its driver script wrote to $PLACESHAPER_OUT. `env` holds what the
 * driver reads. Fails with what the editor printed when it wrote nothing, or reported an error.
 */
export function runEditor<T extends { error?: string }>(
  command: string,
  args: readonly string[],
  options: { cwd: string; bin: string; home: string; env: Record<string, string> },
): T {
  const out = path.join(options.home, `${path.basename(options.cwd)}-out.json`);
  const run = spawnSync(command, args, {
    cwd: options.cwd,
    encoding: 'utf8',
    timeout: 180000,
    env: {
      ...process.env,
      PATH: `${options.bin}${path.delimiter}${process.env.PATH}`,
      HOME: options.home,
      XDG_CONFIG_HOME: options.home,
      XDG_DATA_HOME: options.home,
      XDG_STATE_HOME: options.home,
      PLACESHAPER_OUT: out,
      ...options.env,
    },
  });
  if (!existsSync(out)) throw new Error(`${command} wrote nothing (exit ${run.status}):\n${run.stdout}\n${run.stderr}`);
  const saw = JSON.parse(readFileSync(out, 'utf8')) as T;
  if (saw.error) throw new Error(`${command}: ${saw.error}\n${run.stderr.slice(-3000)}`);
  return saw;
}

export { installedPackage } from './installed-package';
export { placeIn } from './positions';
export { readmeRecipe } from './readme-recipes';
