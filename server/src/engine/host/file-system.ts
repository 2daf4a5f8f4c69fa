import * as path from 'node:path';

export interface DirectoryEntry {
  name: string;
  isDirectory: boolean;
  isFile: boolean;
}

/**
 * What the engine needs from wherever drafts live: the disk for the CLI and the
 * language server, a map in memory for tests. Paths are absolute.
 */
export interface FileSystemHost {
  /** The file's text, or undefined when it does not exist or is not a readable file. */
  readFile(filePath: string): string | undefined;
  /** The folder's entries, or [] when it does not exist. */
  readDirectory(dirPath: string): DirectoryEntry[];
  isFile(filePath: string): boolean;
  /** The file's size in bytes, so that a file too large to read is refused before it is read; hosts that cannot tell leave it out. */
  fileSize?(filePath: string): number | undefined;
  /**
   * The path with every symbolic link followed, or undefined when it does not exist. Hosts
   * without links leave it out; with it, a link inside the workspace to a file outside is never read.
   */
  realPath?(filePath: string): string | undefined;
}

/** Files held in memory: `new MemoryFileSystem({'/ws/scs.md': '---\n…'})`. */
export class MemoryFileSystem implements FileSystemHost {
  readonly files = new Map<string, string>();

  constructor(files: Record<string, string> = {}) {
    for (const [name, text] of Object.entries(files)) this.files.set(path.resolve(name), text);
  }

  write(filePath: string, text: string): void {
    this.files.set(path.resolve(filePath), text);
  }

  delete(filePath: string): void {
    this.files.delete(path.resolve(filePath));
  }

  readFile(filePath: string): string | undefined {
    return this.files.get(path.resolve(filePath));
  }

  isFile(filePath: string): boolean {
    return this.files.has(path.resolve(filePath));
  }

  fileSize(filePath: string): number | undefined {
    const text = this.files.get(path.resolve(filePath));
    return text === undefined ? undefined : new TextEncoder().encode(text).length;
  }

  readDirectory(dirPath: string): DirectoryEntry[] {
    return entriesUnder(dirPath, this.files.keys());
  }
}

/** The entries of a folder, for hosts that hold a list of file paths: files directly in it, and the folders that lead to others. */
export function entriesUnder(dirPath: string, files: Iterable<string>): DirectoryEntry[] {
  const prefix = path.resolve(dirPath) + path.sep;
  const entries = new Map<string, DirectoryEntry>();
  for (const file of files) {
    if (!file.startsWith(prefix)) continue;
    const [name, ...rest] = file.slice(prefix.length).split(path.sep);
    entries.set(name, { name, isDirectory: rest.length > 0, isFile: rest.length === 0 });
  }
  return [...entries.values()].sort((a, b) => a.name.localeCompare(b.name));
}
