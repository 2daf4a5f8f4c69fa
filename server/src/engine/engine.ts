import * as path from 'node:path';
import { ConfigResolver, type ConfigProblem, type ResolvedConfig, type RuleSetting } from './config/config';
import { GuidanceLibrary } from './guidance/guidance';
import type { FileSystemHost } from './host/file-system';
import { isSuppressed } from './check/suppression';
import type { DraftModel } from './model/draft-model';
import { RULES } from './rules/registry';
import { missingKeys } from './schema/skeleton';
import { SEVERITIES, type Finding, type Report, type Rule, type Severity } from './rules/rule';
import { Workspace } from './workspace/workspace';
import { readRegister, type FactRegister } from './facts/register';
import { withRegisterValues } from './facts/frontmatter-facts';
import { DEFAULT_FACTS_FILE } from './facts/register-schema';
import { CONFIG_LIMITS } from './config/config';
import { megabytes } from './config/config-file';

export interface EngineOptions {
  host: FileSystemHost;
  /** The workspace folder: configuration lookup stops here and links may not leave it. */
  root?: string;
  /** How many folders deep below the root drafts are looked for; every depth by default. */
  maxDepth?: number;
  /** Set when the root was inferred for a draft opened on its own, not given as a workspace folder. */
  rootIsInferred?: boolean;
  /** Fixed "today" for reproducible results; defaults to the current date. */
  today?: Date;
  rules?: readonly Rule[];
}

/** A rule's severity for a draft and what set it: `key` (`laa/period` or `laa/*`) in the editor's settings or in a configuration file. */
export interface RuleSettingSource {
  severity: RuleSetting;
  key?: string;
  /** `editor` for the editor's `placeshaper.rules`; else the configuration file's path. */
  origin?: string;
}

/** How one rule went for a draft: it ran at a severity, or it did not run, and why. */
export type RuleRun =
  | { rule: Rule; ran: true; severity: Severity }
  | { rule: Rule; ran: false; why: 'kind' | 'broken' | 'incomplete' | 'off'; setting?: RuleSettingSource };

/** How the rules went for a draft. */
export interface Evaluation {
  /** The findings that stand, sorted by position. */
  findings: Finding[];
  /** The findings control comments in the draft silence. */
  silenced: Finding[];
  runs: RuleRun[];
}

/** The less severe of two severities. */
function milder(a: Severity, b: Severity): Severity {
  return SEVERITIES.indexOf(a) > SEVERITIES.indexOf(b) ? a : b;
}

/** A rule's report as a finding in `file`, never more severe than the rule runs at. */
function findingOf(report: Report, rule: Rule, severity: Severity, file: string): Finding {
  return { ...report, rule: rule.id, severity: report.severity ? milder(report.severity, severity) : severity, path: file };
}

/** The one entry point the language server, the CLI and the tests share. */
export class Engine {
  readonly workspace: Workspace;
  readonly configs: ConfigResolver;
  readonly guidance = new GuidanceLibrary();
  readonly rules: readonly Rule[];
  /** Today's date, fixed for the engine's life so that results are reproducible. */
  readonly today: Date;
  /** Where the drafts are read from. */
  readonly host: FileSystemHost;
  private readonly extendedGuidance = new WeakMap<ResolvedConfig, GuidanceLibrary>();
  private readonly results = new Map<
    string,
    { draft: DraftModel; generation: number; config: ResolvedConfig; evaluation: Evaluation }
  >();
  private readonly registers = new Map<string, { text: string; tooLarge?: number; register: FactRegister }>();
  private readonly registerResults = new Map<string, { generation: number; register: FactRegister; findings: Finding[] }>();
  /** Severities set by the editor (`placeshaper.rules`), applied over the configuration files. */
  private ruleOverrides: Readonly<Record<string, RuleSetting>> = {};

  constructor(options: EngineOptions) {
    const root = options.root ? path.resolve(options.root) : undefined;
    this.rules = options.rules ?? RULES;
    this.workspace = new Workspace(options.host, root, options.maxDepth, options.rootIsInferred);
    this.configs = new ConfigResolver(
      options.host,
      root,
      () => this.rules.map((rule) => rule.id),
      new Set(this.guidance.passages.map((p) => p.id)),
      this.workspace.containment,
    );
    this.today = options.today ?? new Date();
    this.host = options.host;
  }

  /** The rule with this id among the engine's own rules. */
  rule(id: string): Rule | undefined {
    return this.rules.find((rule) => rule.id === id);
  }

  get root(): string | undefined {
    return this.workspace.root;
  }

