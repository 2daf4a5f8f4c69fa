import { deepStrictEqual, ok, strictEqual } from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv';
import type { Log } from 'sarif';
import AjvDraft04 from 'ajv-draft-04';
import { TerminalProgress } from '../server/src/cli/progress';
import { runCli } from '../server/src/cli/run-cli';
import { reportSchema } from '../server/src/cli/report-schema';
import { CLEAN_SCS } from './support/drafts';
import { tempFolder } from './support/temp-folder';

const FAULTY = CLEAN_SCS.replace('type: county', 'type: countty').replace('vision:', 'visoin: A safe county.\nvision:');
/** Nothing delivers the lone SCS's priority in these small folders. */
const QUIET_DELIVERY = 'rules:\n  align/undelivered-priority: "off"\n';

async function cli(args: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { cwd, stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), today: '2026-11-21' });
  return { code, stdout, stderr };
}

function listing(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .map((e) => `${path.join(e.parentPath, e.name)}:${statSync(path.join(e.parentPath, e.name)).mtimeMs}`)
    .sort();
}

describe('placeshaper check', () => {
  let folder: ReturnType<typeof tempFolder>;
  beforeEach(() => {
    folder = tempFolder({
      '.placeshaper.yaml': QUIET_DELIVERY,
      'scs/faulty.md': FAULTY,
      'scs/clean.md': CLEAN_SCS,
      'notes.md': '# Meeting notes\n',
      'node_modules/x/readme.md': FAULTY,
    });
  });
  afterEach(() => folder.cleanup());

  it('prints file:line:col  severity  rule-id  message and a summary, exit 1 on errors', async () => {
    const before = listing(folder.dir);
    const { code, stdout, stderr } = await cli(['check'], folder.dir);
    strictEqual(
      stdout,
      [
        'scs/faulty.md:6:9  error  format/schema  ‘countty’ is not a valid ‘authority.type’; did you mean ‘county’?',
        'scs/faulty.md:12:1  warning  format/unknown-key  ‘visoin’ is not a key of a sustainable community strategy; did you mean ‘vision’?',
        '',
        '2 problems (1 error, 1 warning, 0 infos) in 2 drafts.',
        '',
      ].join('\n'),
    );
    strictEqual(stderr, '');
    strictEqual(code, 1);
    deepStrictEqual(listing(folder.dir), before, 'check never writes files');
  });

  it('exits 0 on a clean draft and says so', async () => {
    deepStrictEqual(await cli(['check', 'scs/clean.md'], folder.dir), {
      code: 0,
      stdout: 'No problems in 1 draft.\n',
      stderr: '',
    });
  });

  it('exits 1 when warnings exceed --max-warnings', async () => {
    const warnOnly = tempFolder({
      '.placeshaper.yaml': QUIET_DELIVERY,
      'a.md': CLEAN_SCS.replace('vision:', 'visoin: A safe county.\nvision:'),
    });
    try {
      strictEqual((await cli(['check'], warnOnly.dir)).code, 0);
      strictEqual((await cli(['check', '--max-warnings', '1'], warnOnly.dir)).code, 0);
      const over = await cli(['check', '--max-warnings', '0'], warnOnly.dir);
      strictEqual(over.code, 1);
      strictEqual(over.stderr, 'placeshaper: 1 warnings, more than --max-warnings 0\n');
    } finally {
      warnOnly.cleanup();
    }
  });

  it('exits 2 with a one-line explanation on usage and I/O errors', async () => {
    deepStrictEqual(await cli(['check', 'missing.md'], folder.dir), {
      code: 2,
      stdout: '',
      stderr: 'placeshaper: missing.md: no such file or folder\n',
    });
    deepStrictEqual(await cli(['check', '--max-warnings', 'many'], folder.dir), {
      code: 2,
      stdout: '',
      stderr: 'placeshaper: --max-warnings takes a whole number, not `many`\n',
    });
    const badFormat = await cli(['check', '--format', 'xml'], folder.dir);
    strictEqual(badFormat.code, 2);
    strictEqual(
      badFormat.stderr.split('\n')[0],
      "error: option '-f, --format <format>' argument 'xml' is invalid. Allowed choices are text, json, sarif, github.",
    );
  });

  it('writes JSON that matches its published schema', async () => {
    const { code, stdout } = await cli(['check', '--format', 'json'], folder.dir);
    strictEqual(code, 1);
    const report = JSON.parse(stdout) as { drafts: unknown; summary: unknown; diagnostics: unknown[] };
    const validate = new Ajv({ allErrors: true }).compile(reportSchema);
    ok(validate(report), JSON.stringify(validate.errors));
    deepStrictEqual(report.drafts, ['scs/clean.md', 'scs/faulty.md']);
    deepStrictEqual(report.summary, { drafts: 2, errors: 1, warnings: 1, infos: 0, hints: 0 });
    deepStrictEqual(report.diagnostics[1], {
      file: 'scs/faulty.md',
      rule: 'format/unknown-key',
      severity: 'warning',
      message: '‘visoin’ is not a key of a sustainable community strategy; did you mean ‘vision’?',
      range: { start: { line: 12, column: 1 }, end: { line: 12, column: 7 } },
      related: [],
      fix: {
        title: 'Rename ‘visoin’ to ‘vision’',
        edits: [{ range: { start: { line: 12, column: 1 }, end: { line: 12, column: 7 } }, newText: 'vision' }],
      },
    });
  });

  it('writes SARIF 2.1.0 that validates against the SARIF schema', async () => {
    const { stdout } = await cli(['check', '--format', 'sarif'], folder.dir);
    const sarif = JSON.parse(stdout);
    const schema = JSON.parse(readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'));
    const validate = new AjvDraft04({ allErrors: true, strict: false, unicodeRegExp: false }).compile<Log>(schema);
    ok(validate(sarif), JSON.stringify(validate.errors?.slice(0, 3)));
    const run = sarif.runs[0];
    deepStrictEqual(
      run.results!.map((r) => [r.ruleId, r.level]),
      [
        ['format/schema', 'error'],
        ['format/unknown-key', 'warning'],
      ],
    );
    deepStrictEqual(run.results![0].locations![0].physicalLocation, {
      artifactLocation: { uri: 'scs/faulty.md', uriBaseId: '%SRCROOT%' },
      region: { startLine: 6, startColumn: 9, endLine: 6, endColumn: 16 },
    });
    strictEqual(run.tool.driver.rules![run.results![0].ruleIndex!].id, 'format/schema');
    const help = run.tool.driver.rules!.find((r) => r.id === 'laa/baseline')!.help!;
    strictEqual(
      help.markdown,
      [
        '# laa/baseline',
        '',
        '**Default severity:** warning · **Basis:** good practice — what consultation respondents reported, not a requirement · **Checks:** local-area-agreement',
        '',
        'A target has no `baseline` with a `value` and a `year`, or no `target` with a `value` and a `year`.',
        '',
        '> There should be a requirement to establish targets that have a demonstrable baseline against which to measure and to determine indicators that establish ‘root causes’ of issues as opposed to the symptoms',
        '',
        "— Consultation respondents' views — CLG, *Summary of Responses to Consultation*, July 2008, §1.5.1 — not a requirement",
        '',
      ].join('\n'),
    );
    ok(
      help.text.includes(
        "\n\n— Consultation respondents' views — CLG, Summary of Responses to Consultation, July 2008, §1.5.1 — not a requirement\n",
      ),
      help.text,
    );
  });

  it('explains a rule: its basis, then each quote as a ‘>’ block followed by its attribution line (which begins with "—")', async () => {
    const { code, stdout } = await cli(['explain', 'laa/lead-partner'], folder.dir);
    strictEqual(code, 0);
    strictEqual(
      stdout,
      [
        'laa/lead-partner (error)',
        'A target has no `lead`, or its lead is not among its `partners`.',
        'Basis: requirement — the statutory guidance expects this',
        '',
        '> Draft LAAs will need to clearly identify, by name, which partner authorities have agreed to help deliver each target and one partner must be identified as the lead to ensure progress against targets',
        '',
        "— APSE's summary of the statutory guidance — APSE briefing (undated), §7",
        '',
        '> Accountability of partners – Whilst some respondents suggested that the text could be augmented to give more detail on the accountability of partners for targets they have signed up to, we consider that the existing text goes far enough in this respect and that to add further detail would be overly prescriptive of processes. However, we have asked for partners to voluntarily identify themselves as ‘lead partners’ where appropriate when LAAs are submitted, in order to assist local partners in keeping track of who will be leading on each target.',
        '',
        '— Government response — CLG, Summary of Responses to Consultation, July 2008, §1.5.1',
        '',
      ].join('\n'),
    );
  });

  it('explains a fact rule with the fact and its source first', async () => {
    const { stdout } = await cli(['explain', 'laa/designated-limit'], folder.dir);
    strictEqual(
      stdout.split('\n').slice(0, 7).join('\n'),
      [
        'laa/designated-limit (error)',
        'More than 35 targets are `designated: true`.',
        'Basis: fact — a fact of the statutory regime',
        '',
        "Fact: Up to 35 of a Local Area Agreement's improvement targets, chosen from the National Indicator Set, are designated by the Secretary of State after negotiation with the Government Office.",
        '',
        '— Source: Hansard, House of Commons written answer of 30 January 2008 (Local Government: Standards), https://hansard.parliament.uk/Commons/2008-01-30/debates/0801311000028/LocalGovernmentStandards',
      ].join('\n'),
    );
    ok(
      stdout.includes(
        "— Consultation respondents' views — CLG, Summary of Responses to Consultation, July 2008, §1.5.1 — not a requirement",
      ),
    );
  });

  it('writes GitHub annotations', async () => {
    const { stdout } = await cli(['check', '--format', 'github', 'scs'], folder.dir);
    strictEqual(
      stdout,
      [
        '::error file=scs/faulty.md,line=6,col=9,endLine=6,endColumn=16,title=format/schema::‘countty’ is not a valid ‘authority.type’; did you mean ‘county’?',
        '::warning file=scs/faulty.md,line=12,col=1,endLine=12,endColumn=7,title=format/unknown-key::‘visoin’ is not a key of a sustainable community strategy; did you mean ‘vision’?',
        '',
      ].join('\n'),
    );
  });

  it('reports a bad configuration file as a diagnostic of that file', async () => {
    const configured = tempFolder({
      '.placeshaper.yaml': 'rules:\n  format/unknown-key: loud\n  align/undelivered-priority: "off"\n',
      'a.md': CLEAN_SCS,
    });
    try {
      const { code, stdout } = await cli(['check'], configured.dir);
      strictEqual(code, 1);
      strictEqual(
        stdout.split('\n')[0],
        '.placeshaper.yaml:2:23  error  config/invalid  ‘loud’ is not a valid ‘rules.format/unknown-key’; use ‘off’, ‘hint’, ‘info’, ‘warning’ or ‘error’.',
      );
    } finally {
      configured.cleanup();
    }
  });

  it('reads each draft from disk once', async () => {
    const reads = new Map<string, number>();
    const readFileSync = fs.readFileSync;
    // Count the reads of drafts, whoever makes them (the CLI's own I/O check or the engine).
    (fs as { readFileSync: unknown }).readFileSync = (file: fs.PathOrFileDescriptor, ...rest: unknown[]) => {
      if (typeof file === 'string' && file.endsWith('.md'))
        reads.set(path.relative(folder.dir, file), (reads.get(path.relative(folder.dir, file)) ?? 0) + 1);
      return (readFileSync as (...args: unknown[]) => unknown)(file, ...rest);
    };
    try {
      const { code } = await cli(['check'], folder.dir);
      strictEqual(code, 1);
    } finally {
      (fs as { readFileSync: unknown }).readFileSync = readFileSync;
    }
    deepStrictEqual([...reads].sort(), [
      ['notes.md', 1],
      [path.join('scs', 'clean.md'), 1],
      [path.join('scs', 'faulty.md'), 1],
    ]);
  });
});

describe('progress on a terminal', () => {
  it('redraws one line at most every 100 ms, always shows a new step, and clears the line when done', () => {
    let clock = 0;
    let written = '';
    const progress = new TerminalProgress(
      (text) => (written += text),
      () => clock,
    );
    progress.update('checked 1 of 3 drafts');
    clock = 50;
    progress.update('checked 2 of 3 drafts');
    progress.update('reading the drafts at HEAD', true);
    clock = 200;
    progress.update('checked 3 of 3 drafts');
    progress.done();
    progress.done();
    strictEqual(written, '\r\x1b[Kchecked 1 of 3 drafts\r\x1b[Kreading the drafts at HEAD\r\x1b[Kchecked 3 of 3 drafts\r\x1b[K');
  });

  it('is reported by check as it goes, and cleared before the result is printed', async () => {
    const folder = tempFolder({
      '.placeshaper.yaml': QUIET_DELIVERY,
      'a.md': CLEAN_SCS,
      'b.md': CLEAN_SCS,
      'notes.md': '# Notes\n',
    });
    const events: string[] = [];
    try {
      const code = await runCli(['check'], {
        cwd: folder.dir,
        stdout: (text) => events.push(`stdout: ${text.split('\n')[0]}`),
        stderr: (text) => events.push(`stderr: ${text}`),
        today: '2026-11-21',
        progress: { update: (message) => events.push(`progress: ${message}`), done: () => events.push('done') },
      });
      strictEqual(code, 0);
      deepStrictEqual(events, [
        'progress: placeshaper: checking 1 of 3 Markdown files',
        'progress: placeshaper: checking 2 of 3 Markdown files',
        'progress: placeshaper: checking 3 of 3 Markdown files',
        'done',
        'stdout: No problems in 2 drafts.',
      ]);
    } finally {
      folder.cleanup();
    }
  });
});

describe('the bundled placeshaper command', () => {
  const bin = path.resolve('dist/cli.js');

  it('documents every command and option in --help', () => {
    const help = execFileSync(process.execPath, [bin, '--help'], { encoding: 'utf8' });
    for (const word of ['check', 'rules', 'explain', '--version']) ok(help.includes(word), word);
    const checkHelp = execFileSync(process.execPath, [bin, 'check', '--help'], { encoding: 'utf8' });
    for (const word of ['--format', '--max-warnings', '--root', 'sarif', 'github', 'Exit codes', '.placeshaper.yaml'])
      ok(checkHelp.includes(word), word);
  });

  it('exits with the documented codes', () => {
    const folder = tempFolder({ 'a.md': FAULTY });
    try {
      strictEqual(spawnSync(process.execPath, [bin, 'check'], { cwd: folder.dir }).status, 1);
      strictEqual(spawnSync(process.execPath, [bin, 'check', 'nope'], { cwd: folder.dir }).status, 2);
      strictEqual(spawnSync(process.execPath, [bin, 'explain', 'format/schema']).status, 0);
    } finally {
      folder.cleanup();
    }
  });
});
