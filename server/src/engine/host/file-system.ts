import * as fs from 'node:fs';
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

export class NodeFileSystem implements FileSystemHost {
  readFile(filePath: string): string | undefined {
    try {
      // Regular files only: reading a FIFO or a device named like a draft could block or never end.
      if (!fs.statSync(filePath).isFile()) return undefined;
      return fs.readFileSync(filePath, 'utf8');
    } catch {
      return undefined;
    }
  }

  realPath(filePath: string): string | undefined {
    try {
      return fs.realpathSync.native(filePath);
    } catch {
      return undefined;
    }
  }

  /** Symbolic links are neither files nor folders here: walking a folder never follows them. */
  readDirectory(dirPath: string): DirectoryEntry[] {
    try {
      return fs.readdirSync(dirPath, { withFileTypes: true }).map((entry) => ({
        name: entry.name,
        isDirectory: entry.isDirectory(),
        isFile: entry.isFile(),
      }));
    } catch {
      return [];
    }
  }

  isFile(filePath: string): boolean {
    try {
      return fs.statSync(filePath).isFile();
    } catch {
      return false;
    }
  }

  fileSize(filePath: string): number | undefined {
    try {
      return fs.statSync(filePath).size;
    } catch {
      return undefined;
    }
  }
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
    return text === undefined ? undefined : Buffer.byteLength(text);
  }

  readDirectory(dirPath: string): DirectoryEntry[] {
    const prefix = path.resolve(dirPath) + path.sep;
    const entries = new Map<string, DirectoryEntry>();
    for (const file of this.files.keys()) {
      if (!file.startsWith(prefix)) continue;
      const [name, ...rest] = file.slice(prefix.length).split(path.sep);
      entries.set(name, { name, isDirectory: rest.length > 0, isFile: rest.length === 0 });
    }
    return [...entries.values()].sort((a, b) => a.name.localeCompare(b.name));
  }
}
