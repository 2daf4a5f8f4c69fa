import { deepStrictEqual, ok, strictEqual } from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { runCli } from '../server/src/cli/run-cli';
import { matrixReport } from '../server/src/engine/reports/matrix-report';
import { withChange } from './support/linked-drafts';
import { workspace } from './support/harness';
import { LINKED_DRAFTS } from './support/linked-drafts';

async function matrix(format: string, folder = 'examples/exampleshire') {
  let stdout = '';
  let stderr = '';
  const code = await runCli(['matrix', folder, '--format', format], {
    cwd: process.cwd(),
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
  });
  return { code, stdout, stderr };
}

function golden(name: string, actual: string): string {
  const file = `test/golden/${name}`;
  if (process.env.UPDATE_GOLDEN) writeFileSync(file, actual);
  return readFileSync(file, 'utf8');
}

describe('placeshaper matrix', () => {
  for (const format of ['md', 'csv', 'html', 'json']) {
    it(`pins the ${format} matrix of the example workspace`, async () => {
      const { code, stdout, stderr } = await matrix(format);
      deepStrictEqual([code, stderr], [0, '']);
      strictEqual(stdout, golden(`matrix.${format}`, stdout));
    });
  }

  it('marks the spatial priority the Core Strategy leaves out, and nothing else, in the example workspace', async () => {
    const report = JSON.parse((await matrix('json')).stdout);
    const gaps = report.sections.flatMap((s: { rows: { priority: { id: string }; gaps: string[] }[] }) =>
      s.rows.filter((r) => r.gaps.length).map((r) => [r.priority.id, r.gaps]),
    );
    deepStrictEqual(gaps, [['sustaining-our-rural-villages', ['spatial-not-in-core-strategy']]]);
    deepStrictEqual(report.unknown, []);
  });

  it('shows a priority delivered by nothing and lists references to unknown priorities separately', () => {
    const files = withChange('housing/housing.md', (t) => t.replace('supports: [D1, D3]', 'supports: [D1, D9]'));
    const report = matrixReport(workspace(files).engine, '/ws');
    const district = report.sections.find((s) => s.scs.file === 'scs/district.md')!;
    deepStrictEqual(
      district.rows.map((r) => [r.priority.id, r.objectives.map((o) => o.id), r.housing.map((h) => h.id), r.gaps]),
      [
        ['D1', ['O1'], ['H1'], []],
        ['D2', ['O2'], [], []],
        ['D3', [], [], ['delivered-by-nothing']],
      ],
    );
    deepStrictEqual(report.unknown, [
      {
        draft: 'Millbrook Housing Strategy',
        from: 'H1',
        via: 'housing-priority',
        names: 'D9',
        scs: 'Millbrook Matters',
        file: 'housing/housing.md',
        line: 11,
      },
    ]);
  });

  it('gives each target its NI code, verified title and lead', () => {
    const report = matrixReport(workspace(LINKED_DRAFTS).engine, '/ws');
    const county = report.sections.find((s) => s.scs.file === 'scs/county.md')!;
    deepStrictEqual(county.rows[0].targets, [
      {
        id: 'T1',
        title: undefined,
        draft: 'Exampleshire LAA 2008-11',
        indicator: 'NI 16',
        indicatorLabel: 'NI 16 — Serious acquisitive crime rate',
        lead: 'Exampleshire Constabulary',
        file: 'laa/laa.md',
        line: 13,
      },
    ]);
  });

  it('writes a self-contained HTML page', async () => {
    const { stdout } = await matrix('html');
    ok(stdout.startsWith('<!doctype html>'));
    strictEqual(/<(script|link|img)\b/i.test(stdout), false, 'no external resources or scripts');
    ok(stdout.includes('<tr class="gap">'));
  });
});
