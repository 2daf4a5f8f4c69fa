// `placeshaper review` from the command line: its Markdown and JSON pinned on the example workspaces,
// the JSON checked against its published schema, and the git commit of the folder and of each draft.
import { deepStrictEqual, ok, strictEqual } from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { runCli } from '../server/src/cli/run-cli';
import { reviewSchema } from '../server/src/cli/review/review-schema';
import { MINIMAL_SCS } from './support/drafts';
import { edit } from './support/harness';
import { tempFolder } from './support/temp-folder';

async function review(args: string[], cwd = process.cwd()): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(['review', ...args], {
    cwd,
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    today: '2026-11-30',
  });
  return { code, stdout, stderr };
}

/** `UPDATE_GOLDEN=1 npm test` rewrites the files after a deliberate change. */
function golden(name: string, actual: string): string {
  const file = `test/golden/${name}`;
  if (process.env.UPDATE_GOLDEN) writeFileSync(file, actual);
  return readFileSync(file, 'utf8');
}

const validate = addFormats(new Ajv({ allErrors: true, strict: true })).compile(reviewSchema);

describe('placeshaper review on the example workspaces', () => {
  for (const folder of ['exampleshire', 'faults']) {
    it(`examples/${folder}: the Markdown and the JSON, pinned`, async () => {
      const root = `examples/${folder}`;
      const markdown = await review([root, '--root', root, '--format', 'md', '--no-git']);
      deepStrictEqual([markdown.code, markdown.stderr], [0, '']);
      strictEqual(markdown.stdout, golden(`review-${folder}.md`, markdown.stdout));
      const json = await review([root, '--root', root, '--format', 'json', '--no-git']);
      deepStrictEqual([json.code, json.stderr], [0, '']);
      strictEqual(json.stdout, golden(`review-${folder}.json`, json.stdout));
      ok(validate(JSON.parse(json.stdout)), JSON.stringify(validate.errors, null, 2));
    });
  }

  it('examples/exampleshire: the six deliberate faults, by basis', async () => {
    const { stdout } = await review(['examples/exampleshire', '--root', 'examples/exampleshire', '--format', 'json', '--no-git']);
    const report = JSON.parse(stdout) as {
      summary: unknown;
      drafts: { file: string; notMet: unknown; findings: { rule: string; line: number }[] }[];
    };
    // The sixth, a figure that is not the register's (facts/mismatch), is a check: it rests on no passage.
    deepStrictEqual(report.summary, {
      drafts: 5,
      notMet: { requirement: 1, fact: 1, practice: 2, check: 2 },
      findings: { error: 3, warning: 3, info: 0, hint: 0 },
    });
    deepStrictEqual(
      report.drafts.flatMap((d) => d.findings.map((f) => `${d.file}:${f.line} ${f.rule}`)),
      [
        'core-strategy/millbrook-core-strategy.md:13 align/shared-vision',
        'housing/millbrook-housing-strategy.md:23 format/unknown-key',
        'housing/millbrook-housing-strategy.md:103 facts/mismatch',
        'laa/exampleshire-laa.md:74 laa/indicator',
        'laa/exampleshire-laa.md:89 laa/lead-partner',
        'scs/millbrook-scs.md:32 align/spatial-delivery',
      ],
    );
  });
});

