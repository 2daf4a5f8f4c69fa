import * as path from 'node:path';
import { entriesUnder, type DirectoryEntry, type FileSystemHost } from './file-system';

/**
 * A copy of the workspace's files for a host that can only read them asynchronously (a language
 * server in a browser, reading through the editor): the listing and the texts are put in by the
 * host's adapter; the engine reads them synchronously. A file asked for and not held is reported
 * through `onMiss`, so the adapter can fetch it and have the drafts checked again.
 */
export class MirrorFileSystem implements FileSystemHost {
  /** Files known to exist, with their sizes in bytes. */
  private readonly sizes = new Map<string, number>();
  /** Texts read; null for a file that could not be read. */
  private readonly texts = new Map<string, string | null>();
  /** Paths asked for that turned out not to exist, so they are not asked for again. */
  private readonly absent = new Set<string>();
  /** Called with a path the engine asked for that the mirror does not hold yet. */
  onMiss: (filePath: string) => void = () => undefined;

  /** The files of a folder, as the editor lists them (replacing what was listed under it before). */
  list(folder: string, files: readonly { path: string; size: number }[]): void {
    const prefix = `${path.resolve(folder)}${path.sep}`;
    for (const known of [...this.sizes.keys()]) if (known.startsWith(prefix)) this.sizes.delete(known);
    for (const file of files) {
      this.sizes.set(path.resolve(file.path), file.size);
      this.absent.delete(path.resolve(file.path));
    }
  }

  /** A file's text as read, or null when it could not be read; `size` when known. */
  store(filePath: string, text: string | null, size?: number): void {
    const resolved = path.resolve(filePath);
    this.texts.set(resolved, text);
    this.absent.delete(resolved);
    if (size !== undefined) this.sizes.set(resolved, size);
    else if (text !== null && !this.sizes.has(resolved)) this.sizes.set(resolved, new TextEncoder().encode(text).length);
  }

  /** A file that no longer exists. */
  remove(filePath: string): void {
    const resolved = path.resolve(filePath);
    this.sizes.delete(resolved);
    this.texts.delete(resolved);
    this.absent.add(resolved);
  }

  /** Whether the file's text (or its unreadability) is held. */
  holds(filePath: string): boolean {
    return this.texts.has(path.resolve(filePath));
  }

  readFile(filePath: string): string | undefined {
    const resolved = path.resolve(filePath);
    const text = this.texts.get(resolved);
    if (text !== undefined) return text ?? undefined;
    if (!this.absent.has(resolved)) this.onMiss(resolved);
    return undefined;
  }

  isFile(filePath: string): boolean {
    const resolved = path.resolve(filePath);
    return this.sizes.has(resolved) || typeof this.texts.get(resolved) === 'string';
  }

  fileSize(filePath: string): number | undefined {
    return this.sizes.get(path.resolve(filePath));
  }

  readDirectory(dirPath: string): DirectoryEntry[] {
    return entriesUnder(dirPath, this.sizes.keys());
  }
}
