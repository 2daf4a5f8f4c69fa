import * as path from 'node:path';
import { simpleGit } from 'simple-git';
import { Engine } from '../../engine/engine';
import { MemoryFileSystem } from '../../engine/host/file-system';
import { UsageError } from '../discover';

/**
 * The workspace folder as it stood at a git revision: an engine over those files, held in
 * memory at the same absolute paths, so that it compares line for line with the working tree.
 */
export async function engineAtRevision(folder: string, revision: string, today?: Date): Promise<Engine> {
  const git = simpleGit({ baseDir: folder });
  let top: string;
  try {
    top = (await git.revparse(['--show-toplevel'])).trim();
  } catch {
    throw new UsageError(`${folder}: not inside a git repository, so --since has nothing to compare with`);
  }
  const commit = (await git.raw(['rev-parse', '--verify', '--quiet', `${revision}^{commit}`]).catch(() => '')).trim();
  if (!commit) throw new UsageError(`${revision}: no such revision in ${top}`);
  const relative = path.relative(top, folder).split(path.sep).join('/');
  const listing = await git.raw(['ls-tree', '--full-tree', '-r', '-z', '--name-only', revision, '--', relative || '.']);
  const files = new MemoryFileSystem();
  for (const name of listing.split('\0').filter((n) => /\.md$|(^|\/)\.placeshaper\.(yaml|json)$/i.test(n))) {
    files.write(path.join(top, name), await git.show([`${revision}:${name}`]));
  }
  return new Engine({ host: files, root: folder, today });
}
