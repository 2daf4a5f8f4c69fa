// Configuration as it applies to a draft: the nearest configuration file above it, with its `extends`
// chain merged (nearest wins), looked up once per folder.
import * as path from 'node:path';
import type { FileSystemHost } from '../host/file-system';
import type { RuleSetting, Severity } from '../rules/severity';
import { Containment } from '../workspace/containment';
import { firstLine } from '../text/line-index';
import { CONFIG_FILE_NAMES } from './config-schema';
import { CONFIG_LIMITS, ConfigFileReader, problem, ruleSettings, type ConfigProblem, type WorkspaceCorpus } from './config-file';

export type { RuleSetting } from '../rules/severity';
export { CONFIG_LIMITS, type ConfigProblem, type WorkspaceCorpus } from './config-file';

export interface ResolvedConfig {
  rules: Record<string, RuleSetting>;
  /** For each key of `rules` (a rule id or an area such as `involve/*`), the configuration file that sets it. */
  ruleOrigins: Record<string, string>;
  evidenceMaxAge: number;
  /** Absolute paths of extra guidance files. */
  guidance: string[];
  /** The extra guidance files that loaded, in order. */
  guidanceCorpora: WorkspaceCorpus[];
  /** The register of facts a configuration file names with `facts` (absolute); else the workspace's `facts.yaml`. */
  factsFile?: string;
  /** Tests a draft's absolute path against every `ignore` glob of the chain. */
  isIgnored(filePath: string): boolean;
  /** The configuration files used, nearest first. */
  files: string[];
  problems: ConfigProblem[];
}

export const DEFAULT_EVIDENCE_MAX_AGE = 3;

export function defaultConfig(): ResolvedConfig {
  return {
    rules: {},
    ruleOrigins: {},
    evidenceMaxAge: DEFAULT_EVIDENCE_MAX_AGE,
    guidance: [],
    guidanceCorpora: [],
    isIgnored: () => false,
    files: [],
    problems: [],
  };
}

/**
 * Reads, validates and merges configuration: the nearest `.placeshaper.yaml` or
 * `.placeshaper.json` above a draft, with its `extends` chain. Results are cached per folder.
 * Configuration is never read from outside the workspace root, nor through a link that leads out of it.
 */
export class ConfigResolver {
  private readonly byFolder = new Map<string, ResolvedConfig>();
  private readonly containment: Containment;
  private readonly files: ConfigFileReader;

  constructor(
    private readonly host: FileSystemHost,
    private readonly root: string | undefined,
    knownRules: () => readonly string[],
    /** Ids of the bundled guidance passages, which a workspace corpus may not replace. */
    bundledPassageIds: ReadonlySet<string> = new Set(),
    containment?: Containment,
  ) {
    this.containment = containment ?? new Containment(host, root);
    this.files = new ConfigFileReader(host, root, this.containment, knownRules, bundledPassageIds);
  }

  clear(): void {
    this.byFolder.clear();
  }

  forDraft(draftPath: string): ResolvedConfig {
    return this.forFolder(path.dirname(path.resolve(draftPath)));
  }

  forFolder(folder: string): ResolvedConfig {
    let config = this.byFolder.get(folder);
    if (!config) {
      const found = this.nearestConfigFiles(folder);
      if (!found) config = defaultConfig();
      else {
        config = this.resolve(found.file, []);
        // A `.placeshaper.json` beside the `.placeshaper.yaml` that wins is said to be ignored.
        if (found.ignored) config = { ...config, problems: [...config.problems, this.ignoredTwin(found.ignored, found.file)] };
      }
      this.byFolder.set(folder, config);
    }
    return config;
  }

  /** The nearest configuration file from `folder` up to the workspace root. */
  nearestConfigFile(folder: string): string | undefined {
    return this.nearestConfigFiles(folder)?.file;
  }

