import * as path from 'node:path';
import Ajv from 'ajv';
import picomatch from 'picomatch';
import { parse as parseJson, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { isMap } from 'yaml';
import { FrontmatterView, isRecord } from '../parse/frontmatter-view';
import { MAX_ALIAS_COUNT, parseYaml } from '../parse/parse-draft';
import { yamlProblems } from '../parse/yaml-problems';
import type { FileSystemHost } from '../host/file-system';
import { describeSchemaErrors } from '../schema/validate-frontmatter';
import { closest } from '../suggest';
import type { Span } from '../text/line-index';
import type { Severity } from '../rules/rule';
import { corpusSchema } from '../guidance/corpus-schema';
import type { GuidanceCorpus, Passage } from '../guidance/guidance';
import { CONFIG_FILE_NAMES, configSchema } from './config-schema';

export type RuleSetting = Severity | 'off';

/** A problem in a configuration file, reported against that file. */
export interface ConfigProblem {
  path: string;
  span: Span;
  /** The file's text, so that callers can turn the span into a line and column. */
  text: string;
  severity: Severity;
  message: string;
}

export interface ResolvedConfig {
  rules: Record<string, RuleSetting>;
  evidenceMaxAge: number;
  /** Absolute paths of extra guidance files. */
  guidance: string[];
  /** The extra guidance files that loaded, in order. */
  guidanceCorpora: GuidanceCorpus[];
  /** Tests a draft's absolute path against every `ignore` glob of the chain. */
  isIgnored(filePath: string): boolean;
  /** The configuration files used, nearest first. */
  files: string[];
  problems: ConfigProblem[];
}

export const DEFAULT_EVIDENCE_MAX_AGE = 3;

const ajv = new Ajv({ allErrors: true, verbose: true, strict: false });
const validateConfig = ajv.compile(configSchema);
type CorpusFile = Omit<GuidanceCorpus, 'passages'> & { passages: (Omit<Passage, 'topics' | 'keys' | 'terms'> & Partial<Passage>)[] };
const validateCorpus = ajv.compile<CorpusFile>(corpusSchema);

export function defaultConfig(): ResolvedConfig {
  return { rules: {}, evidenceMaxAge: DEFAULT_EVIDENCE_MAX_AGE, guidance: [], guidanceCorpora: [], isIgnored: () => false, files: [], problems: [] };
}

interface ConfigFile {
  path: string;
  text: string;
  view: FrontmatterView;
  data: Record<string, unknown>;
  problems: ConfigProblem[];
  corpora: GuidanceCorpus[];
}

/**
 * Reads, validates and merges configuration: the nearest `.placeshaper.yaml` or
 * `.placeshaper.json` above a draft, with its `extends` chain. Results are cached per folder.
 */
export class ConfigResolver {
  private readonly byFolder = new Map<string, ResolvedConfig>();

  constructor(
    private readonly host: FileSystemHost,
    private readonly root: string | undefined,
    private readonly knownRules: () => readonly string[],
  ) {}

  clear(): void {
    this.byFolder.clear();
  }

  forDraft(draftPath: string): ResolvedConfig {
    return this.forFolder(path.dirname(path.resolve(draftPath)));
  }

  forFolder(folder: string): ResolvedConfig {
    let config = this.byFolder.get(folder);
    if (!config) {
      const file = this.nearestConfigFile(folder);
      config = file ? this.resolve(file, []) : defaultConfig();
      this.byFolder.set(folder, config);
    }
    return config;
  }

  /** The nearest configuration file from `folder` up to the workspace root. */
  nearestConfigFile(folder: string): string | undefined {
    let current = folder;
    for (;;) {
      const found = CONFIG_FILE_NAMES.map((name) => path.join(current, name)).find((candidate) => this.host.isFile(candidate));
      if (found) return found;
      const parent = path.dirname(current);
      if (parent === current || (this.root && path.resolve(current) === path.resolve(this.root))) return undefined;
      current = parent;
    }
  }

  private resolve(filePath: string, chain: string[]): ResolvedConfig {
    const file = this.read(filePath);
    const problems = [...file.problems];
    let parent = defaultConfig();
    const extendsValue = file.data.extends;
    if (typeof extendsValue === 'string') {
      const parentPath = path.resolve(path.dirname(filePath), extendsValue);
      const span = file.view.valueSpan(['extends'])!;
      if ([...chain, filePath].includes(parentPath)) {
        problems.push(problem(file, span, 'error', `\`extends\` leads back to a file already in the chain (${[...chain, filePath, parentPath].map((p) => path.basename(p)).join(' → ')}); remove the loop.`));
      } else if (!this.host.isFile(parentPath)) {
        problems.push(problem(file, span, 'error', `\`extends\` names \`${extendsValue}\`, which does not exist; correct the path relative to this file.`));
      } else {
        parent = this.resolve(parentPath, [...chain, filePath]);
      }
    }
    const folder = path.dirname(filePath);
    const ignore = Array.isArray(file.data.ignore) ? file.data.ignore.filter((g): g is string => typeof g === 'string') : [];
    const matchers = ignore.map((glob) => picomatch(glob, { dot: true }));
    const guidance = Array.isArray(file.data.guidance) ? file.data.guidance.filter((g): g is string => typeof g === 'string') : [];
    const maxAge = file.data['evidence-max-age'];
    return {
      rules: { ...parent.rules, ...ruleSettings(file) },
      evidenceMaxAge: typeof maxAge === 'number' && Number.isInteger(maxAge) && maxAge >= 0 ? maxAge : parent.evidenceMaxAge,
      guidance: [...parent.guidance, ...guidance.map((g) => path.resolve(folder, g))],
      guidanceCorpora: [...parent.guidanceCorpora, ...file.corpora],
      isIgnored: (draftPath) => {
        const relative = path.relative(folder, draftPath).split(path.sep).join('/');
        return (!relative.startsWith('..') && matchers.some((matches) => matches(relative))) || parent.isIgnored(draftPath);
      },
      files: [filePath, ...parent.files],
      problems: [...problems, ...parent.problems.filter((p) => !problems.includes(p))],
    };
  }

  private readCorpus(corpusPath: string): GuidanceCorpus | string {
    const text = this.host.readFile(corpusPath);
    return text === undefined ? 'it cannot be read.' : parseCorpus(text);
  }

  private read(filePath: string): ConfigFile {
    const file = this.readUnsorted(filePath);
    file.problems.sort((a, b) => a.span.start - b.span.start);
    return file;
  }

  private readUnsorted(filePath: string): ConfigFile {
    const text = this.host.readFile(filePath) ?? '';
    if (filePath.endsWith('.json')) {
      const jsonErrors: ParseError[] = [];
      try {
        parseJson(text, jsonErrors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: true });
      } catch (error) {
        // Nested too deeply for the JSON parser's stack: the YAML reading below reports it.
        if (!(error instanceof RangeError)) throw error;
      }
      if (jsonErrors.length) {
        const file: ConfigFile = { path: filePath, text, view: new FrontmatterView(() => undefined, 0), data: {}, problems: [], corpora: [] };
        for (const error of jsonErrors) {
          const span = { start: error.offset, end: Math.min(text.length, error.offset + Math.max(1, error.length)) };
          file.problems.push(problem(file, span, 'error', `This configuration file is not valid JSON: ${jsonErrorText(printParseErrorCode(error.error))}.`));
        }
        return file;
      }
    }
    const document = parseYaml(text, { uniqueKeys: true, prettyErrors: false, logLevel: 'error' });
    const view = new FrontmatterView(() => document, 0, text);
    const file: ConfigFile = { path: filePath, text, view, data: view.data, problems: [], corpora: [] };
    const whole = { start: 0, end: Math.min(text.length, text.indexOf('\n') === -1 ? text.length : text.indexOf('\n')) };
    for (const yamlProblem of yamlProblems(document, text, 0)) {
      file.problems.push(problem(file, yamlProblem.span, 'error', `This configuration file is not valid ${filePath.endsWith('.json') ? 'JSON' : 'YAML'}: ${yamlProblem.explanation}.`));
    }
    if (document.errors.length) return file;
    if (view.dataError) {
      const reason = /alias/i.test(view.dataError) ? `it expands \`*aliases\` more than ${MAX_ALIAS_COUNT} times; write the values out instead` : view.dataError;
      file.problems.push(problem(file, whole, 'error', `This configuration file could not be read: ${reason}.`));
      return file;
    }
    if (!isMap(document.contents)) {
      if (text.trim()) file.problems.push(problem(file, whole, 'error', 'A configuration file should be a map of settings (`rules`, `extends`, `evidence-max-age`, `guidance`, `ignore`).'));
      return file;
    }
    if (!validateConfig(view.data)) {
      for (const p of describeSchemaErrors(validateConfig.errors ?? [], view, whole, 'configuration file', 'The configuration file')) {
        file.problems.push(problem(file, p.span, p.rule === 'format/unknown-key' ? 'warning' : 'error', p.message));
      }
    }
    const rules = view.data.rules;
    if (isRecord(rules)) {
      const known = this.knownRules();
      for (const id of Object.keys(rules)) {
        if (known.includes(id)) continue;
        const area = id.endsWith('/*') ? id.slice(0, -1) : undefined;
        if (area && known.some((k) => k.startsWith(area))) continue;
        const suggestion = closest(id, known);
        file.problems.push(problem(file, view.keySpan(['rules', id]) ?? whole, 'warning', suggestion ? `\`${id}\` is not a Placeshaper rule; did you mean \`${suggestion}\`?` : `\`${id}\` is not a Placeshaper rule; run \`placeshaper rules\` for the list.`));
      }
    }
    for (const [index, guidanceFile] of (Array.isArray(view.data.guidance) ? view.data.guidance : []).entries()) {
      if (typeof guidanceFile !== 'string') continue;
      const span = view.valueSpan(['guidance', index]) ?? whole;
      if (!/\.(json|ya?ml)$/i.test(guidanceFile)) {
        file.problems.push(problem(file, span, 'error', `\`${guidanceFile}\` was not loaded: guidance files are data (\`.json\`, \`.yaml\` or \`.yml\`), never code.`));
      } else if (!this.host.isFile(path.resolve(path.dirname(filePath), guidanceFile))) {
        file.problems.push(problem(file, span, 'error', `\`${guidanceFile}\` does not exist; correct the path relative to this file.`));
      } else {
        const corpus = this.readCorpus(path.resolve(path.dirname(filePath), guidanceFile));
        if (typeof corpus === 'string') file.problems.push(problem(file, span, 'error', `\`${guidanceFile}\` was not loaded: ${corpus}`));
        else file.corpora.push(corpus);
      }
    }
    return file;
  }
}

