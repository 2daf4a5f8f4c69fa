import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { Option, type Command } from 'commander';
import { parse as parseYaml } from 'yaml';
import {
  CHANGE_AREAS,
  DEFAULT_MAIN_AREAS,
  Engine,
  NodeFileSystem,
  scheduleCsv,
  scheduleHtml,
  scheduleJson,
  scheduleMarkdown,
  scheduleOfChanges,
  type ChangeArea,
  type ScheduleMeta,
  type ScheduleRow,
} from '../../engine/node';
import { TOOL_VERSION } from '../../../../common/product';
import { historyOf, type CommitNote, type History } from '../git/history';
import { engineAtRevision } from '../git/snapshot';
import { printable, UsageError, type CliIo } from '../io';
import { parseToday } from '../load-drafts';
import { writeOutput } from '../output';
import { scheduleDocx } from './docx';

const FORMATS = ['md', 'csv', 'html', 'json', 'docx'] as const;
type Format = (typeof FORMATS)[number];

interface ScheduleCliOptions {
  from: string;
  to?: string;
  format?: Format;
  output?: string;
  root?: string;
  prefix: string;
  main?: string;
  reasons?: string;
}

/** The format a file name asks for (`schedule.docx` → docx), md when it says nothing. */
function formatFor(output: string | undefined): Format {
  const extension = output ? path.extname(output).toLowerCase().slice(1) : '';
  return (FORMATS as readonly string[]).includes(extension) ? (extension as Format) : 'md';
}

function mainAreas(value: string | undefined): Set<ChangeArea> {
  if (value === undefined) return new Set(DEFAULT_MAIN_AREAS);
  const areas = value
    .split(',')
    .map((a) => a.trim())
    .filter(Boolean);
  const unknown = areas.filter((a) => !(CHANGE_AREAS as readonly string[]).includes(a));
  if (unknown.length)
    throw new UsageError(`--main takes areas among ${CHANGE_AREAS.join(', ')}, not ${unknown.map(printable).join(', ')}`);
  return new Set(areas as ChangeArea[]);
}

