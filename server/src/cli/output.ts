import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { printable, UsageError, type CliIo } from './io';

/**
 * A command's output: into the file given with `-o` (saying so on standard error, with `summary`
 * when given) or, without one, on standard output. A file that cannot be written is a usage error.
 */
export function writeOutput(io: CliIo, file: string | undefined, content: string | Buffer, summary?: string): void {
  if (!file) {
    io.stdout(content.toString());
    return;
  }
  try {
    writeFileSync(path.resolve(io.cwd, file), content);
  } catch (error) {
    throw new UsageError(`${printable(file)}: cannot be written (${(error as Error).message})`);
  }
  io.stderr(`placeshaper: wrote ${printable(file)}${summary ? ` (${summary})` : ''}\n`);
}
