import * as fs from 'node:fs';
import * as path from 'node:path';

export class UsageError extends Error {}

const SKIPPED_FOLDERS = new Set(['node_modules', '.git', '.hg', '.svn', 'dist', 'out']);

/**
 * The Markdown files under the given paths, sorted. A path that does not exist, or a file
 * that is not Markdown, is a usage error; unreadable folders are I/O errors.
 */
export function findMarkdownFiles(paths: readonly string[], cwd: string): string[] {
  const found = new Set<string>();
  for (const given of paths) {
    const absolute = path.resolve(cwd, given);
    let stat: fs.Stats;
    try {
      stat = fs.statSync(absolute);
    } catch (error) {
      throw new UsageError(`${given}: ${describeIoError(error, 'no such file or folder')}`);
    }
    if (stat.isDirectory()) walk(absolute, found, given);
    else if (/\.md$/i.test(absolute)) found.add(absolute);
    else throw new UsageError(`${given}: not a Markdown file (drafts end in .md)`);
  }
  return [...found].sort();
}

function walk(folder: string, found: Set<string>, given: string): void {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(folder, { withFileTypes: true });
  } catch (error) {
    throw new UsageError(`${path.relative(process.cwd(), folder) || given}: ${describeIoError(error, 'cannot be read')}`);
  }
  for (const entry of entries) {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) {
      if (!SKIPPED_FOLDERS.has(entry.name) && !entry.name.startsWith('.')) walk(full, found, given);
    } else if (entry.isFile() && /\.md$/i.test(entry.name)) {
      found.add(full);
    }
  }
}

export function describeIoError(error: unknown, fallback: string): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT': return 'no such file or folder';
    case 'EACCES':
    case 'EPERM': return 'permission denied';
    case 'EISDIR': return 'is a folder, not a file';
    case 'ELOOP': return 'symbolic link loop';
    default: return fallback;
  }
}

/** Reads a draft, turning I/O failures into one-line usage errors. */
export function readDraftFile(filePath: string, shown: string): string {
  try {
    return fs.readFileSync(filePath, 'utf8');
  } catch (error) {
    throw new UsageError(`${shown}: ${describeIoError(error, 'cannot be read')}`);
  }
}