/** `--reasons FILE`: YAML or JSON mapping a ref (`SC3`) or an id (`P1`) to a reason, or to `{reason, source}`. */
function readReasons(file: string, cwd: string): Map<string, { reason?: string; source?: string }> {
  let data: unknown;
  try {
    data = parseYaml(readFileSync(path.resolve(cwd, file), 'utf8'));
  } catch (error) {
    throw new UsageError(`${printable(file)}: cannot be read as YAML or JSON (${(error as Error).message.split('\n')[0]})`);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    throw new UsageError(
      `${printable(file)}: should map refs (SC3) or ids (P1) to reasons, as in \`SC3: Consultation response 12\``,
    );
  const reasons = new Map<string, { reason?: string; source?: string }>();
  for (const [key, value] of Object.entries(data)) {
    if (typeof value === 'string') reasons.set(key, { reason: value });
    else if (typeof value === 'object' && value !== null) {
      const { reason, source } = value as Record<string, unknown>;
      reasons.set(key, {
        reason: typeof reason === 'string' ? reason : undefined,
        source: typeof source === 'string' ? source : undefined,
      });
    } else throw new UsageError(`${printable(file)}: ${printable(key)} should be a reason, or {reason, source}`);
  }
  return reasons;
}

/**
 * The commit behind a row, among those that touched its draft: for a draft moved, the commit that
 * moved it; otherwise the newest whose added (or, for a deletion, removed) lines hold the row's
 * words; the only one when one commit touched the draft. Its reason may be none.
 */
function noteFor(row: ScheduleRow, notes: readonly CommitNote[]): CommitNote | undefined {
  if (row.type === 'move' && row.where === 'The whole document') return notes.find((n) => n.renamed);
  const changed = row.words
    .filter((w) => w.op !== 'same')
    .map((w) => w.text.trim())
    .filter((t) => t.length > 0);
  const wanted = (changed.length ? changed : [row.after ?? row.before ?? '']).map((w) => w.split('\n')[0]).filter(Boolean);
  const lines = (n: CommitNote) => (row.type === 'deletion' ? n.removed : n.added).join('\n');
  const made = notes.find((n) => wanted.some((w) => lines(n).includes(w)));
  return made ?? (notes.length === 1 ? notes[0] : undefined);
}

async function attachReasons(
  rows: ScheduleRow[],
  history: History,
  options: ScheduleCliOptions,
  root: string,
  reasons: Map<string, { reason?: string; source?: string }>,
): Promise<void> {
  const notes = rows.length ? await history.notes(options.from, options.to) : new Map<string, CommitNote[]>();
  for (const row of rows) {
    const file = path.join(root, row.file);
    const note = noteFor(row, notes.get(file) ?? []);
    if (note) {
      row.reason = note.reason;
      row.source = note.source;
    }
    // The reasons file has the last word: by ref first, then by an id the change concerns.
    const given = reasons.get(row.ref) ?? row.ids.map((id) => reasons.get(id)).find((r) => r !== undefined);
    if (given) {
      row.reason = given.reason ?? row.reason;
      row.source = given.source ?? row.source;
    }
  }
}

/** `placeshaper schedule --from REV`: the schedule of changes between two revisions, as councils publish it. */
export function registerScheduleCommand(program: Command, io: CliIo): void {
  program
    .command('schedule')
    .description('write the schedule of changes between two git revisions: one numbered row per change, by id and by paragraph')
    .argument('[paths...]', 'drafts or folders to include (default: every draft under the root)')
    .requiredOption('--from <revision>', 'the revision the schedule starts from (a branch, a tag or a commit)')
    .option('--to <revision>', 'the revision it ends at (default: the working tree)')
    .addOption(
      new Option('-f, --format <format>', 'output format (default: from the file name given to -o, else md)').choices(FORMATS),
    )
    .option('-o, --output <file>', 'write to a file instead of standard output (docx needs one)')
    .option('--root <folder>', 'workspace root (default: the current folder)')
    .option('--prefix <prefix>', 'what the refs start with', 'SC')
    .option(
      '--main <areas>',
      `the areas whose changes are main modifications, comma-separated, among ${CHANGE_AREAS.join(', ')} (default: ${DEFAULT_MAIN_AREAS.join(',')})`,
    )
    .option('--reasons <file>', 'YAML or JSON mapping refs (SC3) or ids (P1) to a reason, or to {reason, source}')
    .addHelpText(
      'after',
      `
Rows: Ref, Document, Where (the id, or the heading and paragraph), Change (deletions struck through,
insertions in bold), Type (insertion, deletion, substitution, renumbering, move, retitled, vision
changed, period changed, target changed, delivery changed), Class (main or additional), Reason and
Source (from "Reason:" and "Source:" trailers of the commits that made the change, or --reasons).

Examples:
  placeshaper schedule --from v1.0 -o schedule.docx
  placeshaper schedule --from main --format md > schedule.md`,
    )
    .action(async (paths: string[], options: ScheduleCliOptions) => {
      const root = path.resolve(io.cwd, options.root ?? '.');
      const format = options.format ?? formatFor(options.output);
      if (format === 'docx' && !options.output)
        throw new UsageError('a Word document is written to a file: add -o schedule.docx');
      const main = mainAreas(options.main);
      const reasons = options.reasons ? readReasons(options.reasons, io.cwd) : new Map();
      const today = io.today ? parseToday(io.today) : new Date();
      const history = await historyOf(root);
      const fromCommit = await history.commitOf(options.from);
      const toCommit = options.to ? await history.commitOf(options.to, '--to') : undefined;
      const progress = io.progress;
      let rows: ScheduleRow[];
      try {
        progress?.update(`placeshaper: reading the drafts at ${options.from}`, true);
        const before = await engineAtRevision(root, options.from, today);
        progress?.update(`placeshaper: reading the drafts at ${options.to ?? 'the working tree'}`, true);
        const after = options.to
          ? await engineAtRevision(root, options.to, today)
          : new Engine({ host: new NodeFileSystem(), root, today });
        const renamed = await history.renames(options.from, options.to);
        // Paths as given, not as found on disk: a draft deleted since `--from` is still under its folder.
        const within = paths.length ? paths.map((p) => path.resolve(io.cwd, p)) : undefined;
        progress?.update('placeshaper: comparing', true);
        rows = scheduleOfChanges(before, after, { base: root, renamed, within, prefix: options.prefix, main });
        progress?.update('placeshaper: reading the reasons in the commits', true);
        await attachReasons(rows, history, options, root, reasons);
      } finally {
        progress?.done();
      }
      const meta: ScheduleMeta = {
        folder: path.basename(root),
        from: options.from,
        to: options.to ?? 'the working tree',
        fromCommit,
        toCommit,
        date: today.toISOString().slice(0, 10),
        tool: `Placeshaper ${TOOL_VERSION}`,
      };
      const output =
        format === 'docx'
          ? await scheduleDocx(rows, meta)
          : format === 'csv'
            ? scheduleCsv(rows)
            : format === 'html'
              ? scheduleHtml(rows, meta)
              : format === 'json'
                ? scheduleJson(rows, meta, TOOL_VERSION)
                : scheduleMarkdown(rows, meta);
      writeOutput(io, options.output, output, `${rows.length} ${rows.length === 1 ? 'change' : 'changes'}`);
    });
}