describe('placeshaper review on the command line', () => {
  const cleanups: (() => void)[] = [];
  afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));
  const temporaryFolder = () => {
    const { dir, cleanup } = tempFolder({});
    cleanups.push(cleanup);
    return dir;
  };

  it('writes the page to a file, and takes the format from its name', async () => {
    const folder = temporaryFolder();
    writeFileSync(path.join(folder, 'scs.md'), MINIMAL_SCS);
    const html = await review(['-o', 'review.html', '--no-git'], folder);
    deepStrictEqual([html.code, html.stdout, html.stderr], [0, '', 'placeshaper: wrote review.html\n']);
    ok(readFileSync(path.join(folder, 'review.html'), 'utf8').startsWith('<!doctype html>'));
    await review(['-o', 'review.md', '--no-git'], folder);
    ok(readFileSync(path.join(folder, 'review.md'), 'utf8').startsWith('# Review of '));
    await review(['-o', 'review.json', '--no-git'], folder);
    strictEqual(JSON.parse(readFileSync(path.join(folder, 'review.json'), 'utf8')).summary.drafts, 1);
  });

  it('says on one line what is wrong with a file it cannot write or a format it does not know', async () => {
    const folder = temporaryFolder();
    writeFileSync(path.join(folder, 'scs.md'), MINIMAL_SCS);
    const unwritable = await review(['-o', 'missing/review.html', '--no-git'], folder);
    strictEqual(unwritable.code, 2);
    ok(/^placeshaper: missing\/review.html: cannot be written \(ENOENT[^\n]*\)\n$/.test(unwritable.stderr), unwritable.stderr);
    const format = await review(['--format', 'pdf'], folder);
    strictEqual(format.code, 2);
    ok(
      format.stderr.startsWith(
        "error: option '-f, --format <format>' argument 'pdf' is invalid. Allowed choices are html, md, json.",
      ),
    );
  });

  it('says so, and exits 2, when there is no draft to review', async () => {
    const folder = temporaryFolder();
    writeFileSync(path.join(folder, 'notes.md'), '# Notes\n\nOrdinary Markdown.\n');
    deepStrictEqual(await review(['--no-git'], folder), {
      code: 2,
      stdout: '',
      stderr:
        'placeshaper: no strategy drafts in this folder: no Markdown file there names a `kind` (ordinary Markdown is left out of the review)\n',
    });
  });

  it('names the commit of the folder and the last commit of each draft, and says when a draft changed since', async () => {
    const folder = temporaryFolder();
    const git = (...args: string[]) =>
      execFileSync('git', args, {
        cwd: folder,
        encoding: 'utf8',
        env: {
          ...process.env,
          GIT_AUTHOR_NAME: 'Test',
          GIT_AUTHOR_EMAIL: 'test@example.org',
          GIT_COMMITTER_NAME: 'Test',
          GIT_COMMITTER_EMAIL: 'test@example.org',
          GIT_AUTHOR_DATE: '2026-10-01T12:00:00Z',
          GIT_COMMITTER_DATE: '2026-10-01T12:00:00Z',
        },
      }).trim();
    git('init', '-q');
    mkdirSync(path.join(folder, 'scs'));
    writeFileSync(path.join(folder, 'scs/a.md'), MINIMAL_SCS);
    writeFileSync(path.join(folder, 'scs/b.md'), MINIMAL_SCS);
    git('add', '.');
    git('commit', '-q', '-m', 'First drafts');
    const commit = git('rev-parse', 'HEAD');
    writeFileSync(path.join(folder, 'scs/b.md'), edit(MINIMAL_SCS, 'status: draft', 'status: consultation'));
    writeFileSync(path.join(folder, 'scs/c.md'), MINIMAL_SCS);
    const { stdout } = await review(['--format', 'json'], folder);
    const report = JSON.parse(stdout) as { repository: unknown; drafts: { file: string; revision?: unknown }[] };
    deepStrictEqual(report.repository, { commit, date: '2026-10-01' });
    deepStrictEqual(
      report.drafts.map((d) => [d.file, d.revision]),
      [
        ['scs/a.md', { commit, date: '2026-10-01', changedSince: false }],
        ['scs/b.md', { commit, date: '2026-10-01', changedSince: true }],
        ['scs/c.md', undefined],
      ],
    );
    const markdown = await review(['--format', 'md'], folder);
    ok(markdown.stdout.includes(`3 drafts at commit \`${commit.slice(0, 7)}\` of 2026-10-01, reviewed on 2026-11-30`));
    ok(markdown.stdout.includes(`| Last commit | ${commit.slice(0, 7)} on 2026-10-01, changed since (not committed) |`));
  });
});
