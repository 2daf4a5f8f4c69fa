import { spawn } from 'node:child_process';
import { realpathSync } from 'node:fs';
import * as path from 'node:path';
import { simpleGit, type SimpleGit } from 'simple-git';
import { parse } from 'yaml';
import { DEFAULT_FACTS_FILE, Engine, isConfigFile, MemoryFileSystem } from '../../engine';
import { printable, UsageError } from '../io';

/**
 * Refuses what is not one revision, on one line: nothing, a range (`HEAD..HEAD~1`: the working
 * tree is always one end), or an option in disguise (`-x`). Revisions reach git as data, never
 * through a shell; this says what is wrong before git is asked.
 */
export function checkRevision(revision: string, option = '--since'): void {
  if (!revision.trim())
    throw new UsageError(`${option} needs a revision to compare with: a branch, a tag or a commit, such as main, v1.0 or HEAD~3`);
  if (revision.includes('..'))
    throw new UsageError(
      `${option} takes one revision, not a range (${printable(revision)}): ${
        option === '--since' ? 'the working tree is the other end' : 'give the other end with --from or --to'
      }; write the older one, such as ${printable(revision.split('..')[0] || 'HEAD~1')}`,
    );
  if (revision.startsWith('-')) throw new UsageError(`${printable(revision)}: not a revision (a revision never begins with "-")`);
}

/**
 * The workspace folder as it stood at a git revision: an engine over those files, held in
 * memory at the same absolute paths, so that it compares line for line with the working tree.
 */
export async function engineAtRevision(folder: string, revision: string, today?: Date): Promise<Engine> {
  checkRevision(revision);
  return new Engine({ host: await filesAtRevision(folder, revision), root: folder, today });
}

/**
 * The commit a revision names in the repository at `top`, or a one-line error that says what to do:
 * fetch more history in a shallow clone (CI's default checkout), or name a revision that exists.
 */
export async function resolveCommit(git: SimpleGit, top: string, revision: string): Promise<string> {
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
}

/**
 * The register of facts a configuration file names with `facts:`, as a path in the repository; undefined
 * when it names none, or names a file that is not YAML (the configuration check says why).
 */
function registerNamed(configPath: string, text: string): string | undefined {
  let data: unknown;
  try {
    data = parse(text, { logLevel: 'silent' });
  } catch {
    return undefined;
  }
  const named = (data as { facts?: unknown } | null)?.facts;
  if (typeof named !== 'string' || !/\.ya?ml$/i.test(named)) return undefined;
  return path.posix.normalize(path.posix.join(path.posix.dirname(configPath), named));
}

/**
 * The drafts, configuration files and registers of facts (`facts.yaml` at the top of `folder`, and
 * any file a configuration names with `facts:`) under `folder` at a git revision, in memory at their
 * absolute paths.
 */
export async function filesAtRevision(folder: string, revision: string): Promise<MemoryFileSystem> {
  const git = simpleGit({ baseDir: folder });
  let top: string;
  try {
    top = (await git.revparse(['--show-toplevel'])).trim();
  } catch {
    throw new UsageError(`${folder}: not inside a git repository, so --since has nothing to compare with`);
  }
  const commit = await resolveCommit(git, top, revision);
  // git names the top of the repository with links followed; a folder reached through a link is compared as git sees it.
  const relative = path.relative(top, realpathSync(folder)).split(path.sep).join('/');
  if (relative === '..' || relative.startsWith('../'))
    throw new UsageError(`${printable(folder)}: outside the git repository at ${printable(top)}`);
  // Each entry reads `<mode> <type> <object id>\t<path>`.
  const listing = await git.raw(['ls-tree', '--full-tree', '-r', '-z', commit, '--', relative || '.']);
  const entries = listing
    .split('\0')
    .map((entry) => {
      const tab = entry.indexOf('\t');
      const [, type, oid] = entry.slice(0, tab).split(' ');
      return { type, oid, name: entry.slice(tab + 1) };
    })
    .filter((entry) => entry.type === 'blob');
  const defaultRegister = relative ? `${relative}/${DEFAULT_FACTS_FILE}` : DEFAULT_FACTS_FILE;
  const blobs = entries.filter(
    (entry) => /\.md$/i.test(entry.name) || isConfigFile(entry.name) || entry.name === defaultRegister,
  );
  const texts = await readBlobs(
    top,
    blobs.map((blob) => blob.oid),
  );
  // Only the configuration says which other file is a register: those are read once it has been.
  const named = new Set(
    blobs.flatMap((blob, index) => (isConfigFile(blob.name) ? [registerNamed(blob.name, texts[index])] : [])),
  );
  const registers = entries.filter((entry) => named.has(entry.name) && !blobs.includes(entry));
  const registerTexts = await readBlobs(
    top,
    registers.map((blob) => blob.oid),
  );
  blobs.push(...registers);
  texts.push(...registerTexts);
  const files = new MemoryFileSystem();
  // At the paths the working tree has under `folder` as given (a link's path, when it was reached through one).
  blobs.forEach((blob, index) => files.write(path.join(folder, path.posix.relative(relative, blob.name)), texts[index]));
  return files;
}

/**
 * The texts of git blobs, in order, read through one `git cat-file --batch` rather than a
 * `git show` each (a thousand drafts would start a thousand processes). Its output is, per
 * object, `<object id> blob <size>\n<size bytes>\n`.
 */
function readBlobs(cwd: string, oids: readonly string[]): Promise<string[]> {
  if (oids.length === 0) return Promise.resolve([]);
  return new Promise((resolve, reject) => {
    const child = spawn('git', ['cat-file', '--batch'], { cwd, stdio: ['pipe', 'pipe', 'pipe'] });
    const chunks: Buffer[] = [];
    let errors = '';
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`git cat-file --batch failed (exit code ${code}): ${errors.trim()}`));
      const output = Buffer.concat(chunks);
      const texts: string[] = [];
      let at = 0;
      for (const oid of oids) {
        const headerEnd = output.indexOf(0x0a, at);
        const [, type, size] = output.toString('utf8', at, headerEnd === -1 ? output.length : headerEnd).split(' ');
        if (headerEnd === -1 || type !== 'blob') return reject(new Error(`git cat-file --batch could not read ${oid}`));
        const start = headerEnd + 1;
        texts.push(output.toString('utf8', start, start + Number(size)));
        at = start + Number(size) + 1;
      }
      resolve(texts);
    });
    child.stdin.end(`${oids.join('\n')}\n`);
  });
}
