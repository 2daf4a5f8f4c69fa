import { deepStrictEqual, strictEqual } from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { runCli } from '../server/src/cli/run-cli';
import { RULE_IDS } from '../server/src/engine/rules/registry';

/** Pins the CLI's whole output on the example workspaces; `UPDATE_GOLDEN=1 npm test` rewrites the files after a deliberate change. */
async function output(folder: string): Promise<{ code: number; stdout: string }> {
  let stdout = '';
  const code = await runCli(['check', folder], {
    cwd: process.cwd(),
    stdout: (t) => (stdout += t),
    stderr: (t) => (stdout += t),
    today: '2026-11-21',
  });
  return { code, stdout };
}

function golden(name: string, actual: string): string {
  const file = `test/golden/${name}.txt`;
  if (process.env.UPDATE_GOLDEN) writeFileSync(file, actual);
  return readFileSync(file, 'utf8');
}

describe('placeshaper check on the example workspaces', () => {
  it('examples/exampleshire: exactly its six deliberate faults', async () => {
    const { code, stdout } = await output('examples/exampleshire');
    strictEqual(stdout, golden('exampleshire', stdout));
    strictEqual(code, 1);
    deepStrictEqual(
      stdout
        .trim()
        .split('\n')
        .slice(0, -2)
        .map((line) => line.split('  ')[2]),
      [
        'align/shared-vision',
        'format/unknown-key',
        'facts/mismatch',
        'laa/indicator',
        'laa/lead-partner',
        'align/spatial-delivery',
      ],
    );
  });

  /** Rules a small example cannot show: a draft over 5 MB has tests of its own. */
  const NOT_IN_EXAMPLES = ['format/too-large'];

  it('examples/faults: every rule fires at least once', async () => {
    const { code, stdout } = await output('examples/faults');
    strictEqual(stdout, golden('faults', stdout));
    strictEqual(code, 1);
    const fired = new Set(
      stdout
        .split('\n')
        .map((line) => line.split('  ')[2])
        .filter(Boolean),
    );
    deepStrictEqual(
      RULE_IDS.filter((id) => !fired.has(id) && !NOT_IN_EXAMPLES.includes(id)),
      [],
    );
  });
});
