import { realpathSync } from 'node:fs';
import * as path from 'node:path';
import { simpleGit } from 'simple-git';
import type { DraftRevision, Revision } from '../../engine/node';
import { unquotePath } from './history';

export interface FolderRevisions {
  /** The commit the folder's repository is at; undefined outside a repository or before its first commit. */
  repository?: Revision;
  /** A draft's last commit, and whether it has changed since; undefined for a draft git does not track. */
  revisionOf(draftPath: string): DraftRevision | undefined;
}

const NONE: FolderRevisions = { revisionOf: () => undefined };

/**
 * Where the drafts of a folder stand in git: the commit the repository is at, and for each draft the
 * last commit that changed it (one `git log` over the folder) and whether it changed since (one
 * `git status`). Outside a repository, or when git is missing, nothing: the review says no commit.
 */
export async function folderRevisions(folder: string): Promise<FolderRevisions> {
  let real: string;
  try {
    real = realpathSync(folder);
  } catch {
    return NONE;
  }
  const git = simpleGit({ baseDir: real });
  let top: string;
  let head: string;
  try {
    top = (await git.revparse(['--show-toplevel'])).trim();
    head = (await git.raw(['log', '-1', '--format=%H%x09%cs'])).trim();
  } catch {
    return NONE;
  }
  const relative = path.relative(top, real).split(path.sep).join('/') || '.';
  const [commit, date] = head.split('\t');
  const last = new Map<string, Revision>();
  // Each commit starts with a record separator line, "<hash>\t<date>", then the names of the files it changed.
  const log = await git.raw([
    '-c',
    'core.quotePath=false',
    'log',
    '--no-relative',
    '--format=%x1e%H%x09%cs',
    '--name-only',
    '--',
    relative,
  ]);
  for (const record of log.split('\x1e').slice(1)) {
    const [header, ...names] = record.split('\n');
    const [hash, day] = header.split('\t');
    for (const written of names) {
      // A name with quotes, backslashes or control characters comes C-quoted, even with core.quotePath off.
      const name = unquotePath(written);
      if (name && !last.has(name)) last.set(name, { commit: hash, date: day });
    }
  }
  const status = await git.raw([
    '-c',
    'core.quotePath=false',
    'status',
    '--porcelain=v1',
    '-z',
    '--untracked-files=all',
    '--',
    relative,
  ]);
  // Entries read "XY <path>", NUL-terminated; a rename adds its old path as a further entry.
  const changed = new Set(
    status
      .split('\0')
      .filter((entry) => /^.. /.test(entry))
      .map((entry) => entry.slice(3)),
  );
  return {
    repository: { commit, date },
    revisionOf(draftPath: string) {
      let file: string;
      try {
        file = path.relative(top, realpathSync(draftPath)).split(path.sep).join('/');
      } catch {
        return undefined;
      }
      const revision = last.get(file);
      return revision ? { ...revision, changedSince: changed.has(file) } : undefined;
    },
  };
}
