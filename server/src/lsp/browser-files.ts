import type { Connection } from 'vscode-languageserver';
import {
  FS_LIST_METHOD,
  FS_READ_METHOD,
  type FsListParams,
  type FsListResult,
  type FsReadParams,
  type FsReadResult,
} from '../../../common/protocol';
import type { MirrorFileSystem } from '../engine';
import type { ClientRequests } from './client-safety';
import { toPath, toUri } from './convert';

/** Files read per request: enough to be quick, few enough that one slow file holds up little. */
const READ_BATCH = 50;

/**
 * Fills the engine's mirror of the workspace through the client (`placeshaper/fs/list`,
 * `placeshaper/fs/read`), for a server in a web worker that has no disk: the folders' drafts and
 * configuration files up front, any other file (a guidance corpus) when the engine first asks for
 * it, and changed files again when the editor reports a change.
 */
export class BrowserFiles {
  private readonly wanted = new Set<string>();
  private fetching: Promise<void> | undefined;

  constructor(
    private readonly connection: Connection,
    private readonly mirror: MirrorFileSystem,
    private readonly client: ClientRequests,
    /** Called with the paths fetched after the engine had asked for them, so that drafts are checked again. */
    private readonly fetched: (paths: readonly string[]) => void,
  ) {
    mirror.onMiss = (filePath) => this.want(filePath);
  }

  /** Lists each folder and reads its files, before the workspace is indexed; `report` hears how far it has got. */
  async loadFolders(roots: readonly string[], report: (message: string) => void = () => undefined): Promise<void> {
    for (const root of roots) {
      const listed = await this.client.send(FS_LIST_METHOD, () =>
        this.connection.sendRequest<FsListResult>(FS_LIST_METHOD, { folderUri: toUri(root) } satisfies FsListParams),
      );
      const files = (listed?.files ?? [])
        .filter((f) => typeof f?.uri === 'string')
        .map((f) => ({ path: toPath(f.uri), size: f.size }));
      this.mirror.list(root, files);
      await this.read(
        files.map((f) => f.path),
        (done) => report(`read ${done} of ${files.length} files`),
      );
    }
  }

  /** Reads changed files again (a file gone is removed). */
  async reload(paths: readonly string[]): Promise<void> {
    await this.read(paths);
  }

  private want(filePath: string): void {
    this.wanted.add(filePath);
    this.fetching ??= Promise.resolve().then(async () => {
      const paths = [...this.wanted];
      this.wanted.clear();
      await this.read(paths);
      this.fetching = undefined;
      this.fetched(paths);
    });
  }

  private async read(paths: readonly string[], readSoFar: (count: number) => void = () => undefined): Promise<void> {
    for (let start = 0; start < paths.length; start += READ_BATCH) {
      if (start > 0) readSoFar(start);
      const batch = paths.slice(start, start + READ_BATCH);
      const answer = await this.client.send(FS_READ_METHOD, () =>
        this.connection.sendRequest<FsReadResult>(FS_READ_METHOD, { uris: batch.map(toUri) } satisfies FsReadParams),
      );
      const byPath = new Map((answer?.files ?? []).filter((f) => typeof f?.uri === 'string').map((f) => [toPath(f.uri), f]));
      for (const filePath of batch) {
        const file = byPath.get(filePath);
        if (typeof file?.text === 'string') this.mirror.store(filePath, file.text, file.size);
        else if (file?.size !== undefined) this.mirror.store(filePath, null, file.size);
        else this.mirror.remove(filePath);
      }
    }
  }
}
