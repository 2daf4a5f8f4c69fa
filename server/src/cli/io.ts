import type { Progress } from './progress';

/** What a command of the CLI may use of the world: its working folder, its two output streams, today and a progress line. */
export interface CliIo {
  cwd: string;
  stdout(text: string): void;
  stderr(text: string): void;
  /** Fixed "today" (YYYY-MM-DD) for reproducible runs; from PLACESHAPER_TODAY in the real CLI. */
  today?: string;
  /** Where long commands report how far they are; the real CLI passes one when stderr is a terminal. */
  progress?: Progress;
  /** Starts the language server (`placeshaper lsp`) with the arguments that follow `lsp`; absent where there is none to start. */
  languageServer?: (argv: readonly string[]) => void;
}

/** A mistake in how the CLI was called, or a file it could not read: said on one line, exit code 2. */
export class UsageError extends Error {}

/**
 * Text as a terminal or a log should show it: control characters (a line break in a file name,
 * an escape sequence) written out as `\\n` or `\\u001b`, so that nothing forges a line of output.
 */
export function printable(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, (char) => JSON.stringify(char).slice(1, -1));
}
