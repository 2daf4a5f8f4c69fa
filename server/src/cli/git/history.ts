import { realpathSync } from 'node:fs';
import * as path from 'node:path';
import { simpleGit, type SimpleGit } from 'simple-git';
import { printable, UsageError } from '../io';
import { checkRevision } from './snapshot';

/** What the commits between two revisions say of a change: the `Reason:` and `Source:` trailers of their messages. */
export interface CommitNote {
  commit: string;
  reason?: string;
  source?: string;
  /** Lines the commit added and removed in the file, to tell which change it made. */
  added: string[];
  removed: string[];
}

export interface History {
  /** The repository's top folder. */
  top: string;
  /** The commit a revision is at. */
  commitOf(revision: string): Promise<string>;
  /** Drafts git saw moved between the revisions: the path at `to` → the path at `from` (absolute, under the folder). */
  renames(from: string, to: string | undefined): Promise<Map<string, string>>;
  /** For each file (its path at `to`), the commits after `from` up to `to` that touched it, newest first, with their trailers and lines. */
  notes(from: string, to: string | undefined): Promise<Map<string, CommitNote[]>>;
}

/** A repository's history as the schedule reads it; git runs without a shell, revisions passed as data. */
export async function historyOf(folder: string): Promise<History> {
  const git: SimpleGit = simpleGit({ baseDir: folder });
  let top: string;
  try {
    top = (await git.revparse(['--show-toplevel'])).trim();
  } catch {
    throw new UsageError(`${printable(folder)}: not inside a git repository, so there are no revisions to compare`);
  }
  const relative = path.relative(top, realpathSync(folder)).split(path.sep).join('/') || '.';
  const absolute = (name: string) => path.join(folder, path.posix.relative(relative, name));
  const commitOf = async (revision: string) => {
    checkRevision(revision);
    const commit = (
      await git.raw(['rev-parse', '--verify', '--quiet', '--end-of-options', `${revision}^{commit}`]).catch(() => '')
    ).trim();
    if (commit) return commit;
    const shallow = (await git.raw(['rev-parse', '--is-shallow-repository']).catch(() => '')).trim() === 'true';
    throw new UsageError(
      shallow
        ? `${printable(revision)}: not in this shallow clone of ${printable(top)}; fetch the history (git fetch --unshallow, or fetch-depth: 0 in actions/checkout) and run again`
        : `${printable(revision)}: no such revision in ${printable(top)}; name a branch, a tag or a commit (git log --oneline lists them)`,
    );
  };
  const range = async (from: string, to: string | undefined) => [await commitOf(from), ...(to ? [await commitOf(to)] : [])];
  return {
    top,
    commitOf,
    async renames(from, to) {
      const [a, b] = await range(from, to);
      // Entries read `R<score>\0<old path>\0<new path>\0`; other statuses name one path.
      const listing = await git.raw(['diff', '--name-status', '-M', '-z', a, ...(b ? [b] : []), '--', relative]);
      const fields = listing.split('\0');
      const moved = new Map<string, string>();
      for (let i = 0; i < fields.length - 1;) {
        const status = fields[i];
        if (/^[RC]/.test(status)) {
          if (status.startsWith('R') && /\.md$/i.test(fields[i + 2])) moved.set(absolute(fields[i + 2]), absolute(fields[i + 1]));
          i += 3;
        } else i += 2;
      }
      return moved;
    },
    async notes(from, to) {
      const [a, b] = await range(from, to);
      // One log for the whole range: each commit starts with a record separator, its hash and trailers
      // split by unit separators, then its patch, one `diff --git a/<then> b/<now>` per file.
      const log = await git.raw([
        '-c',
        'core.quotePath=false',
        'log',
        '-p',
        '-M',
        '-U0',
        '--no-color',
        '--no-ext-diff',
        '--format=%x1e%H%x1f%(trailers:key=Reason,valueonly,separator=%x20)%x1f%(trailers:key=Source,valueonly,separator=%x20)%x1f',
        `${a}..${b ?? 'HEAD'}`,
        '--',
        relative,
      ]);
      const byFile = new Map<string, CommitNote[]>();
      // Newest first: a file renamed later is known by its latest name in the commits before.
      const latestName = new Map<string, string>();
      for (const record of log.split('\x1e').slice(1)) {
        const [commit, reason, source, patch] = record.split('\x1f');
        for (const diff of (patch ?? '').split(/^diff --git /m).slice(1)) {
          const names = /^a\/(.*?) b\/(.*)$/m.exec(diff);
          if (!names) continue;
          const [, then, now] = names;
          const name = latestName.get(now) ?? now;
          if (then !== now) latestName.set(then, name);
          const lines = diff.split('\n');
          const note: CommitNote = {
            commit,
            reason: reason.trim() || undefined,
            source: source.trim() || undefined,
            added: lines.filter((l) => l.startsWith('+') && !l.startsWith('+++')).map((l) => l.slice(1)),
            removed: lines.filter((l) => l.startsWith('-') && !l.startsWith('---')).map((l) => l.slice(1)),
          };
          const file = absolute(name);
          byFile.set(file, [...(byFile.get(file) ?? []), note]);
        }
      }
      return byFile;
    },
  };
}
