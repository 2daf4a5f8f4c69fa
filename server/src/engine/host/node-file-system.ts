import * as fs from 'node:fs';
import type { DirectoryEntry, FileSystemHost } from './file-system';

/** The disk, for the CLI and the language server in Node; the only engine module that reads files. */
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
