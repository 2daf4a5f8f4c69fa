import * as path from 'node:path';
import { Command, CommanderError, Option } from 'commander';
import { Engine, explainRule, NodeFileSystem } from '../engine/node';
import { UsageError, type CliIo } from './io';
import { loadDrafts, parseToday } from './load-drafts';

export type { CliIo } from './io';
import { formatGithub } from './formatters/github';
import { formatJson } from './formatters/json';
import { formatSarif } from './formatters/sarif';
import { formatText } from './formatters/text';
import { buildReport, withDiagnostics, type CheckReport } from './report';
import { newFindings, readBaseline, writeBaseline } from './git/compare';
import { checkRevision, engineAtRevision } from './git/snapshot';
import { registerImpactCommand } from './git/command';
import { registerMatrixCommand } from './matrix/command';
import { registerReviewCommand } from './review/command';
import { registerScheduleCommand } from './schedule/command';
import { TOOL_VERSION } from '../../../common/product';

const FORMATS = ['text', 'json', 'sarif', 'github'] as const;

/** Runs the command line and returns the exit code: 0 clean, 1 problems, 2 usage or I/O errors. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  let exitCode = 0;
  const program = new Command('placeshaper')
    .description(
      'Checks Sustainable Community Strategies, Local Area Agreements, LDF Core Strategies and housing strategies written as Markdown with YAML frontmatter, against the 2008 statutory guidance.',
    )
    .addHelpText(
      'after',
      `
Examples:
  placeshaper check                          check every draft under the current folder
  placeshaper check scs/ laa/county-laa.md   check some drafts
  placeshaper check --format sarif > placeshaper.sarif
  placeshaper explain laa/lead-partner       quote the guidance behind a rule
  placeshaper lsp                            the language server, as an editor starts it

Run \`placeshaper check --help\` for output formats, exit codes and configuration.`,
    )
    .version(TOOL_VERSION, '-v, --version')
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .showHelpAfterError('(run `placeshaper --help` for usage)');

  program
    .command('check')
    .description('check drafts and print their diagnostics (never writes files)')
    .argument('[paths...]', 'drafts or folders to check (default: the current folder)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(FORMATS).default('text'))
    .option('--max-warnings <count>', 'exit 1 when there are more warnings than this', parseCount)
    .option(
      '--root <folder>',
      'workspace root: configuration lookup stops here and links may not leave it (default: the current folder)',
    )
    .option('--since <revision>', 'report only diagnostics that are new since this git revision (e.g. main, HEAD~3)')
    .option('--baseline <file>', 'leave out the diagnostics recorded in this baseline file')
    .option(
      '--write-baseline <file>',
      'record the current diagnostics in this file (the only time check writes a file), then exit 0',
    )
    .addHelpText(
      'after',
      `
Output (text): file:line:column  severity  rule-id  message, then a summary line.
  json    one object: tool, drafts, diagnostics (1-based ranges, related places, fixes), summary
  sarif   SARIF 2.1.0 for GitHub code scanning
  github  GitHub Actions annotations (::error file=…,line=…::message)

Exit codes: 0 no errors (and warnings within --max-warnings), 1 errors or too many warnings,
            2 usage or I/O error (explained on one line).

Configuration: the nearest .placeshaper.yaml or .placeshaper.json above each draft
(rules, extends, evidence-max-age, guidance, ignore).`,
    )
    .action(async (paths: string[], options: CheckOptions) => {
      const root = path.resolve(io.cwd, options.root ?? '.');
      if (options.since !== undefined) checkRevision(options.since);
      const today = io.today ? parseToday(io.today) : undefined;
      const { engine, files, unreadable } = loadDrafts(paths, root, io, today);
      const progress = io.progress;
      const counting = (where: string) => (current: number, total: number) =>
        progress?.update(`placeshaper: checking ${current} of ${total} Markdown files${where}`);
      let report: CheckReport;
      try {
        report = buildReport(engine, files, io.cwd, counting(''));
        if (options.since !== undefined) {
          progress?.update(`placeshaper: reading the drafts at ${options.since}`, true);
          const atRevision = await engineAtRevision(root, options.since, today);
          const before = buildReport(atRevision, files, io.cwd, counting(` at ${options.since}`));
          report = withDiagnostics(report, newFindings(report.diagnostics, before.diagnostics));
        }
      } finally {
        progress?.done();
      }
      if (options.baseline)
        report = withDiagnostics(report, newFindings(report.diagnostics, readBaseline(path.resolve(io.cwd, options.baseline))));
      if (options.writeBaseline) {
        writeBaseline(path.resolve(io.cwd, options.writeBaseline), report.diagnostics);
        io.stdout(
          `Recorded ${report.diagnostics.length} diagnostics in ${options.writeBaseline}; pass --baseline ${options.writeBaseline} to report only new ones.\n`,
        );
        return;
      }
      const output =
        options.format === 'json'
          ? formatJson(report)
          : options.format === 'sarif'
            ? formatSarif(report, engine.rules, engine.guidance)
            : options.format === 'github'
              ? formatGithub(report)
              : formatText(report);
      io.stdout(output);
      const tooManyWarnings = options.maxWarnings !== undefined && report.summary.warnings > options.maxWarnings;
      exitCode = unreadable > 0 ? 2 : report.summary.errors > 0 || tooManyWarnings ? 1 : 0;
      if (unreadable > 0)
        io.stderr(
          `placeshaper: ${unreadable === 1 ? 'one file or folder' : `${unreadable} files or folders`} could not be read (above); the rest were checked\n`,
        );
      if (tooManyWarnings && options.format === 'text')
        io.stderr(`placeshaper: ${report.summary.warnings} warnings, more than --max-warnings ${options.maxWarnings}\n`);
    });

  registerMatrixCommand(program, io);
  registerReviewCommand(program, io);
  registerScheduleCommand(program, io);
  registerImpactCommand(program, io);

  program
    .command('rules')
    .description('list every rule with its default severity and what makes it fire')
    .action(() => {
      for (const rule of new Engine({ host: new NodeFileSystem() }).rules)
        io.stdout(`${rule.id.padEnd(30)} ${rule.defaultSeverity.padEnd(8)} ${rule.description}\n`);
    });

  program
    .command('explain')
    .description('show what a rule checks and quote the guidance it rests on')
    .argument('<rule-id>', 'a rule id, e.g. laa/lead-partner')
    .action((id: string) => {
      const engine = new Engine({ host: new NodeFileSystem() });
      const rule = engine.rule(id);
      if (!rule) throw new UsageError(`${id}: no such rule (run \`placeshaper rules\` for the list)`);
      io.stdout(explainRule(rule, engine.guidance, { format: 'text' }));
    });

  program
    .command('lsp')
    .description('start the language server, for editors other than VS Code (`placeshaper lsp --help` for its options)')
    .argument('[options...]', '--stdio (the default), --node-ipc, --socket=PORT or --pipe=NAME')
    .helpOption(false)
    .allowUnknownOption()
    .action((options: string[]) => {
      if (!io.languageServer)
        throw new UsageError('the language server cannot be started from here; run the `placeshaper` command');
      io.languageServer(options);
    });

  try {
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help'
        ? 0
        : 2;
    }
    if (error instanceof UsageError) {
      io.stderr(`placeshaper: ${error.message}\n`);
      return 2;
    }
    io.stderr(`placeshaper: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
}

interface CheckOptions {
  format: (typeof FORMATS)[number];
  maxWarnings?: number;
  root?: string;
  since?: string;
  baseline?: string;
  writeBaseline?: string;
}

function parseCount(value: string): number {
  if (!/^\d+$/.test(value)) throw new UsageError(`--max-warnings takes a whole number, not \`${value}\``);
  return Number(value);
}
