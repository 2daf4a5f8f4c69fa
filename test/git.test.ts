import { deepStrictEqual, strictEqual } from 'node:assert/strict';
import { symlinkSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { filesAtRevision } from '../server/src/cli/git/snapshot';
import { runCli } from '../server/src/cli/run-cli';
import { edit, md } from './support/harness';
import { LINKED_DRAFTS } from './support/linked-drafts';
import { git } from './support/git-repositories';
import { tempFolder } from './support/temp-folder';

async function cli(args: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { cwd, stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), today: '2026-11-21' });
  return { code, stdout, stderr };
}

/** A git repository holding the linked drafts in `drafts/`, committed once. */
function repository() {
  const folder = tempFolder(Object.fromEntries(Object.entries(LINKED_DRAFTS).map(([name, text]) => [`drafts/${name}`, text])));
  git(folder.dir, 'init', '-q', '-b', 'main');
  git(folder.dir, 'add', '.');
  git(folder.dir, 'commit', '-q', '-m', 'first drafts');
  const edit = (file: string, change: (t: string) => string) =>
    writeFileSync(path.join(folder.dir, 'drafts', file), change(LINKED_DRAFTS[file]));
  return { ...folder, drafts: path.join(folder.dir, 'drafts'), edit };
}

describe('the drafts at a revision', () => {
  it('are read byte for byte: multi-byte characters, CRLF, a BOM and names with spaces', async () => {
    const files: Record<string, string> = {
      'drafts/scs/county.md': LINKED_DRAFTS['scs/county.md'].replace('# ', '# £5m – “Exampleshire” 🏡 '),
      'drafts/laa/local area.md': LINKED_DRAFTS['laa/laa.md'].replace(/\n/g, '\r\n'),
      'drafts/bom.md': '\ufeff# Notes\n',
      'drafts/.placeshaper.yaml': 'rules:\n  scs/jsna: "off"\n',
      'drafts/notes.txt': 'not a draft',
    };
    const repo = tempFolder(files);
    try {
      git(repo.dir, 'init', '-q', '-b', 'main');
      git(repo.dir, 'add', '.');
      git(repo.dir, 'commit', '-q', '-m', 'drafts');
      const atHead = await filesAtRevision(path.join(repo.dir, 'drafts'), 'HEAD');
      for (const [name, text] of Object.entries(files)) {
        strictEqual(atHead.readFile(path.join(repo.dir, name)), name.endsWith('.txt') ? undefined : text, name);
      }
    } finally {
      repo.cleanup();
    }
  });
});

describe('the register of facts at a revision', () => {
  it('is read with the drafts: facts.yaml at the top of the folder, and the file a configuration names', async () => {
    const files: Record<string, string> = {
      'drafts/facts.yaml': 'plan.end: {value: 2026, unit: year}\n',
      'drafts/sub/.placeshaper.yaml': 'facts: ../data/register.yml\n',
      'drafts/data/register.yml': 'housing.requirement: {value: 8600, unit: homes}\n',
      'drafts/data/other.yaml': 'not: a register\n',
      'drafts/sub/facts.yaml': 'not: the default register, which is at the top\n',
    };
    const repo = tempFolder(files);
    try {
      git(repo.dir, 'init', '-q', '-b', 'main');
      git(repo.dir, 'add', '.');
      git(repo.dir, 'commit', '-q', '-m', 'registers');
      const atHead = await filesAtRevision(path.join(repo.dir, 'drafts'), 'HEAD');
      deepStrictEqual(
        Object.keys(files).map((name) => [name, atHead.readFile(path.join(repo.dir, name)) === files[name]]),
        [
          ['drafts/facts.yaml', true],
          ['drafts/sub/.placeshaper.yaml', true],
          ['drafts/data/register.yml', true],
          ['drafts/data/other.yaml', false],
          ['drafts/sub/facts.yaml', false],
        ],
      );
    } finally {
      repo.cleanup();
    }
  });
});

/** The linked drafts with a register of facts, and references to its facts in three drafts and in a frontmatter. */
const WITH_FACTS: Record<string, string> = {
  ...LINKED_DRAFTS,
  'facts.yaml': md`
    housing.requirement: {value: 8600, unit: homes, as-of: 2008}
    plan.end: {value: 2026, unit: year}
    affordable.need: {value: 410, unit: affordable homes}
    crime.target: {value: 18.9, as-of: 2008, source: county-jsna}
  `,
  'ldf/core.md': `${LINKED_DRAFTS['ldf/core.md']}\nIt plans for :fact[8,600 new homes]{#housing.requirement} by :fact[2026]{#plan.end}.\n`,
  'scs/district.md': `${LINKED_DRAFTS['scs/district.md']}\nThe district needs :fact[8,600 homes]{#housing.requirement} and :fact[410 affordable homes]{#affordable.need} a year.\n`,
  'laa/laa.md': edit(
    LINKED_DRAFTS['laa/laa.md'],
    'target: {value: 18.9, year: 2011}',
    'target: {value: {fact: crime.target}, year: 2011}',
  ),
};

