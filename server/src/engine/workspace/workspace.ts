import * as path from 'node:path';
import { buildModel, type DraftModel } from '../model/draft-model';
import { parseDraft } from '../parse/parse-draft';
import type { FileSystemHost } from '../host/file-system';
import { Containment } from './containment';
import type { FactUse, IncomingReference, ResolvedLink, WorkspaceView } from './workspace-view';

interface Source {
  text: string;
  version: number;
}

/** The version of a file read from disk rather than from an editor buffer. */
const ON_DISK = -1;

/** Folders never walked for drafts (hidden folders, such as `.git`, are skipped too). */
export const SKIPPED_FOLDERS: ReadonlySet<string> = new Set(['node_modules', 'dist', 'out']);

/**
 * The drafts of one workspace folder: open buffers override the disk, each text is parsed
 * once, and the cross-document index (file list, links, references) is rebuilt lazily after
 * any change.
 */
export class Workspace implements WorkspaceView {
  private readonly openDocuments = new Map<string, Source>();
  private readonly models = new Map<string, { source: Source; model: DraftModel }>();
  private readonly unreadable = new Set<string>();
  /** Data files (the register of facts) read from disk, kept until `invalidate` says they changed. */
  private readonly dataFiles = new Map<string, DataFile | undefined>();
  private fileList: string[] | undefined;
  private changes = 0;
  private index: WorkspaceIndex | undefined;
  readonly containment: Containment;

  constructor(
    readonly host: FileSystemHost,
    readonly root: string | undefined,
    /** How many folders deep below the root drafts are looked for (a root inferred for a lone file is walked shallowly). */
    private readonly maxDepth = Infinity,
    /** Set when the root was inferred for a draft opened on its own, not given as a workspace folder. */
    readonly rootIsInferred = false,
  ) {
    this.containment = new Containment(host, root);
  }

  open(filePath: string, text: string, version: number): void {
    const key = path.resolve(filePath);
    this.openDocuments.set(key, { text, version });
    this.unreadable.delete(key);
    // An open buffer counts whether or not it is on disk (unsaved, or outside any workspace folder).
    if (this.fileList && this.counts(key) && !this.fileList.includes(key)) this.fileList = [...this.fileList, key].sort();
    this.forgetIndex();
  }

  close(filePath: string): void {
    const key = path.resolve(filePath);
    this.openDocuments.delete(key);
    this.models.delete(key);
    // Closed, it counts only as a file on disk under the workspace folder.
    if (this.fileList?.includes(key) && !(this.root && this.host.isFile(key)))
      this.fileList = this.fileList.filter((f) => f !== key);
    this.forgetIndex();
  }

  /** Forget what was read of a file on disk (it changed, appeared or was deleted). */
  invalidate(filePath: string): void {
    const key = path.resolve(filePath);
    if (!this.openDocuments.has(key)) this.models.delete(key);
    this.unreadable.delete(key);
    this.dataFiles.delete(key);
    this.fileList = undefined;
    this.containment.forget();
    this.forgetIndex();
  }

  /** Forget everything read from disk (the folder may have changed in ways nobody reported): read it again when asked. */
  rescan(): void {
    for (const key of [...this.models.keys()]) if (!this.openDocuments.has(key)) this.models.delete(key);
    this.unreadable.clear();
    this.dataFiles.clear();
    this.fileList = undefined;
    this.containment.forget();
    this.forgetIndex();
  }

  /**
   * A data file of the workspace (the register of facts): the open buffer, else the file on disk,
   * read once until it changes, and not read at all past `maxBytes`; undefined when it does not
   * exist or lies outside the root.
   */
  dataFile(filePath: string, maxBytes = Infinity): DataFile | undefined {
    const key = path.resolve(filePath);
    const open = this.openDocuments.get(key);
    if (open) return { text: open.text };
    if (!this.isInside(key)) return undefined;
    if (!this.dataFiles.has(key)) {
      const size = this.host.isFile(key) ? (this.host.fileSize?.(key) ?? 0) : undefined;
      const text = size !== undefined && size <= maxBytes ? this.readFromDisk(key)?.text : undefined;
      this.dataFiles.set(key, size === undefined ? undefined : text !== undefined ? { text } : { tooLarge: size });
    }
    return this.dataFiles.get(key);
  }

  isOpen(filePath: string): boolean {
    return this.openDocuments.has(path.resolve(filePath));
  }

  isInside(filePath: string): boolean {
    return this.containment.lexicallyInside(filePath);
  }

  draft(filePath: string): DraftModel | undefined {
    const key = path.resolve(filePath);
    if (!this.isInside(key)) return undefined;
    const open = this.openDocuments.get(key);
    const cached = this.models.get(key);
    // A file on disk is read once and kept until `invalidate` says it changed.
    if (cached && (open ? cached.source === open : cached.source.version === ON_DISK)) return cached.model;
    if (!open && this.unreadable.has(key)) return undefined;
    const source = open ?? this.readFromDisk(key);
    if (!source) {
      this.models.delete(key);
      this.unreadable.add(key);
      return undefined;
    }
    // The previous version of the same file lets the parse reuse what the edit left alone.
    const previous = cached?.model;
    const model = buildModel(parseDraft(key, source.text, source.version, previous?.parsed, { scanBody: !open }), previous);
    this.models.set(key, { source, model });
    this.forgetIndex();
    return model;
  }

