import * as path from 'node:path';
import { Engine } from '../engine/node';
import { findMarkdownFiles, PrereadFileSystem, readDraftFile } from './discover';
import { printable, UsageError, type CliIo } from './io';

/**
 * The drafts under the given paths (the current folder by default), read once into an engine for
 * the workspace `root`. A folder or draft that cannot be read is said on stderr and skipped, and
 * counted: the command goes on and ends with exit code 2.
 */
export function loadDrafts(
  paths: readonly string[],
  root: string,
  io: CliIo,
  today: Date | undefined,
): { engine: Engine; files: string[]; unreadable: number } {
  let unreadable = 0;
  const skip = (problem: string) => {
    unreadable++;
    io.stderr(`placeshaper: ${problem}; skipped\n`);
  };
  const found = findMarkdownFiles(paths.length ? paths : ['.'], io.cwd, skip);
  const host = new PrereadFileSystem();
  const engine = new Engine({ host, root, today });
  const files: string[] = [];
  for (const file of found) {
    if (!engine.workspace.isInside(file))
      throw new UsageError(
        `${printable(path.relative(io.cwd, file))}: outside the workspace root ${printable(root)}; pass --root`,
      );
    let read: ReturnType<typeof readDraftFile>;
    try {
      read = readDraftFile(file, path.relative(io.cwd, file));
    } catch (error) {
      if (!(error instanceof UsageError)) throw error;
      skip(error.message);
      continue;
    }
    if (read.note) io.stderr(`placeshaper: ${read.note}\n`);
    host.remember(file, read.text);
    files.push(file);
  }
  return { engine, files, unreadable };
}

/** PLACESHAPER_TODAY as a date, for reproducible runs. */
export function parseToday(value: string): Date {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(value)))
    throw new UsageError(`PLACESHAPER_TODAY should be a date written YYYY-MM-DD, not \`${value}\``);
  return new Date(`${value}T12:00:00Z`);
}
