import * as path from 'node:path';
import { buildModel, type DraftModel } from '../model/draft-model';
import { parseDraft } from '../parse/parse-draft';
import type { FileSystemHost } from '../host/file-system';
import type { WorkspaceView } from './workspace-view';

interface Source {
  text: string;
  version: number;
  open: boolean;
}

/**
 * The drafts of one workspace folder: open buffers override the disk, and each text is
 * parsed once, its model cached until the text changes.
 */
export class Workspace implements WorkspaceView {
  private readonly openDocuments = new Map<string, { text: string; version: number }>();
  private readonly models = new Map<string, { source: Source; model: DraftModel }>();

  constructor(
    readonly host: FileSystemHost,
    readonly root: string | undefined,
  ) {}

  open(filePath: string, text: string, version: number): void {
    this.openDocuments.set(path.resolve(filePath), { text, version });
  }

  close(filePath: string): void {
    this.openDocuments.delete(path.resolve(filePath));
    this.models.delete(path.resolve(filePath));
  }

  /** Forget a cached file read from disk (it changed or was deleted). */
  invalidate(filePath: string): void {
    const key = path.resolve(filePath);
    if (!this.openDocuments.has(key)) this.models.delete(key);
  }

  isOpen(filePath: string): boolean {
    return this.openDocuments.has(path.resolve(filePath));
  }

  draft(filePath: string): DraftModel | undefined {
    const key = path.resolve(filePath);
    const source = this.source(key);
    if (!source) {
      this.models.delete(key);
      return undefined;
    }
    const cached = this.models.get(key);
    if (cached && cached.source.version === source.version && cached.source.text === source.text) return cached.model;
    const model = buildModel(parseDraft(key, source.text, source.version));
    this.models.set(key, { source, model });
    return model;
  }

  private source(key: string): Source | undefined {
    const open = this.openDocuments.get(key);
    if (open) return { ...open, open: true };
    const text = this.host.readFile(key);
    return text === undefined ? undefined : { text, version: -1, open: false };
  }
}
