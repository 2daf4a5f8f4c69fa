import * as path from 'node:path';
import { Engine, type FileSystemHost, type RuleSetting } from '../engine';

/** Folders that mark the top of a project: a draft opened on its own belongs to the nearest one above it. */
const PROJECT_MARKERS = ['.placeshaper.yaml', '.placeshaper.json', '.git'];
/** How deep the drafts around a file opened on its own are looked for, below the root inferred for it. */
const INFERRED_ROOT_DEPTH = 3;

/**
 * One engine per workspace folder. A file outside every folder (opened on its own, or in a client
 * with no workspace) gets the engine of a root inferred for it: the nearest folder above it that
 * holds a configuration file or `.git`, else the folder above its own (so that `../scs/x.md` from
 * `laa/` resolves), never the file system's root.
 */
export class Engines {
  private readonly byRoot = new Map<string, Engine>();
  private readonly inferred = new Map<string, Engine>();
  /** The root inferred for each folder a lone file was opened in. */
  private readonly inferredRoots = new Map<string, string>();
  private overrides: Readonly<Record<string, RuleSetting>> = {};

  constructor(
    roots: readonly string[],
    private readonly host: FileSystemHost,
    /** Fixed "today" for tests; the current date otherwise. */
    private readonly today?: Date,
  ) {
    for (const root of roots) this.add(root);
  }

  /** Start again with these workspace folders (on `initialize`). */
  reset(roots: readonly string[]): void {
    this.byRoot.clear();
    this.inferred.clear();
    this.inferredRoots.clear();
    for (const root of roots) this.add(root);
  }

  add(root: string): void {
    const engine = new Engine({ host: this.host, root, today: this.today });
    engine.setRuleOverrides(this.overrides);
    this.byRoot.set(path.resolve(root), engine);
  }

  remove(root: string): void {
    this.byRoot.delete(path.resolve(root));
  }

  all(): Engine[] {
    return [...this.byRoot.values(), ...this.inferred.values()];
  }

  roots(): Engine[] {
    return [...this.byRoot.values()];
  }

  /** The engine of the innermost folder holding the file, else of the root inferred for it. */
  for(filePath: string): Engine {
    let best: Engine | undefined;
    for (const [root, engine] of this.byRoot) {
      const relative = path.relative(root, filePath);
      if (relative.startsWith('..') || path.isAbsolute(relative)) continue;
      if (!best || root.length > best.root!.length) best = engine;
    }
    return best ?? this.inferredFor(filePath);
  }

  private inferredFor(filePath: string): Engine {
    const folder = path.dirname(path.resolve(filePath));
    let root = this.inferredRoots.get(folder);
    if (!root) this.inferredRoots.set(folder, (root = this.inferRoot(folder)));
    let engine = this.inferred.get(root);
    if (!engine) {
      engine = new Engine({ host: this.host, root, today: this.today, maxDepth: INFERRED_ROOT_DEPTH, rootIsInferred: true });
      engine.setRuleOverrides(this.overrides);
      this.inferred.set(root, engine);
    }
    return engine;
  }

  /** The nearest folder above `folder` that marks a project, else the folder above it; never the file system's root. */
  private inferRoot(folder: string): string {
    for (let current = folder; ; current = path.dirname(current)) {
      const names = new Set(this.host.readDirectory(current).map((e) => e.name));
      if (PROJECT_MARKERS.some((marker) => names.has(marker))) return current === path.parse(current).root ? folder : current;
      if (path.dirname(current) === current) break;
    }
    const above = path.dirname(folder);
    return above === path.parse(above).root ? folder : above;
  }

  setRuleOverrides(overrides: Readonly<Record<string, RuleSetting>>): void {
    this.overrides = overrides;
    for (const engine of this.all()) engine.setRuleOverrides(overrides);
  }
}
