import * as path from 'node:path';
import { watch, type FSWatcher } from 'chokidar';
import { CONFIG_FILE_NAMES, SKIPPED_FOLDERS } from '../engine';

/** A file that changed on disk: created, changed or deleted. */
export interface FileChange {
  path: string;
  type: 'created' | 'changed' | 'deleted';
}

/** How long a burst of changes (a `git checkout`, a save of many files) settles before it is handled in one go. */
const SETTLE_MS = 100;
/** How deep below a workspace folder drafts are watched: deeper than any real layout, short of a runaway tree. */
const MAX_DEPTH = 16;

/**
 * Watches workspace folders for drafts and configuration files changed on disk, for clients that
 * cannot watch files for the server (no dynamic registration of `workspace/didChangeWatchedFiles`).
 * Skips hidden folders (`.git`), `node_modules` and the other folders the workspace never reads,
 * and folders the configuration ignores; hands changes over in batches once they settle.
 */
export class FolderWatcher {
  private readonly watchers = new Map<string, FSWatcher>();
  private pending = new Map<string, FileChange>();
  private timer: NodeJS.Timeout | undefined;
  private failed = false;

  constructor(
    private readonly onChanges: (changes: FileChange[]) => void,
    /** Once a folder is watched: what changed while the watch was being set up went unheard, so read the folder again. */
    private readonly onReady: (root: string) => void,
    private readonly log: (message: string) => void,
    /** Whether the configuration leaves this folder or file alone (`ignore`). */
    private readonly isIgnored: (filePath: string) => boolean = () => false,
  ) {}

  add(root: string): void {
    const folder = path.resolve(root);
    if (this.watchers.has(folder) || this.failed) return;
    const watcher = watch(folder, {
      ignoreInitial: true,
      followSymlinks: false,
      depth: MAX_DEPTH,
      ignored: (candidate, stats) => this.skips(folder, candidate, stats?.isDirectory()),
    });
    watcher.on('add', (file) => this.queue({ path: file, type: 'created' }));
    watcher.on('change', (file) => this.queue({ path: file, type: 'changed' }));
    watcher.on('unlink', (file) => this.queue({ path: file, type: 'deleted' }));
    watcher.on('ready', () => this.onReady(folder));
    watcher.on('error', (error) => {
      // Out of watches (ENOSPC) or of file handles: say so once, and stop rather than half-watch.
      this.failed = true;
      this.log(
        `Placeshaper stopped watching ${folder} for changes on disk (${error instanceof Error ? error.message : String(error)}); reopen the folder, or use an editor that watches files, to see changes made outside it.`,
      );
      void this.dispose();
    });
    this.watchers.set(folder, watcher);
  }

  async remove(root: string): Promise<void> {
    const folder = path.resolve(root);
    await this.watchers.get(folder)?.close();
    this.watchers.delete(folder);
  }

  async dispose(): Promise<void> {
    clearTimeout(this.timer);
    const closing = [...this.watchers.values()].map((w) => w.close());
    this.watchers.clear();
    await Promise.all(closing);
  }

  private skips(folder: string, candidate: string, isDirectory: boolean | undefined): boolean {
    if (candidate === folder) return false;
    const name = path.basename(candidate);
    if (name.startsWith('.') && !(CONFIG_FILE_NAMES as readonly string[]).includes(name)) return true;
    if (SKIPPED_FOLDERS.has(name)) return true;
    // Drafts, configuration, and YAML data (the register of facts).
    if (isDirectory === false && !/\.(?:md|ya?ml)$/i.test(name) && !(CONFIG_FILE_NAMES as readonly string[]).includes(name))
      return true;
    return this.isIgnored(candidate);
  }

  private queue(change: FileChange): void {
    this.pending.set(change.path, change);
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      const changes = [...this.pending.values()];
      this.pending = new Map();
      this.onChanges(changes);
    }, SETTLE_MS);
  }
}
