// Git repositories of the linked drafts in temporary folders, for the schedule's tests.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { edit } from './harness';
import { LINKED_DRAFTS } from './linked-drafts';
import { tempFolder } from './temp-folder';

/** git in a folder, as a fixed author at a fixed date: the same commits on every run. */
export function git(dir: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd: dir,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 'Test',
      GIT_AUTHOR_EMAIL: 't@example.org',
      GIT_COMMITTER_NAME: 'Test',
      GIT_COMMITTER_EMAIL: 't@example.org',
      GIT_AUTHOR_DATE: '2026-10-01T12:00:00Z',
      GIT_COMMITTER_DATE: '2026-10-01T12:00:00Z',
    },
  }).trim();
}

/** The linked drafts committed once and tagged `v1`; `change` edits a draft as it is on disk. */
export function repository(files: Record<string, string> = LINKED_DRAFTS) {
  // In a folder of a fixed name, which the schedule's title shows; with fixed dates, the commits are the same on every run.
  const outer = tempFolder(Object.fromEntries(Object.entries(files).map(([name, text]) => [`plans/${name}`, text])));
  const folder = { dir: path.join(outer.dir, 'plans'), cleanup: outer.cleanup };
  git(folder.dir, 'init', '-q', '-b', 'main');
  git(folder.dir, 'add', '.');
  git(folder.dir, 'commit', '-q', '-m', 'First drafts');
  git(folder.dir, 'tag', 'v1');
  const change = (file: string, edit: (text: string) => string) => {
    const full = path.join(folder.dir, file);
    writeFileSync(full, edit(readFileSync(full, 'utf8')));
  };
  const commit = (message: string) => {
    git(folder.dir, 'add', '-A');
    git(folder.dir, 'commit', '-q', '-m', message);
  };
  return { ...folder, change, commit };
}

/** The linked drafts revised after `v1`: four commits after `v1`, two with reasons in their trailers, one moving a draft. */
export function revisedRepository() {
  const repo = repository();
  repo.change('scs/district.md', (t) =>
    edit(
      edit(
        edit(t, '  - id: D3\n    title: An involved community\n    principles: [good-governance]\n', ''),
        'priorities:\n',
        'priorities:\n  - id: D3\n    title: An involved community\n    principles: [good-governance]\n',
      ),
      'period: {from: 2008, to: 2026}',
      'period: {from: 2008, to: 2028}',
    ),
  );
  repo.commit('Amend the plan period\n\nReason: The housing trajectory runs to 2028.\nSource: Inspector’s letter, 12 May');
  repo.change('laa/laa.md', (t) =>
    edit(edit(t, 'baseline: {value: 21.3, year: 2007}', 'baseline: {value: 22.0, year: 2007}'), '  - id: T2', '  - id: T9'),
  );
  repo.change('ldf/core.md', (t) => edit(t, 'vision: A thriving market town', 'vision: A prosperous market town'));
  repo.commit('Correct the baseline\n\nReason: Corrected baseline from the 2007 survey.');
  repo.change(
    'ldf/core.md',
    (t) => `${edit(t, 'The objectives deliver', 'The objectives of this plan deliver')}\nA new paragraph about homes.\n`,
  );
  repo.commit('Say more about homes\n\nReason: Response to representation 14.\nSource: Rep 14');
  git(repo.dir, 'mv', 'housing/housing.md', 'housing/strategy.md');
  repo.commit('Rename the housing strategy');
  return repo;
}