  /** Every Markdown file under the root (open ones included), sorted. */
  files(): string[] {
    if (!this.fileList) {
      const found = new Set<string>(this.root ? this.walk(this.root, 0) : []);
      for (const open of this.openDocuments.keys()) if (this.counts(open)) found.add(open);
      this.fileList = [...found].sort();
    }
    return this.fileList;
  }

  /** Whether an open buffer belongs in the file list: Markdown, inside the root. */
  private counts(key: string): boolean {
    return /\.md$/i.test(key) && this.isInside(key);
  }

  drafts(): DraftModel[] {
    return this.currentIndex().drafts;
  }

  resolve(from: DraftModel, target: string): ResolvedLink {
    const resolved = path.resolve(path.dirname(from.path), target.split('/').join(path.sep));
    return { path: resolved, outside: !this.containment.contains(resolved) };
  }

  linked(from: DraftModel, role: string): DraftModel | undefined {
    const link = from.related.find((r) => r.role === role);
    if (!link) return undefined;
    const resolved = this.resolve(from, link.target);
    if (resolved.outside) return undefined;
    const target = this.draft(resolved.path);
    return target?.isDraft ? target : undefined;
  }

  scsOf(draft: DraftModel): DraftModel | undefined {
    const scs = this.linked(draft, 'scs');
    return scs?.kind === 'sustainable-community-strategy' ? scs : undefined;
  }

  referencesTo(scs: DraftModel): IncomingReference[] {
    return this.currentIndex().referencesTo.get(scs.path) ?? [];
  }

  factUses(id: string): FactUse[] {
    return this.factIndex().get(id) ?? [];
  }

  /** Every fact id the drafts name, with its uses, gathered once per generation. */
  private factIndex(): ReadonlyMap<string, FactUse[]> {
    const index = this.currentIndex();
    if (!index.factUses) {
      const uses = new Map<string, FactUse[]>();
      for (const draft of index.drafts)
        for (const reference of draft.factReferences) {
          if (reference.id === undefined) continue;
          const list = uses.get(reference.id) ?? [];
          list.push({ draft, reference });
          uses.set(reference.id, list);
        }
      index.factUses = uses;
    }
    return index.factUses;
  }

  /** Drafts whose `related` or body links lead to this file: they must be re-checked when it changes. */
  dependentsOf(filePath: string): string[] {
    return [...(this.currentIndex().dependents.get(path.resolve(filePath)) ?? [])].sort();
  }

  /** Files this draft links to. */
  dependenciesOf(filePath: string): string[] {
    const draft = this.draft(filePath);
    if (!draft) return [];
    const targets = [...draft.related.map((r) => r.target), ...draft.bodyLinks.map((l) => l.target)]
      .map((t) => this.resolve(draft, t))
      .filter((r) => !r.outside)
      .map((r) => r.path);
    return [...new Set(targets)].sort();
  }

  /**
   * Grows whenever any draft, the file list or an open buffer changes: results that depend
   * on other drafts are valid only for the generation they were computed in.
   */
  get generation(): number {
    return this.changes;
  }

  private forgetIndex(): void {
    this.index = undefined;
    this.changes++;
  }

  private currentIndex(): WorkspaceIndex {
    if (!this.index) this.index = this.buildIndex();
    return this.index;
  }

  private buildIndex(): WorkspaceIndex {
    const drafts = this.files()
      .map((f) => this.draft(f))
      .filter((d): d is DraftModel => d?.isDraft === true);
    const referencesTo = new Map<string, IncomingReference[]>();
    const dependents = new Map<string, Set<string>>();
    for (const draft of drafts) {
      for (const dependency of this.dependenciesOf(draft.path)) {
        if (!dependents.has(dependency)) dependents.set(dependency, new Set());
        dependents.get(dependency)!.add(draft.path);
      }
      if (draft.references.length === 0) continue;
      const scs = this.scsOf(draft);
      if (!scs) continue;
      const list = referencesTo.get(scs.path) ?? [];
      for (const reference of draft.references) list.push({ draft, reference });
      referencesTo.set(scs.path, list);
    }
    // `dependenciesOf` and `scsOf` may parse drafts and so clear the index; this one is complete.
    return { drafts, referencesTo, dependents };
  }

  private walk(folder: string, depth: number): string[] {
    const found: string[] = [];
    for (const entry of this.host.readDirectory(folder)) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory) {
        if (depth < this.maxDepth && !SKIPPED_FOLDERS.has(entry.name) && !entry.name.startsWith('.'))
          found.push(...this.walk(full, depth + 1));
      } else if (entry.isFile && /\.md$/i.test(entry.name)) {
        found.push(full);
      }
    }
    return found;
  }

  private readFromDisk(key: string): Source | undefined {
    // A file inside the root that is a symbolic link to one outside it is never read.
    if (!this.containment.stillInsideOnDisk(key)) return undefined;
    const text = this.host.readFile(key);
    return text === undefined ? undefined : { text, version: ON_DISK };
  }
}

/** A data file as read: its text, or its size when it is too large to read. */
export type DataFile = { text: string; tooLarge?: undefined } | { text?: undefined; tooLarge: number };

interface WorkspaceIndex {
  drafts: DraftModel[];
  /** The drafts' references to facts by id, gathered on first use. */
  factUses?: Map<string, FactUse[]>;
  referencesTo: Map<string, IncomingReference[]>;
  dependents: Map<string, Set<string>>;
}
