import * as path from 'node:path';
import type { FileSystemHost } from '../host/file-system';

/** Whether `candidate` lies in `root` or below it, by its path alone (`..archive` is a name, not a step up). */
export function isWithin(root: string, candidate: string): boolean {
  const relative = path.relative(root, candidate);
  return relative === '' || (relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative));
}

/**
 * The one rule for every path Placeshaper follows — `related` links, body links, `extends`,
 * `guidance`, `ignore` bases, the facts register: it must lie inside the workspace root, by its
 * path and again once symbolic links are followed. A path that leaves the root is never opened.
 */
export class Containment {
  private realRoot: string | undefined;
  /** What following links gave for each path asked about, until the files may have changed. */
  private readonly onDisk = new Map<string, boolean>();

  constructor(
    private readonly host: FileSystemHost,
    /** Without a root (a host with no folder around its files), every path is inside. */
    readonly root: string | undefined,
  ) {}

  /** Whether the absolute path lies inside the root, lexically and once symbolic links are followed. */
  contains(candidate: string): boolean {
    return this.lexicallyInside(candidate) && this.stillInsideOnDisk(candidate);
  }

  lexicallyInside(candidate: string): boolean {
    return !this.root || isWithin(this.root, path.resolve(candidate));
  }

  /** Whether a path inside the root stays inside once symbolic links are followed (a path that does not exist does). */
  stillInsideOnDisk(candidate: string): boolean {
    if (!this.root || !this.host.realPath) return true;
    let inside = this.onDisk.get(candidate);
    if (inside === undefined) {
      const real = this.host.realPath(candidate);
      this.realRoot ??= this.host.realPath(this.root) ?? this.root;
      inside = real === undefined || isWithin(this.realRoot, real);
      this.onDisk.set(candidate, inside);
    }
    return inside;
  }

  /** Forget what following links gave: files or links changed on disk. */
  forget(): void {
    this.onDisk.clear();
    this.realRoot = undefined;
  }
}
