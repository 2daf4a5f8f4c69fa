import { cpSync, lstatSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { MemoryFileSystem, NodeFileSystem, type DirectoryEntry } from '../../server/src/engine/node';

/** A copy of examples/exampleshire with examples/faults beside its drafts (under `faults/`), in a temp folder. */
export function exampleCopy(): { dir: string; cleanup(): void } {
  const dir = mkdtempSync(path.join(tmpdir(), 'placeshaper-robust-'));
  cpSync(path.resolve('examples/exampleshire'), dir, { recursive: true });
  cpSync(path.resolve('examples/faults'), path.join(dir, 'faults'), { recursive: true });
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** The drafts of a folder, relative to it, sorted. */
export function draftsUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.md') && e.name !== 'README.md')
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort();
}

/** Every file and folder under `dir` with its size and modification time, to prove nothing was written. */
export function listing(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .map((e) => {
      const full = path.join(e.parentPath, e.name);
      const stat = lstatSync(full, { throwIfNoEntry: false });
      return `${path.relative(dir, full)}:${stat ? `${stat.mode}:${stat.size}:${stat.mtimeMs}` : 'gone'}`;
    })
    .sort();
}

let lastLines: TextDocument | undefined;

/** Whether an LSP range lies within a text as an editor reads its lines (`\n`, `\r\n` or `\r` ends one). */
export function rangeProblem(
  text: string,
  range: { start: { line: number; character: number }; end: { line: number; character: number } },
): string | undefined {
  if (lastLines?.getText() !== text) lastLines = TextDocument.create('file:///x.md', 'markdown', 0, text);
  const document = lastLines;
  for (const [name, position] of [
    ['start', range.start],
    ['end', range.end],
  ] as const) {
    if (position.line < 0 || position.line >= document.lineCount)
      return `${name} line ${position.line} is not below the line count ${document.lineCount}`;
    const lineText = document
      .getText({ start: { line: position.line, character: 0 }, end: { line: position.line + 1, character: 0 } })
      .replace(/\r?\n$|\r$/, '');
    if (position.character < 0 || position.character > lineText.length)
      return `${name} character ${position.character} is past the end (${lineText.length}) of line ${position.line}`;
  }
  const order = range.start.line - range.end.line || range.start.character - range.end.character;
  return order > 0 ? 'the range ends before it starts' : undefined;
}

/** A host in memory that remembers every path the engine asked about. */
export class SpyMemoryFileSystem extends MemoryFileSystem {
  readonly reads: string[] = [];
  readonly asked: string[] = [];

  override readFile(filePath: string): string | undefined {
    this.reads.push(path.resolve(filePath));
    return super.readFile(filePath);
  }

  override isFile(filePath: string): boolean {
    this.asked.push(path.resolve(filePath));
    return super.isFile(filePath);
  }

  override readDirectory(dirPath: string): DirectoryEntry[] {
    this.asked.push(path.resolve(dirPath));
    return super.readDirectory(dirPath);
  }
}

/** The disk, remembering every file the engine read. */
export class SpyNodeFileSystem extends NodeFileSystem {
  readonly reads: string[] = [];

  override readFile(filePath: string): string | undefined {
    this.reads.push(path.resolve(filePath));
    return super.readFile(filePath);
  }
}
