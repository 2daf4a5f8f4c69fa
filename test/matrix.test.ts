import { deepStrictEqual, ok, strictEqual } from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { runCli } from '../server/src/cli/run-cli';
import { matrixCsv, matrixHtml, matrixMarkdown } from '../server/src/engine/reports/matrix-formats';
import { matrixReport } from '../server/src/engine/reports/matrix-report';
import { withChange } from './support/linked-drafts';
import { edit, md, workspace } from './support/harness';
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

  it('lists the facts each draft relies on, with the register’s value and whether the draft states it', () => {
    const files = {
      ...LINKED_DRAFTS,
      'facts.yaml': md`
        housing.requirement: {value: 8600, unit: homes}
        crime.target: {value: 18.9}
      `,
      'ldf/core.md': `${LINKED_DRAFTS['ldf/core.md']}\nIt plans for :fact[8,060 new homes]{#housing.requirement} and :fact[12 pitches]{#gypsy.pitches}.\n`,
      'housing/housing.md': `${LINKED_DRAFTS['housing/housing.md']}\nThe district needs :fact[8,600 homes]{#housing.requirement}.\n`,
      'laa/laa.md': edit(
        LINKED_DRAFTS['laa/laa.md'],
        'target: {value: 18.9, year: 2011}',
        'target: {value: {fact: crime.target}, year: 2011}',
      ),
    };
    const report = matrixReport(workspace(files).engine, '/ws');
    deepStrictEqual(JSON.parse(JSON.stringify(report.facts)), [
      {
        file: 'housing/housing.md',
        draft: 'Millbrook Housing Strategy',
        facts: [
          {
            id: 'housing.requirement',
            value: '8,600 homes',
            places: [{ line: 21, in: 'body', stated: '8,600 homes', state: 'agrees' }],
          },
        ],
      },
      {
        file: 'laa/laa.md',
        draft: 'Exampleshire LAA 2008-11',
        facts: [{ id: 'crime.target', value: '18.9', places: [{ line: 17, in: 'frontmatter', state: 'agrees' }] }],
      },
      {
        file: 'ldf/core.md',
        draft: 'Millbrook Core Strategy',
        facts: [
          {
            id: 'housing.requirement',
            value: '8,600 homes',
            places: [{ line: 27, in: 'body', stated: '8,060 new homes', state: 'differs', difference: 'states 8,060' }],
          },
          {
            id: 'gypsy.pitches',
            places: [{ line: 27, in: 'body', stated: '12 pitches', state: 'unknown', difference: 'not in the register' }],
          },
        ],
      },
    ]);
    const markdown = matrixMarkdown(report);
    strictEqual(
      markdown.slice(markdown.indexOf('## Facts and figures')),
      [
        '## Facts and figures',
        '',
        'The facts each draft takes from the register of facts, and whether it states the register’s value.',
        '',
        '| Fact | Register | Stated in the draft | Agrees |',
        '| --- | --- | --- | --- |',
        '| **Millbrook Housing Strategy** (`housing/housing.md`) | | | |',
        '| `housing.requirement` | 8,600 homes | 8,600 homes (line 21) | yes |',
        '| **Exampleshire LAA 2008-11** (`laa/laa.md`) | | | |',
        '| `crime.target` | 18.9 | frontmatter (line 17) | yes |',
        '| **Millbrook Core Strategy** (`ldf/core.md`) | | | |',
        '| `housing.requirement` | 8,600 homes | 8,060 new homes (line 27) | **no: states 8,060** |',
        '| `gypsy.pitches` | — | 12 pitches (line 27) | **not in the register** |',
        '',
      ].join('\n'),
    );
    // In CSV, a priority's facts are those of the drafts delivering it.
    const lines = matrixCsv(report).trimEnd().split('\n');
    // Each line's fields: quoted ones may hold commas.
    const fields = (line: string) =>
      [...line.matchAll(/(?:^|,)("(?:[^"]|"")*"|[^,]*)/g)].map((m) => m[1].replace(/^"|"$/g, '').replace(/""/g, '"'));
    strictEqual(fields(lines[0]).at(-1), 'facts');
    deepStrictEqual(
      lines.slice(1).map((line) => [fields(line)[1], fields(line).at(-1)]),
      [
        ['C1', 'crime.target: 18.9'],
        ['C2', 'crime.target: 18.9'],
        ['D1', 'gypsy.pitches: not in the register; housing.requirement: 8,600 homes (ldf/core.md:27 states 8,060)'],
        ['D2', 'gypsy.pitches: not in the register; housing.requirement: 8,600 homes (ldf/core.md:27 states 8,060)'],
        ['D3', 'housing.requirement: 8,600 homes'],
      ],
    );
    const html = matrixHtml(report);
    ok(html.includes('<table class="facts">'));
    ok(html.includes('<td class="differs">no: states 8,060</td>'));
    ok(html.includes('<li><a href="ldf/core.md#L27">8,060 new homes</a> (line 27)</li>'));
  });

  it('writes a self-contained HTML page', async () => {
    const { stdout } = await matrix('html');
    ok(stdout.startsWith('<!doctype html>'));
    strictEqual(/<(script|link|img)\b/i.test(stdout), false, 'no external resources or scripts');
    ok(stdout.includes('<tr class="gap">'));
  });
});
