import * as path from 'node:path';
import { Engine } from '../engine/engine';
import { NodeFileSystem, type FileSystemHost } from '../engine/host/file-system';
import type { RuleSetting } from '../engine/config/config';

/** One engine per workspace folder; files outside every folder share one engine with no root. */
export class Engines {
  private readonly byRoot = new Map<string, Engine>();
  private readonly loose: Engine;
  private overrides: Readonly<Record<string, RuleSetting>> = {};

  constructor(
    roots: readonly string[],
    private readonly host: FileSystemHost = new NodeFileSystem(),
  ) {
    for (const root of roots) this.add(root);
    this.loose = new Engine({ host });
  }

  /** Start again with these workspace folders (on `initialize`). */
  reset(roots: readonly string[]): void {
    this.byRoot.clear();
    for (const root of roots) this.add(root);
  }

  add(root: string): void {
    const engine = new Engine({ host: this.host, root });
    engine.setRuleOverrides(this.overrides);
    this.byRoot.set(path.resolve(root), engine);
  }

  remove(root: string): void {
    this.byRoot.delete(path.resolve(root));
  }

  all(): Engine[] {
    return [...this.byRoot.values(), this.loose];
  }

  roots(): Engine[] {
    return [...this.byRoot.values()];
  }

  /** The engine of the innermost folder holding the file. */
  for(filePath: string): Engine {
    let best: Engine | undefined;
    for (const [root, engine] of this.byRoot) {
      const relative = path.relative(root, filePath);
      if (relative.startsWith('..') || path.isAbsolute(relative)) continue;
      if (!best || root.length > best.root!.length) best = engine;
    }
    return best ?? this.loose;
  }

  setRuleOverrides(overrides: Readonly<Record<string, RuleSetting>>): void {
    this.overrides = overrides;
    for (const engine of this.all()) engine.setRuleOverrides(overrides);
  }
}
