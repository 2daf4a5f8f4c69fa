// One configuration file read and checked: its syntax, its schema, the rules it names, the guidance
// files it loads and the ignore patterns it can use; nothing outside the workspace, nothing past a limit.
import * as path from 'node:path';
import Ajv from 'ajv';
import picomatch from 'picomatch';
import { parse as parseJson, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { isMap } from 'yaml';
import { parseCorpus } from '../guidance/corpus-file';
import type { GuidanceCorpus } from '../guidance/guidance';
import type { FileSystemHost } from '../host/file-system';
import { FrontmatterView, isRecord } from '../parse/frontmatter-view';
import { MAX_ALIAS_COUNT, parseYaml } from '../parse/parse-draft';
import { yamlProblems } from '../parse/yaml-problems';
import type { RuleSetting, Severity } from '../rules/severity';
import { describeSchemaErrors } from '../schema/validate-frontmatter';
import { closest } from '../suggest';
import { firstLine, type Span } from '../text/line-index';
import type { Containment } from '../workspace/containment';
import { configSchema } from './config-schema';

/** A problem in a configuration file, reported against that file. */
export interface ConfigProblem {
  path: string;
  span: Span;
  /** The file's text, so that callers can turn the span into a line and column. */
  text: string;
  severity: Severity;
  message: string;
}

/** An extra guidance corpus and the configuration-relative file it was read from. */
export interface WorkspaceCorpus {
  /** The file's path relative to the workspace root (or as written, without one), for attributions. */
  file: string;
  corpus: GuidanceCorpus;
}

/** The limits on configuration, each reported in place (`config/invalid`) when passed; the rest still applies. */
export const CONFIG_LIMITS = {
  /** A configuration or guidance file larger than this is not read. */
  fileBytes: 1_000_000,
  /** Files in one `extends` chain, the nearest included. */
  extendsDepth: 16,
  /** `ignore` patterns in one file. */
  ignorePatterns: 1000,
  /** Characters in one `ignore` pattern. */
  patternLength: 4096,
} as const;

const ajv = new Ajv({ allErrors: true, verbose: true, strict: false });
const validateConfig = ajv.compile(configSchema);

/** A configuration file as read: its text, its data (empty when it could not be read), and what is wrong with it. */
export interface ConfigFile {
  path: string;
  text: string;
  view: FrontmatterView;
  data: Record<string, unknown>;
  problems: ConfigProblem[];
  corpora: WorkspaceCorpus[];
  /** The `ignore` patterns that can be used, with their matchers. */
  ignore: ((relative: string) => boolean)[];
  /** The register of facts the file names with `facts` (absolute), when it can be read. */
  factsFile?: string;
}

export const megabytes = (bytes: number) => `${(bytes / 1_000_000).toFixed(1)} MB`;

/** Reads one configuration file at a time, within the workspace and the limits. */
export class ConfigFileReader {
  constructor(
    private readonly host: FileSystemHost,
    private readonly root: string | undefined,
    private readonly containment: Containment,
    private readonly knownRules: () => readonly string[],
    /** Ids of the bundled guidance passages, which a workspace corpus may not replace. */
    private readonly bundledPassageIds: ReadonlySet<string>,
  ) {}

  read(filePath: string): ConfigFile {
    const file = this.parse(filePath);
    if (Object.keys(file.data).length) {
      this.checkRules(file);
      this.loadGuidance(file);
      this.readIgnore(file);
      this.readFactsFile(file);
    }
    file.problems.sort((a, b) => a.span.start - b.span.start);
    return file;
  }

  /** The file's text as YAML or JSON, with its syntax and schema problems; no data when it cannot or may not be read. */
  private parse(filePath: string): ConfigFile {
    const empty = (text: string): ConfigFile => ({
      path: filePath,
      text,
      view: new FrontmatterView(() => undefined, 0),
      data: {},
      problems: [],
      corpora: [],
      ignore: [],
    });
    /** A file left unread, with the reason at its start. */
    const unread = (reason: string): ConfigFile => {
      const file = empty('');
      file.problems.push(problem(file, { start: 0, end: 0 }, 'error', reason));
      return file;
    };
    if (!this.containment.contains(filePath)) {
      return unread(
        'This configuration file was not read: put a file inside the workspace in place of this link, as configuration is read only from inside the workspace folder.',
      );
    }
    const size = this.host.fileSize?.(filePath) ?? 0;
    if (size > CONFIG_LIMITS.fileBytes) {
      return unread(
        `This configuration file was not read: make it smaller than ${megabytes(CONFIG_LIMITS.fileBytes)}, the most a configuration file may be (it is ${megabytes(size)}).`,
      );
    }
    const text = this.host.readFile(filePath) ?? '';
    const json = filePath.endsWith('.json');
    if (json) {
      const jsonErrors: ParseError[] = [];
      try {
        parseJson(text, jsonErrors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: true });
      } catch (error) {
        // Nested too deeply for the JSON parser's stack: the YAML reading below reports it.
        if (!(error instanceof RangeError)) throw error;
      }
      if (jsonErrors.length) {
        const file = empty(text);
        for (const error of jsonErrors) {
          const span = { start: error.offset, end: Math.min(text.length, error.offset + Math.max(1, error.length)) };
          file.problems.push(
            problem(
              file,
              span,
              'error',
              `This configuration file is not valid JSON: check the JSON here (${jsonErrorText(printParseErrorCode(error.error))}).`,
            ),
          );
        }
        return file;
      }
    }
    const document = parseYaml(text, { uniqueKeys: true, prettyErrors: false, logLevel: 'error' });
    const view = new FrontmatterView(() => document, 0, text);
    const file: ConfigFile = { path: filePath, text, view, data: {}, problems: [], corpora: [], ignore: [] };
    const whole = firstLine(text);
    for (const yamlProblem of yamlProblems(document, text, 0)) {
      file.problems.push(
        problem(
          file,
          yamlProblem.span,
          'error',
          `This configuration file is not valid ${json ? 'JSON' : 'YAML'}: ${yamlProblem.explanation}.`,
        ),
      );
    }
    if (document.errors.length) return file;
    if (view.dataError) {
      const reason = /alias/i.test(view.dataError)
        ? `it expands ‘*aliases’ more than ${MAX_ALIAS_COUNT} times; write the values out instead`
        : 'its values cannot be read';
      file.problems.push(problem(file, whole, 'error', `This configuration file could not be read: ${reason}.`));
      return file;
    }
    if (!isMap(document.contents)) {
      if (text.trim())
        file.problems.push(
          problem(
            file,
            whole,
            'error',
            'A configuration file should be a map of settings (‘rules’, ‘extends’, ‘evidence-max-age’, ‘guidance’, ‘ignore’, ‘facts’).',
          ),
        );
      return file;
    }
    file.data = view.data;
    if (!validateConfig(view.data)) {
      for (const p of describeSchemaErrors(
        validateConfig.errors ?? [],
        view,
        whole,
        'configuration file',
        'The configuration file',
      )) {
        file.problems.push(problem(file, p.span, p.rule === 'format/unknown-key' ? 'warning' : 'error', p.message));
      }
    }
    return file;
  }

  /** Rule ids the configuration names that are not rules (with the nearest one suggested). */
  private checkRules(file: ConfigFile): void {
    const rules = file.data.rules;
    if (!isRecord(rules)) return;
    const known = this.knownRules();
    for (const id of Object.keys(rules)) {
      if (known.includes(id)) continue;
      const area = id.endsWith('/*') ? id.slice(0, -1) : undefined;
      if (area && known.some((k) => k.startsWith(area))) continue;
      const suggestion = closest(id, known);
      const span = file.view.keySpan(['rules', id]) ?? firstLine(file.text);
      file.problems.push(
        problem(
          file,
          span,
          'warning',
          suggestion
            ? `‘${id}’ is not a Placeshaper rule; did you mean ‘${suggestion}’?`
            : `‘${id}’ is not a Placeshaper rule; run ‘placeshaper rules’ for the list.`,
        ),
      );
    }
  }

  /** The extra guidance corpora the file names: data files inside the workspace, within the size limit, that replace no bundled passage. */
  private loadGuidance(file: ConfigFile): void {
    const entries = Array.isArray(file.data.guidance) ? file.data.guidance : [];
    for (const [index, guidanceFile] of entries.entries()) {
      if (typeof guidanceFile !== 'string') continue;
      const span = file.view.valueSpan(['guidance', index]) ?? firstLine(file.text);
      const corpusPath = path.resolve(path.dirname(file.path), guidanceFile);
      const refused = (why: string) =>
        file.problems.push(problem(file, span, 'error', `‘${guidanceFile}’ was not loaded: ${why}`));
      if (!/\.(json|ya?ml)$/i.test(guidanceFile)) {
        refused('use a data file (‘.json’, ‘.yaml’ or ‘.yml’), as guidance files are never code.');
        continue;
      }
      if (!this.containment.contains(corpusPath)) {
        refused('move it inside the workspace, as guidance is read only from inside the workspace folder.');
        continue;
      }
      if (!this.host.isFile(corpusPath)) {
        file.problems.push(
          problem(file, span, 'error', `‘${guidanceFile}’ does not exist; correct the path relative to this file.`),
        );
        continue;
      }
      const size = this.host.fileSize?.(corpusPath) ?? 0;
      if (size > CONFIG_LIMITS.fileBytes) {
        refused(
          `make it smaller than ${megabytes(CONFIG_LIMITS.fileBytes)}, the most a guidance file may be (it is ${megabytes(size)}).`,
        );
        continue;
      }
      const corpus = parseCorpus(this.host.readFile(corpusPath) ?? '');
      if (typeof corpus === 'string') {
        refused(corpus);
        continue;
      }
      const clashes = corpus.passages.filter((p) => this.bundledPassageIds.has(p.id));
      if (clashes.length) {
        refused(
          `give ${clashes.length === 1 ? 'passage' : 'passages'} ${clashes.map((p) => `‘${p.id}’`).join(', ')} ${clashes.length === 1 ? 'an id' : 'ids'} of its own, as ${clashes.length === 1 ? 'it has the id' : 'they have the ids'} of Placeshaper's own guidance, which a workspace file cannot replace.`,
        );
        continue;
      }
      file.corpora.push({
        file: this.root ? path.relative(this.root, corpusPath).split(path.sep).join('/') : guidanceFile,
        corpus,
      });
    }
  }

  /** The register of facts the file names: a YAML file inside the workspace (said when it does not exist). */
  private readFactsFile(file: ConfigFile): void {
    const named = file.data.facts;
    if (typeof named !== 'string' || !named) return;
    const span = file.view.valueSpan(['facts']) ?? firstLine(file.text);
    const registerPath = path.resolve(path.dirname(file.path), named);
    const refused = (why: string) => file.problems.push(problem(file, span, 'error', `‘facts’ names ‘${named}’, ${why}`));
    if (!/\.ya?ml$/i.test(named)) refused('which is not a YAML file: name a ‘.yaml’ or ‘.yml’ file.');
    else if (!this.containment.contains(registerPath))
      refused('which is outside the workspace: keep the register inside the workspace folder, as nothing outside it is read.');
    else {
      // Named, the register is this file even while it does not exist: the drafts are never checked against another.
      file.factsFile = registerPath;
      if (!this.host.isFile(registerPath))
        refused('which does not exist: correct the path relative to this file, or add the register there.');
    }
  }

  /** The `ignore` patterns that can be used: the schema reports the empty, the overlong and those past the limit. */
  private readIgnore(file: ConfigFile): void {
    const patterns = Array.isArray(file.data.ignore) ? file.data.ignore.slice(0, CONFIG_LIMITS.ignorePatterns) : [];
    for (const [index, pattern] of patterns.entries()) {
      if (typeof pattern !== 'string' || pattern.length === 0 || pattern.length > CONFIG_LIMITS.patternLength) continue;
      try {
        file.ignore.push(picomatch(pattern, { dot: true }));
      } catch {
        const span = file.view.valueSpan(['ignore', index]) ?? firstLine(file.text);
        file.problems.push(
          problem(
            file,
            span,
            'error',
            `‘ignore’ entry ${index + 1} is not a glob pattern Placeshaper can read; write it as ‘archive/**’ or ‘**/old-*.md’.`,
          ),
        );
      }
    }
  }
}

function jsonErrorText(code: string): string {
  return code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

export function ruleSettings(file: ConfigFile): Record<string, RuleSetting> {
  const rules = file.data.rules;
  if (!isRecord(rules)) return {};
  const settings: Record<string, RuleSetting> = {};
  for (const [id, value] of Object.entries(rules)) {
    if (value === 'off' || value === 'hint' || value === 'info' || value === 'warning' || value === 'error') settings[id] = value;
  }
  return settings;
}

export function problem(file: { path: string; text: string }, span: Span, severity: Severity, message: string): ConfigProblem {
  return { path: file.path, text: file.text, span, severity, message };
}