describe('placeshaper impact --since', () => {
  it('lists renamed, retitled, added and removed ids, vision and period changes, and who depends on them', async () => {
    const repo = repository();
    try {
      repo.edit('scs/district.md', (t) =>
        t
          .replace('- id: D1', '- id: homes')
          .replace('title: A greener Millbrook', 'title: A greener, cleaner Millbrook')
          .replace('period: {from: 2008, to: 2026}', 'period: {from: 2009, to: 2026}'),
      );
      repo.edit('scs/county.md', (t) =>
        t
          .replace('vision: A safe, healthy and prosperous Exampleshire.', 'vision: A safe and prosperous Exampleshire.')
          .replace(
            '  - id: C2\n    title: Greener economy\n    principles: [sustainable-economy, living-within-environmental-limits, sound-science]\n',
            '',
          )
          .replace(
            'principles: [strong-healthy-and-just-society, good-governance]',
            'principles: [strong-healthy-and-just-society, good-governance]\n  - id: C3\n    title: Skills',
          ),
      );
      const { code, stdout } = await cli(['impact', 'drafts', '--since', 'HEAD', '--format', 'json'], repo.dir);
      strictEqual(code, 0);
      deepStrictEqual(JSON.parse(stdout), {
        since: 'HEAD',
        changes: [
          {
            file: 'scs/county.md',
            kind: 'removed',
            item: 'priority',
            id: 'C2',
            dependents: [{ file: 'laa/laa.md', id: 'T2', via: 'target' }],
          },
          { file: 'scs/county.md', kind: 'added', item: 'priority', id: 'C3', dependents: [] },
          {
            file: 'scs/county.md',
            kind: 'vision-changed',
            from: 'A safe, healthy and prosperous Exampleshire.',
            to: 'A safe and prosperous Exampleshire.',
            dependents: [
              { file: 'laa/laa.md', via: 'related' },
              { file: 'scs/district.md', via: 'related' },
            ],
          },
          {
            file: 'scs/district.md',
            kind: 'renamed',
            item: 'priority',
            id: 'D1',
            from: 'D1',
            to: 'homes',
            dependents: [
              { file: 'housing/housing.md', id: 'H1', via: 'housing-priority' },
              { file: 'ldf/core.md', id: 'O1', via: 'objective' },
            ],
          },
          {
            file: 'scs/district.md',
            kind: 'retitled',
            item: 'priority',
            id: 'D2',
            from: 'A greener Millbrook',
            to: 'A greener, cleaner Millbrook',
            dependents: [{ file: 'ldf/core.md', id: 'O2', via: 'objective' }],
          },
          {
            file: 'scs/district.md',
            kind: 'period-changed',
            from: '2008–2026',
            to: '2009–2026',
            dependents: [
              { file: 'housing/housing.md', via: 'related' },
              { file: 'ldf/core.md', via: 'related' },
            ],
          },
        ],
      });
      const text = await cli(['impact', 'drafts', '--since', 'HEAD'], repo.dir);
      strictEqual(
        text.stdout.split('\n').slice(0, 8).join('\n'),
        [
          'Changes since HEAD:',
          '',
          'scs/county.md',
          '  priority C2 removed',
          '    → laa/laa.md (target T2)',
          '  priority C3 added',
          '  vision changed',
          '    → laa/laa.md (links to it)',
        ].join('\n'),
      );
    } finally {
      repo.cleanup();
    }
  });

  it('lists the facts of the register changed, added, removed and renamed, with every reference to them now', async () => {
    const folder = tempFolder(Object.fromEntries(Object.entries(WITH_FACTS).map(([name, text]) => [`drafts/${name}`, text])));
    try {
      git(folder.dir, 'init', '-q', '-b', 'main');
      git(folder.dir, 'add', '.');
      git(folder.dir, 'commit', '-q', '-m', 'drafts and their register');
      const register = path.join(folder.dir, 'drafts', 'facts.yaml');
      writeFileSync(
        register,
        md`
          housing.requirement: {value: 10060, unit: homes, as-of: 2008}
          plan.end: {value: 2026, unit: year}
          crime.goal: {value: 18.9, as-of: 2008, source: county-jsna}
          gypsy.pitches: {value: 12, unit: pitches}
        `,
      );
      const json = await cli(['impact', 'drafts', '--since', 'HEAD', '--format', 'json'], folder.dir);
      deepStrictEqual([json.code, json.stderr], [0, '']);
      deepStrictEqual(JSON.parse(json.stdout), {
        since: 'HEAD',
        changes: [
          {
            file: 'facts.yaml',
            item: 'fact',
            kind: 'fact-removed',
            id: 'affordable.need',
            from: '410 affordable homes',
            dependents: [{ file: 'scs/district.md', via: 'fact', line: 43, in: 'body', stated: '410 affordable homes' }],
          },
          {
            file: 'facts.yaml',
            item: 'fact',
            kind: 'fact-renamed',
            id: 'crime.target',
            from: 'crime.target',
            to: 'crime.goal',
            dependents: [{ file: 'laa/laa.md', via: 'fact', line: 17, in: 'frontmatter' }],
          },
          { file: 'facts.yaml', item: 'fact', kind: 'fact-added', id: 'gypsy.pitches', to: '12 pitches', dependents: [] },
          {
            file: 'facts.yaml',
            item: 'fact',
            kind: 'fact-changed',
            id: 'housing.requirement',
            from: '8,600 homes',
            to: '10,060 homes',
            dependents: [
              { file: 'ldf/core.md', via: 'fact', line: 27, in: 'body', stated: '8,600 new homes' },
              { file: 'scs/district.md', via: 'fact', line: 43, in: 'body', stated: '8,600 homes' },
            ],
          },
        ],
      });
      const text = await cli(['impact', 'drafts', '--since', 'HEAD'], folder.dir);
      deepStrictEqual([text.code, text.stderr], [0, '']);
      strictEqual(
        text.stdout,
        [
          'Changes since HEAD:',
          '',
          'facts.yaml',
          '  fact affordable.need removed (was 410 affordable homes)',
          '    → scs/district.md:43 (states "410 affordable homes")',
          '  fact crime.target renamed to crime.goal',
          '    → laa/laa.md:17 (in the frontmatter)',
          '  fact gypsy.pitches added: 12 pitches',
          '  fact housing.requirement changed: 8,600 homes → 10,060 homes',
          '    → ldf/core.md:27 (states "8,600 new homes")',
          '    → scs/district.md:43 (states "8,600 homes")',
          '',
        ].join('\n'),
      );
    } finally {
      folder.cleanup();
    }
  });

  it('says so when nothing changed, and explains a bad revision or a folder outside git', async () => {
    const repo = repository();
    const outside = tempFolder({ 'a.md': '# notes\n' });
    try {
      deepStrictEqual(await cli(['impact', 'drafts', '--since', 'HEAD'], repo.dir), {
        code: 0,
        stdout: 'No draft added or removed, and no id, title, vision, period or fact of the register changed, since HEAD.\n',
        stderr: '',
      });
      deepStrictEqual(await cli(['impact', 'drafts', '--since', 'nope'], repo.dir), {
        code: 2,
        stdout: '',
        stderr: `placeshaper: nope: no such revision in ${repo.dir}; name a branch, a tag or a commit (git log --oneline lists them)\n`,
      });
      const notGit = await cli(['impact', '--since', 'HEAD'], outside.dir);
      deepStrictEqual(
        [notGit.code, notGit.stderr],
        [2, `placeshaper: ${outside.dir}: not inside a git repository, so --since has nothing to compare with\n`],
      );
    } finally {
      repo.cleanup();
      outside.cleanup();
    }
  });
});