  private nearestConfigFiles(folder: string): { file: string; ignored?: string } | undefined {
    let current = folder;
    for (;;) {
      const present = CONFIG_FILE_NAMES.map((name) => path.join(current, name)).filter(
        (candidate) => this.containment.lexicallyInside(candidate) && this.host.isFile(candidate),
      );
      if (present.length) return { file: present[0], ignored: present[1] };
      const parent = path.dirname(current);
      if (parent === current || (this.root && path.resolve(current) === path.resolve(this.root))) return undefined;
      current = parent;
    }
  }

  private ignoredTwin(json: string, yaml: string): ConfigProblem {
    const text =
      this.containment.contains(json) && (this.host.fileSize?.(json) ?? 0) <= CONFIG_LIMITS.fileBytes
        ? (this.host.readFile(json) ?? '')
        : '';
    return problem(
      { path: json, text },
      firstLine(text),
      'warning',
      `This file is ignored: ${path.basename(yaml)} in the same folder wins. Merge the two, and delete this one.`,
    );
  }

  private resolve(filePath: string, chain: string[]): ResolvedConfig {
    const file = this.files.read(filePath);
    const problems = [...file.problems];
    let parent = defaultConfig();
    const extendsValue = file.data.extends;
    if (typeof extendsValue === 'string') {
      const parentPath = path.resolve(path.dirname(filePath), extendsValue);
      const span = file.view.valueSpan(['extends'])!;
      const named = `‘extends’ names ‘${extendsValue}’`;
      if (!this.containment.contains(parentPath)) {
        problems.push(
          problem(
            file,
            span,
            'error',
            `‘extends’ names a file outside the workspace: copy its settings into a file inside it, as configuration is read only from inside the workspace folder (‘${extendsValue}’).`,
          ),
        );
      } else if ([...chain, filePath].includes(parentPath)) {
        problems.push(
          problem(
            file,
            span,
            'error',
            `‘extends’ leads back to a file already in the chain (${[...chain, filePath, parentPath].map((p) => path.basename(p)).join(' → ')}); remove the loop.`,
          ),
        );
      } else if (chain.length + 1 >= CONFIG_LIMITS.extendsDepth) {
        problems.push(
          problem(
            file,
            span,
            'error',
            `‘extends’ chains more than ${CONFIG_LIMITS.extendsDepth} configuration files; ${path.basename(parentPath)} and the files it extends were not read. Merge some of them.`,
          ),
        );
      } else if (!this.host.isFile(parentPath)) {
        problems.push(problem(file, span, 'error', `${named}, which does not exist; correct the path relative to this file.`));
      } else {
        parent = this.resolve(parentPath, [...chain, filePath]);
      }
    }
    const folder = path.dirname(filePath);
    const guidance = Array.isArray(file.data.guidance)
      ? file.data.guidance.filter((g): g is string => typeof g === 'string')
      : [];
    const maxAge = file.data['evidence-max-age'];
    const own = ruleSettings(file);
    return {
      rules: { ...parent.rules, ...own },
      ruleOrigins: { ...parent.ruleOrigins, ...Object.fromEntries(Object.keys(own).map((key) => [key, filePath])) },
      evidenceMaxAge: typeof maxAge === 'number' && Number.isInteger(maxAge) && maxAge >= 0 ? maxAge : parent.evidenceMaxAge,
      guidance: [...parent.guidance, ...guidance.map((g) => path.resolve(folder, g))],
      guidanceCorpora: [...parent.guidanceCorpora, ...file.corpora],
      factsFile: file.factsFile ?? parent.factsFile,
      isIgnored: (draftPath) => {
        const relative = path.relative(folder, draftPath).split(path.sep).join('/');
        return (
          (relative !== '..' && !relative.startsWith('../') && file.ignore.some((matches) => matches(relative))) ||
          parent.isIgnored(draftPath)
        );
      },
      files: [filePath, ...parent.files],
      problems: [...problems, ...parent.problems.filter((p) => !problems.includes(p))],
    };
  }
}

/** The severity a rule runs at under a configuration: its own setting, then its area's (`laa/*`), then its default. */
export function severityFor(config: ResolvedConfig, ruleId: string, fallback: Severity): RuleSetting {
  return config.rules[ruleId] ?? config.rules[`${ruleId.split('/')[0]}/*`] ?? fallback;
}