function jsonErrorText(code: string): string {
  return code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

export function parseCorpus(text: string): GuidanceCorpus | string {
  const document = parseYaml(text, { prettyErrors: false, logLevel: 'error' });
  if (document.errors.length) return `it is not valid YAML or JSON (${document.errors[0].message.split('\n')[0]}).`;
  let data: unknown;
  try {
    data = document.toJS({ maxAliasCount: 100 });
  } catch {
    return 'it expands too many aliases.';
  }
  if (!validateCorpus(data)) {
    const [first] = describeSchemaErrors(validateCorpus.errors ?? [], new FrontmatterView(() => document, 0), { start: 0, end: 0 }, 'guidance corpus', 'The file');
    return `${first.message.charAt(0).toLowerCase()}${first.message.slice(1)} (see schemas/guidance-corpus.schema.json)`;
  }
  const unknownSource = data.passages.find((p) => !(p.source in data.sources));
  if (unknownSource) return `passage \`${unknownSource.id}\` names the source \`${unknownSource.source}\`, which \`sources\` does not list.`;
  return { sources: data.sources, passages: data.passages.map((p) => ({ ...p, topics: p.topics ?? [], keys: p.keys ?? [], terms: p.terms ?? [] })) };
}

function ruleSettings(file: ConfigFile): Record<string, RuleSetting> {
  const rules = file.data.rules;
  if (!isRecord(rules)) return {};
  const settings: Record<string, RuleSetting> = {};
  for (const [id, value] of Object.entries(rules)) {
    if (value === 'off' || value === 'hint' || value === 'info' || value === 'warning' || value === 'error') settings[id] = value;
  }
  return settings;
}

function problem(file: { path: string; text: string }, span: Span, severity: Severity, message: string): ConfigProblem {
  return { path: file.path, text: file.text, span, severity, message };
}

/** The severity a rule runs at under a configuration: its own setting, then its area's (`laa/*`), then its default. */
export function severityFor(config: ResolvedConfig, ruleId: string, fallback: Severity): RuleSetting {
  return config.rules[ruleId] ?? config.rules[`${ruleId.split('/')[0]}/*`] ?? fallback;
}