describe('placeshaper check --since and --baseline', () => {
  it('--since reports only diagnostics that are new since the revision', async () => {
    const repo = repository();
    try {
      repo.edit('laa/laa.md', (t) => t.replace('indicator: NI 186', 'indicator: NI 31'));
      git(repo.dir, 'commit', '-qam', 'an old fault');
      repo.edit('laa/laa.md', (t) =>
        t.replace('indicator: NI 186', 'indicator: NI 31').replace('lead: Exampleshire Constabulary', 'lead: Jobcentre Plus'),
      );
      const all = await cli(['check', 'drafts', '--format', 'json'], repo.dir);
      deepStrictEqual(
        JSON.parse(all.stdout).diagnostics.map((d: { rule: string }) => d.rule),
        ['laa/lead-partner', 'laa/indicator'],
      );
      const since = await cli(['check', 'drafts', '--since', 'HEAD', '--format', 'json'], repo.dir);
      strictEqual(since.code, 1);
      const report = JSON.parse(since.stdout);
      deepStrictEqual(
        report.diagnostics.map((d: { file: string; rule: string; range: { start: { line: number } } }) => [
          d.file,
          d.rule,
          d.range.start.line,
        ]),
        [['drafts/laa/laa.md', 'laa/lead-partner', 18]],
      );
      deepStrictEqual(report.summary, { drafts: 5, errors: 1, warnings: 0, infos: 0, hints: 0 });
    } finally {
      repo.cleanup();
    }
  });

  it('--write-baseline records the findings; --baseline then leaves them out', async () => {
    const repo = repository();
    try {
      repo.edit('laa/laa.md', (t) => t.replace('indicator: NI 186', 'indicator: NI 31'));
      const written = await cli(['check', 'drafts', '--write-baseline', 'placeshaper-baseline.json'], repo.dir);
      deepStrictEqual(written, {
        code: 0,
        stdout:
          'Recorded 1 diagnostics in placeshaper-baseline.json; pass --baseline placeshaper-baseline.json to report only new ones.\n',
        stderr: '',
      });
      deepStrictEqual(await cli(['check', 'drafts', '--baseline', 'placeshaper-baseline.json'], repo.dir), {
        code: 0,
        stdout: 'No problems in 5 drafts.\n',
        stderr: '',
      });
      repo.edit('laa/laa.md', (t) => t.replace('indicator: NI 186', 'indicator: NI 31').replace('priority: C1', 'priority: C9'));
      const later = await cli(['check', 'drafts', '--baseline', 'placeshaper-baseline.json'], repo.dir);
      deepStrictEqual([later.code, later.stdout.split('\n')[0].split('  ').slice(1, 3)], [1, ['error', 'laa/unknown-priority']]);
      const missing = await cli(['check', 'drafts', '--baseline', 'nope.json'], repo.dir);
      deepStrictEqual(missing, {
        code: 2,
        stdout: '',
        stderr: 'placeshaper: ' + path.join(repo.dir, 'nope.json') + ': no such baseline file; write one with --write-baseline\n',
      });
    } finally {
      repo.cleanup();
    }
  });

  it('refuses an empty revision, a range and an option in disguise, on one line with exit code 2', async () => {
    const repo = repository();
    try {
      for (const command of [
        ['check', 'drafts'],
        ['impact', 'drafts'],
      ]) {
        deepStrictEqual(await cli([...command, '--since', ''], repo.dir), {
          code: 2,
          stdout: '',
          stderr:
            'placeshaper: --since needs a revision to compare with: a branch, a tag or a commit, such as main, v1.0 or HEAD~3\n',
        });
        deepStrictEqual(await cli([...command, '--since', 'HEAD..HEAD~1'], repo.dir), {
          code: 2,
          stdout: '',
          stderr:
            'placeshaper: --since takes one revision, not a range (HEAD..HEAD~1): the working tree is the other end; write the older one, such as HEAD\n',
        });
        deepStrictEqual(await cli([...command, '--since=--output=/tmp/x'], repo.dir), {
          code: 2,
          stdout: '',
          stderr: 'placeshaper: --output=/tmp/x: not a revision (a revision never begins with "-")\n',
        });
      }
    } finally {
      repo.cleanup();
    }
  });

  it('compares a workspace reached through a symbolic link', async () => {
    const repo = repository();
    const linkFolder = tempFolder({});
    try {
      const linked = path.join(linkFolder.dir, 'linked');
      symlinkSync(repo.drafts, linked);
      repo.edit('scs/district.md', (t) => t.replace('- id: D1', '- id: homes'));
      const impact = await cli(['impact', '.', '--since', 'HEAD'], linked);
      strictEqual(impact.code, 0, impact.stderr);
      strictEqual(impact.stdout.split('\n').slice(2, 4).join('\n'), 'scs/district.md\n  priority D1 renamed to homes');
      const since = await cli(['check', '.', '--since', 'HEAD', '--format', 'json'], linked);
      strictEqual(since.code, 1, since.stderr);
      deepStrictEqual(
        JSON.parse(since.stdout).diagnostics.map((d: { file: string; rule: string }) => `${d.file} ${d.rule}`),
        [
          'housing/housing.md align/unknown-priority',
          'ldf/core.md align/unknown-priority',
          'ldf/core.md align/broken-link',
          'scs/district.md align/spatial-delivery',
          'scs/district.md align/undelivered-priority',
        ],
      );
    } finally {
      linkFolder.cleanup();
      repo.cleanup();
    }
  });
});