  /** The bundled guidance plus any extra corpora the draft's configuration names. */
  guidanceFor(draftPath: string): GuidanceLibrary {
    const config = this.config(draftPath);
    if (config.guidanceCorpora.length === 0) return this.guidance;
    let library = this.extendedGuidance.get(config);
    if (!library) {
      library = new GuidanceLibrary();
      for (const { file, corpus } of config.guidanceCorpora) library.add(corpus, file);
      this.extendedGuidance.set(config, library);
    }
    return library;
  }

  config(draftPath: string): ResolvedConfig {
    return this.configs.forDraft(draftPath);
  }

  /** Problems in the configuration files that apply to a draft. */
  configProblems(draftPath: string): ConfigProblem[] {
    return this.config(draftPath).problems;
  }

  setRuleOverrides(overrides: Readonly<Record<string, RuleSetting>>): void {
    this.ruleOverrides = overrides;
    this.results.clear();
    this.registerResults.clear();
  }

  /** Where the register of facts for a draft is: the file its configuration names, else `facts.yaml` at the root. */
  registerPathFor(draftPath: string): string | undefined {
    const named = this.config(draftPath).factsFile;
    return named ?? (this.root ? path.join(this.root, DEFAULT_FACTS_FILE) : undefined);
  }

  /** The register of facts and figures that applies to a draft; undefined when there is none. */
  registerFor(draftPath: string): FactRegister | undefined {
    const file = this.registerPathFor(draftPath);
    return file ? this.register(file) : undefined;
  }

  /** The register of facts in a file (the open buffer first), read again only when its text changes. */
  register(filePath: string): FactRegister | undefined {
    const file = path.resolve(filePath);
    const data = this.workspace.dataFile(file, CONFIG_LIMITS.fileBytes);
    if (!data) {
      this.registers.delete(file);
      return undefined;
    }
    // Offsets count from after a byte order mark, as they do in drafts and in editors.
    const text = data.text?.replace(/^\uFEFF/, '') ?? '';
    const cached = this.registers.get(file);
    if (cached && cached.text === text && cached.tooLarge === data.tooLarge) return cached.register;
    const register =
      data.tooLarge === undefined
        ? readRegister(file, text)
        : readRegister(
            file,
            '',
            `The register of facts was not read: make it smaller than ${megabytes(CONFIG_LIMITS.fileBytes)}, the most a register may be (it is ${megabytes(data.tooLarge)}).`,
          );
    this.registers.set(file, { text, tooLarge: data.tooLarge, register });
    return register;
  }

  /**
   * The draft as the rules read it: each `{fact: id}` of its frontmatter that the register has
   * in the register's value's place (`register` gives the draft's register, when already at hand).
   */
  withFacts(draft: DraftModel, register: () => FactRegister | undefined = () => this.registerFor(draft.path)): DraftModel {
    return draft.factReferences.some((r) => r.in === 'frontmatter') ? withRegisterValues(draft, register()) : draft;
  }

  /**
   * Whether a file is a register of facts: one a draft has read, the one its own folder's
   * configuration names (read or not yet), or the default `facts.yaml` at the root.
   */
  isRegister(filePath: string): boolean {
    const file = path.resolve(filePath);
    return (
      this.registers.has(file) ||
      (this.root !== undefined && file === path.join(this.root, DEFAULT_FACTS_FILE)) ||
      this.registerPathFor(file) === file
    );
  }

  /** The findings in a register of facts itself (its format, its sources), sorted by position. */
  registerFindings(filePath: string): Finding[] {
    const file = path.resolve(filePath);
    const register = this.register(file);
    if (!register) return [];
    const generation = this.workspace.generation;
    const cached = this.registerResults.get(file);
    if (cached && cached.generation === generation && cached.register === register) return cached.findings;
    const config = this.configs.forFolder(path.dirname(file));
    const findings: Finding[] = [];
    for (const rule of this.rules) {
      if (!rule.checkRegister) continue;
      const { severity } = this.settingOf(config, rule);
      if (severity === 'off') continue;
      rule.checkRegister({
        register,
        workspace: this.workspace,
        report: (report) => findings.push(findingOf(report, rule, severity, file)),
      });
    }
    findings.sort((a, b) => a.span.start - b.span.start || a.rule.localeCompare(b.rule));
    this.registerResults.set(file, { generation, register, findings });
    return findings;
  }

  /** Forget cached configuration (a configuration file changed). */
  reloadConfiguration(): void {
    this.configs.clear();
    this.results.clear();
    this.registerResults.clear();
  }

  /**
   * The draft's findings, sorted by position; [] for ordinary Markdown and ignored files.
   * Cached until the draft, any other draft or the configuration changes.
   */
  check(draftPath: string): Finding[] {
    return this.evaluation(draftPath)?.findings ?? [];
  }

