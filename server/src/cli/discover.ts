import { isUtf8 } from 'node:buffer';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { NodeFileSystem, SKIPPED_FOLDERS } from '../engine/node';
import { printable, UsageError } from './io';

/**
 * The Markdown files under the given paths, sorted. A path that does not exist, a file that is
 * not Markdown, or a folder named like a draft is a usage error. A folder met on the walk that
 * cannot be read is told to `onUnreadable` (with why, on one line) and skipped. Symbolic links met
 * while walking a folder are not followed (a link loop cannot trap the walk, nor a link lead it
 * out of the folder); a link given by name is read.
 */
export function findMarkdownFiles(
  paths: readonly string[],
  cwd: string,
  onUnreadable: (problem: string) => void = (problem) => {
    throw new UsageError(problem);
  },
): string[] {
  const found = new Set<string>();
  for (const given of paths) {
    const absolute = path.resolve(cwd, given);
    let stat: fs.Stats;
    try {
      stat = fs.statSync(absolute);
    } catch (error) {
      throw new UsageError(`${printable(given)}: ${describeIoError(error, 'no such file or folder')}`);
    }
    const markdownName = /\.md$/i.test(absolute);
    if (stat.isDirectory() && markdownName)
      throw new UsageError(`${printable(given)}: is a folder, not a draft (drafts are files ending in .md)`);
    else if (stat.isDirectory()) walk(absolute, found, cwd, onUnreadable);
    else if (!markdownName) throw new UsageError(`${printable(given)}: not a Markdown file (drafts end in .md)`);
    else if (!stat.isFile()) throw new UsageError(`${printable(given)}: not a regular file`);
    else found.add(absolute);
  }
  return [...found].sort();
}

function walk(folder: string, found: Set<string>, cwd: string, onUnreadable: (problem: string) => void): void {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(folder, { withFileTypes: true });
  } catch (error) {
    onUnreadable(`${printable(path.relative(cwd, folder) || '.')}: ${describeIoError(error, 'cannot be read')}`);
    return;
  }
  for (const entry of entries) {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) {
      if (!SKIPPED_FOLDERS.has(entry.name) && !entry.name.startsWith('.')) walk(full, found, cwd, onUnreadable);
    } else if (entry.isFile() && /\.md$/i.test(entry.name)) {
      found.add(full);
    }
  }
}

export function describeIoError(error: unknown, fallback: string): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or folder';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a folder, not a file';
    case 'ELOOP':
      return 'symbolic link loop';
    default:
      return fallback;
  }
}

/**
 * Reads a draft, turning I/O failures into one-line usage errors. Returns a note for a file
 * that is not clean text: binary (not a draft, skipped) or not valid UTF-8 (checked as read).
 */
export function readDraftFile(filePath: string, shown: string): { text: string; note?: string } {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(filePath);
  } catch (error) {
    throw new UsageError(`${printable(shown)}: ${describeIoError(error, 'cannot be read')}`);
  }
  const text = bytes.toString('utf8');
  if (bytes.includes(0))
    return { text, note: `${printable(shown)}: not a text file (it holds NUL bytes), so not a draft; skipped` };
  if (!isUtf8(bytes)) return { text, note: `${printable(shown)}: not valid UTF-8; the invalid bytes were read as U+FFFD` };
  return { text };
}

/**
 * The disk, except that a draft the CLI has already read (to report I/O errors before checking)
 * is handed to the engine from memory, once: each draft is read from disk a single time.
 */
export class PrereadFileSystem extends NodeFileSystem {
  private readonly texts = new Map<string, string>();

  remember(filePath: string, text: string): void {
    this.texts.set(filePath, text);
  }

  override readFile(filePath: string): string | undefined {
    const text = this.texts.get(filePath);
    if (text === undefined) return super.readFile(filePath);
    this.texts.delete(filePath);
    return text;
  }
}
