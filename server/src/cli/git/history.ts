import { existsSync, realpathSync } from 'node:fs';
import * as path from 'node:path';
import { simpleGit, type SimpleGit } from 'simple-git';
import { printable, UsageError } from '../io';
import { checkRevision, resolveCommit } from './snapshot';

/** What the commits between two revisions say of a change: the `Reason:` and `Source:` trailers of their messages. */
export interface CommitNote {
  commit: string;
  reason?: string;
  source?: string;
  /** Whether the commit moved the file. */
  renamed: boolean;
  /** Lines the commit added and removed in the file, to tell which change it made. */
  added: string[];
  removed: string[];
}

export interface History {
  /** The repository's top folder. */
  top: string;
  /** The commit a revision is at; `option` names where it was given, for messages. */
  commitOf(revision: string, option?: string): Promise<string>;
  /** Drafts git saw moved between the revisions: the path at `to` → the path at `from` (absolute, under the folder). */
  renames(from: string, to: string | undefined): Promise<Map<string, string>>;
  /** For each file (its path at `to`), the commits after `from` up to `to` that touched it, newest first, with their trailers and lines. */
  notes(from: string, to: string | undefined): Promise<Map<string, CommitNote[]>>;
}

/**
 * How every diff is asked for, whatever the user's git configuration: `a/` and `b/` prefixes, paths
 * from the repository's top, no colour, no external diff program.
 */
const PLAIN_DIFF = ['--src-prefix=a/', '--dst-prefix=b/', '--no-relative', '--no-color', '--no-ext-diff'];

/** A path as git writes it in a patch: as it is, or C-quoted when it holds quotes, backslashes or control characters. */
export function unquotePath(written: string): string {
  if (!written.startsWith('"')) return written;
  return written
    .slice(1, -1)
    .replace(/\\([0-7]{1,3}|.)/g, (_, escape: string) =>
      /^[0-7]+$/.test(escape)
        ? String.fromCharCode(parseInt(escape, 8))
        : (({ n: '\n', t: '\t', r: '\r', a: '\x07', b: '\b', f: '\f', v: '\v' } as Record<string, string>)[escape] ?? escape),
    );
}

/** The file a diff is of, then and now: from its `rename from`/`rename to`, `---`/`+++` lines, whatever the names hold. */
function namesOf(diff: string): { then: string; now: string } | undefined {
  const line = (pattern: RegExp) => {
    const found = pattern.exec(diff);
    // git ends a `---`/`+++` name that holds a space with a tab.
    return found ? unquotePath(found[1].replace(/\t$/, '')) : undefined;
  };
  const renamedFrom = line(/^rename from (.*)$/m);
  const renamedTo = line(/^rename to (.*)$/m);
  if (renamedFrom && renamedTo) return { then: renamedFrom, now: renamedTo };
  const before = line(/^--- (.*)$/m);
  const after = line(/^\+\+\+ (.*)$/m);
  const path = (written: string | undefined) => (written && written !== '/dev/null' ? written.replace(/^[ab]\//, '') : undefined);
  const name = path(after) ?? path(before);
  return name ? { then: path(before) ?? name, now: name } : undefined;
}

/** A repository's history as the schedule reads it; git runs without a shell, revisions passed as data. */
export async function historyOf(folder: string): Promise<History> {
  if (!existsSync(folder)) throw new UsageError(`${printable(folder)}: no such folder; give the workspace root with --root`);
  const git: SimpleGit = simpleGit({ baseDir: folder });
  let top: string;
  try {
    top = (await git.revparse(['--show-toplevel'])).trim();
  } catch {
    throw new UsageError(`${printable(folder)}: not inside a git repository, so there are no revisions to compare`);
  }
  const relative = path.relative(top, realpathSync(folder)).split(path.sep).join('/') || '.';
  const absolute = (name: string) => path.join(folder, path.posix.relative(relative, name));
  const commitOf = async (revision: string, option = '--from') => {
    checkRevision(revision, option);
    return resolveCommit(git, top, revision);
  };
  const range = async (from: string, to: string | undefined) => [
    await commitOf(from),
    ...(to ? [await commitOf(to, '--to')] : []),
  ];
  return {
    top,
    commitOf,
    async renames(from, to) {
      const [a, b] = await range(from, to);
      // Entries read `R<score>\0<old path>\0<new path>\0`; other statuses name one path.
      const listing = await git.raw(['diff', ...PLAIN_DIFF, '--name-status', '-M', '-z', a, ...(b ? [b] : []), '--', relative]);
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
        ...PLAIN_DIFF,
        '-p',
        '-M',
        '-U0',
        '--format=%x1e%H%x1f%(trailers:key=Reason,valueonly,unfold,separator=%x20)%x1f%(trailers:key=Source,valueonly,unfold,separator=%x20)%x1f',
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
          const names = namesOf(diff);
          if (!names) continue;
          const { then, now } = names;
          const name = latestName.get(now) ?? now;
          if (then !== now) latestName.set(then, name);
          const lines = diff.split('\n');
          const note: CommitNote = {
            commit,
            reason: reason.trim() || undefined,
            source: source.trim() || undefined,
            renamed: then !== now,
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