  /**
   * How the rules went for a draft: the findings that stand, those control comments silence, and
   * how each rule ran. Undefined for ordinary Markdown and ignored files; cached like `check`.
   */
  evaluation(draftPath: string): Evaluation | undefined {
    const draft = this.workspace.draft(draftPath);
    if (!draft?.isDraft) return undefined;
    const config = this.config(draft.path);
    if (config.isIgnored(draft.path)) return undefined;
    const generation = this.workspace.generation;
    const cached = this.results.get(draft.path);
    if (cached && cached.draft === draft && cached.generation === generation && cached.config === config)
      return cached.evaluation;
    const { findings: all, runs } = this.evaluate(draft, config);
    const findings: Finding[] = [];
    const silenced: Finding[] = [];
    for (const finding of all) (isSuppressed(draft, finding) ? silenced : findings).push(finding);
    const evaluation = { findings, silenced, runs };
    this.results.set(draft.path, { draft, generation: this.workspace.generation, config, evaluation });
    return evaluation;
  }

  /** The findings of the cross-document rules alone (those that read other drafts): what the workspace index is for. */
  crossDocumentFindings(draftPath: string): Finding[] {
    const draft = this.workspace.draft(draftPath);
    if (!draft?.isDraft) return [];
    const config = this.config(draft.path);
    return config.isIgnored(draft.path) ? [] : this.checkModel(draft, config, (rule) => rule.crossDocument === true);
  }

  checkModel(draft: DraftModel, config: ResolvedConfig, include: (rule: Rule) => boolean = () => true): Finding[] {
    return this.evaluate(draft, config, include).findings.filter((f) => !isSuppressed(draft, f));
  }

  /**
   * Runs the rules over a draft and says how each went: its findings (those control comments
   * silence included, sorted by position) and, for every rule, the severity it ran at or why it
   * did not run. `check` keeps what control comments leave; the review shows the rest too.
   */
  evaluate(
    written: DraftModel,
    config: ResolvedConfig,
    include: (rule: Rule) => boolean = () => true,
  ): { findings: Finding[]; runs: RuleRun[] } {
    // Read only when asked for: most drafts name no fact.
    let register: FactRegister | undefined | null = null;
    const registerOf = () => (register === null ? (register = this.registerFor(written.path)) : register);
    // The rules read `{fact: id}` in the frontmatter as the register's value.
    const draft = this.withFacts(written, registerOf);
    const broken =
      !draft.kind ||
      !draft.parsed.frontmatter?.closed ||
      draft.parsed.frontmatter.yamlErrors.length > 0 ||
      draft.fm.dataError !== undefined;
    const incomplete = !broken && missingKeys(draft, []).length > 0;
    const findings: Finding[] = [];
    const runs: RuleRun[] = [];
    for (const rule of this.rules) {
      if (!include(rule) || rule.checkRegister) continue;
      if (rule.kinds && (!draft.kind || !rule.kinds.includes(draft.kind))) {
        runs.push({ rule, ran: false, why: 'kind' });
        continue;
      }
      if (broken && !rule.runsOnBrokenDrafts) {
        runs.push({ rule, ran: false, why: 'broken' });
        continue;
      }
      if (incomplete && !rule.runsOnIncompleteDrafts) {
        runs.push({ rule, ran: false, why: 'incomplete' });
        continue;
      }
      const setting = this.settingOf(config, rule);
      if (setting.severity === 'off') {
        runs.push({ rule, ran: false, why: 'off', setting });
        continue;
      }
      const severity = setting.severity;
      runs.push({ rule, ran: true, severity });
      rule.check({
        draft,
        config,
        workspace: this.workspace,
        today: this.today,
        get register() {
          return registerOf();
        },
        report: (report) => findings.push(findingOf(report, rule, severity, draft.path)),
      });
    }
    findings.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end || a.rule.localeCompare(b.rule));
    return { findings, runs };
  }

  /** The severity a rule runs at for a draft, and what set it: the editor, a configuration file, or the rule's default. */
  private settingOf(config: ResolvedConfig, rule: Rule): RuleSettingSource {
    const area = `${rule.id.split('/')[0]}/*`;
    for (const key of [rule.id, area]) {
      const severity = this.ruleOverrides[key];
      if (severity) return { severity, key, origin: 'editor' };
    }
    for (const key of [rule.id, area]) {
      const severity = config.rules[key];
      if (severity) return { severity, key, origin: config.ruleOrigins[key] };
    }
    return { severity: rule.defaultSeverity };
  }
}
