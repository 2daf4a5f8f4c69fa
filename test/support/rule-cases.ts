// The one way to test a rule. A case names the rule, the drafts and what it expects; the places
// it expects are marked inside the draft's text with ⟦ and ⟧ (`⟦period⟧:` expects the key), never
// written as line and column numbers. `expectFindings` runs every case with LF, with CRLF and with a
// byte order mark, and asserts the exact rule, severity, range and message of every finding, and
// that each message reads as plain text with its remedy in view (test/support/message-style.ts).
import { deepStrictEqual } from 'node:assert/strict';
import * as path from 'node:path';
import {
  applyEdits,
  checklistOf,
  LineIndex,
  type Finding,
  type Range as EngineRange,
  type Severity,
} from '../../server/src/engine';
import { crlf, ROOT, workspace } from './harness';
import { messageStyleProblem } from './message-style';

export const OPEN = '⟦';
export const CLOSE = '⟧';

/** A range as tests compare it: 0-based [startLine, startCharacter, endLine, endCharacter]. */
export type Range = [number, number, number, number];

/** What to check: one draft's text (checked as `draft.md`), or drafts by path and the one to check. */
export type Drafts = string | { files: Record<string, string>; check: string; today?: string };

/** A finding as tests compare it. */
export interface Seen {
  rule: string;
  severity: string;
  range: Range;
  message: string;
  /** The text the range covers. */
  at: string;
}

/** A finding with what else it carries: its quick fix applied to the draft, and its related places. */
export interface SeenInFull extends Seen {
  fix?: { title: string; /** The checked draft with the fix applied. */ result: string };
  related?: { file: string; at: string; message: string }[];
}

/** A finding a case expects: at the next marked place, or at `place` (0-based) when two findings share one. */
export interface Expected {
  severity: Severity;
  message: string;
  /** Defaults to the case's rule. */
  rule?: string;
  place?: number;
}

/** The text without its markers, and the marked places in order of their opening marker. */
export function unmarked(text: string): { text: string; places: { start: number; end: number }[] } {
  const places: { start: number; end: number }[] = [];
  const open: number[] = [];
  let out = '';
  for (const char of text) {
    if (char === OPEN) {
      open.push(places.length);
      places.push({ start: out.length, end: -1 });
    } else if (char === CLOSE) {
      const index = open.pop();
      if (index === undefined) throw new Error(`a ${CLOSE} without its ${OPEN} after ${JSON.stringify(out.slice(-40))}`);
      places[index].end = out.length;
    } else out += char;
  }
  if (open.length) throw new Error(`a ${OPEN} without its ${CLOSE} in ${JSON.stringify(text.slice(0, 80))}…`);
  return { text: out, places };
}

/** Drafts by path with the one to check, markers removed from every text. */
function resolve(drafts: Drafts): { files: Record<string, string>; check: string; today?: string } {
  const given = typeof drafts === 'string' ? { files: { 'draft.md': drafts }, check: 'draft.md' } : drafts;
  if (!(given.check in given.files)) throw new Error(`the drafts have no ${given.check}`);
  const files = Object.fromEntries(Object.entries(given.files).map(([name, text]) => [name, unmarked(text).text]));
  return { ...given, files };
}

const BOM = '\uFEFF';

function seenOf(finding: Pick<Finding, 'rule' | 'severity' | 'message' | 'span'>, lines: LineIndex): Seen {
  const { start, end }: EngineRange = lines.rangeOf(finding.span);
  return {
    rule: finding.rule,
    severity: finding.severity,
    range: [start.line, start.character, end.line, end.character],
    message: finding.message,
    // Compared across line endings, so a range over several lines reads the same with CRLF.
    at: lines.text.slice(finding.span.start, finding.span.end).replace(/\r\n/g, '\n'),
  };
}

/**
 * Every finding of `rule` (or of every rule, given `*`) in the checked draft, in the engine's order,
 * with its fix applied and its related places quoted. Markers in the drafts are ignored.
 */
export function findingsOf(rule: string, drafts: Drafts): SeenInFull[] {
  const { files, check, today } = resolve(drafts);
  const harness = workspace(files, today);
  const textOf = (file: string) => harness.engine.workspace.draft(file)!.parsed.text;
  const checked = path.join(ROOT, check);
  const lines = new LineIndex(textOf(checked));
  const hadBom = files[check].startsWith(BOM);
  return harness
    .findings(check)
    .filter((finding) => rule === '*' || finding.rule === rule)
    .map((finding) => {
      const seen: SeenInFull = seenOf(finding, lines);
      if (finding.fix)
        seen.fix = { title: finding.fix.title, result: (hadBom ? BOM : '') + applyEdits(lines.text, finding.fix.edits) };
      if (finding.related) {
        seen.related = finding.related.map((related) => ({
          file: path.relative(ROOT, related.path).split(path.sep).join('/'),
          at: textOf(related.path).slice(related.span.start, related.span.end),
          message: related.message,
        }));
      }
      return seen;
    });
}

/** The ways a draft's lines can end that every case is run with. */
const LINE_ENDINGS: { name: string; apply: (text: string) => string }[] = [
  { name: 'LF', apply: (text) => text },
  { name: 'CRLF', apply: crlf },
  { name: 'a byte order mark', apply: (text) => BOM + text },
];

/** The findings a case expects, each at its marked place (in order, or at `place`), as tests compare them. */
function expectedAt(
  places: readonly { start: number; end: number }[],
  lines: LineIndex,
  rules: readonly string[],
  expected: readonly Expected[],
): Seen[] {
  let next = 0;
  const want = expected.map((finding) => {
    const index = finding.place ?? next++;
    const place = places[index];
    if (!place)
      throw new Error(
        `finding ${index + 1} (${finding.message.slice(0, 40)}…) has no marked place: mark it with ${OPEN}…${CLOSE}`,
      );
    return seenOf({ rule: finding.rule ?? rules[0], severity: finding.severity, message: finding.message, span: place }, lines);
  });
  if (!expected.some((finding) => finding.place !== undefined) && next < places.length) {
    throw new Error(`${places.length} places are marked but ${expected.length} findings expected`);
  }
  return want;
}

/**
 * Asserts that `findings` of the files, with each line ending applied, are exactly `want` for
 * `rules`, and that every expected message reads as plain text with its remedy in view.
 */
function seenWithEveryEnding(
  want: readonly Seen[],
  rules: readonly string[],
  files: Record<string, string>,
  findings: (files: Record<string, string>) => SeenInFull[],
): void {
  for (const ending of LINE_ENDINGS) {
    const applied = Object.fromEntries(Object.entries(files).map(([name, body]) => [name, ending.apply(body)]));
    const seen = findings(applied)
      .filter((finding) => rules.includes(finding.rule))
      .map(({ rule, severity, range, message, at }) => ({ rule, severity, range, message, at }));
    deepStrictEqual(seen, want, `with ${ending.name}`);
  }
  for (const finding of want) {
    const problem = messageStyleProblem(finding.message);
    if (problem) throw new Error(`The ${finding.rule} message does not read as plain text: ${problem}`);
  }
}

/**
 * Asserts the exact findings of `rule` (or of several rules) in the checked draft: each expected
 * finding at its marked place, in order, with LF, with CRLF and with a byte order mark.
 */
export function expectFindings(rule: string | readonly string[], drafts: Drafts, expected: readonly Expected[]): void {
  const rules = typeof rule === 'string' ? [rule] : rule;
  const given = typeof drafts === 'string' ? { files: { 'draft.md': drafts }, check: 'draft.md' } : drafts;
  for (const [name, text] of Object.entries(given.files)) {
    if (name !== given.check && unmarked(text).places.length)
      throw new Error(`${name} has markers, but ${given.check} is the draft checked`);
  }
  const { text, places } = unmarked(given.files[given.check]);
  const lines = new LineIndex(text);
  const want = expectedAt(places, lines, rules, expected);
  seenWithEveryEnding(want, rules, given.files, (files) => findingsOf('*', { ...given, files }));
}

/**
 * How the checked draft stands against `rule` in the review's checklist: its status and the reason
 * given (why it is not applicable, not checked, silenced or turned off).
 */
export function checklistStatusOf(rule: string, drafts: Drafts): { status: string; reason?: string } {
  const { files, check, today } = resolve(drafts);
  const harness = workspace(files, today);
  const entry = checklistOf(harness.engine, path.join(ROOT, check))?.entries.find((e) => e.rule.id === rule);
  if (!entry) throw new Error(`${rule} is not on the checklist of ${check}`);
  return entry.reason === undefined ? { status: entry.status } : { status: entry.status, reason: entry.reason };
}

/** The reason a rule that compares a draft with its SCS gives when `related.scs` leads to none. */
export const NEEDS_THE_SCS = {
  status: 'not-applicable',
  reason: 'Compares this draft with its SCS, and ‘related.scs’ does not lead to one.',
};

/** The register of facts a workspace reads unless `.placeshaper.yaml` names another with `facts`. */
const DEFAULT_REGISTER = 'facts.yaml';

/** The files of a register case without their markers, and the register: the file that holds markers, else `facts.yaml`. */
function registerCase(files: Record<string, string>): { files: Record<string, string>; register: string } {
  const marked = Object.keys(files).filter((name) => unmarked(files[name]).places.length);
  if (marked.length > 1) throw new Error(`${marked.join(' and ')} have markers, but only the register is checked`);
  const register = marked[0] ?? DEFAULT_REGISTER;
  if (!(register in files)) throw new Error(`the files have no ${register}`);
  return { files: Object.fromEntries(Object.entries(files).map(([name, text]) => [name, unmarked(text).text])), register };
}

/**
 * Every finding of `rule` (or of every rule, given `*`) in the register of facts itself, in the
 * engine's order, with its related places quoted. The register is the file that holds markers, else
 * `facts.yaml`; it must be the one the workspace reads (`.placeshaper.yaml` names any other).
 */
export function registerFindingsOf(rule: string, given: Record<string, string>): SeenInFull[] {
  const { files, register } = registerCase(given);
  const harness = workspace(files);
  const file = path.join(ROOT, register);
  const named = harness.engine.registerPathFor(path.join(ROOT, 'draft.md'));
  if (named !== file) throw new Error(`the workspace reads ${named ?? 'no register'}, not ${file}`);
  // Offsets count from after a byte order mark, as the engine reads the register.
  const lines = new LineIndex(harness.engine.register(file)?.text ?? '');
  return harness.engine
    .registerFindings(file)
    .filter((finding) => rule === '*' || finding.rule === rule)
    .map((finding) => {
      const seen: SeenInFull = seenOf(finding, lines);
      if (finding.fix) seen.fix = { title: finding.fix.title, result: applyEdits(lines.text, finding.fix.edits) };
      if (finding.related) {
        seen.related = finding.related.map((related) => ({
          file: path.relative(ROOT, related.path).split(path.sep).join('/'),
          at: (related.path === file ? lines.text : (harness.engine.workspace.draft(related.path)?.parsed.text ?? '')).slice(
            related.span.start,
            related.span.end,
          ),
          message: related.message,
        }));
      }
      return seen;
    });
}

/**
 * Asserts the exact findings of `rule` (or of several rules) in the register of facts: each expected
 * finding at its place marked in the register's text, in order, with LF, with CRLF and with a byte
 * order mark, each message reading as plain text with its remedy in view (as `expectFindings` does
 * for drafts). The register is the file that holds markers, else `facts.yaml`.
 */
export function expectRegisterFindings(
  rule: string | readonly string[],
  files: Record<string, string>,
  expected: readonly Expected[],
): void {
  const rules = typeof rule === 'string' ? [rule] : rule;
  const { register } = registerCase(files);
  const { text, places } = unmarked(files[register]);
  const lines = new LineIndex(text);
  const want = expectedAt(places, lines, rules, expected);
  seenWithEveryEnding(want, rules, files, (applied) => registerFindingsOf('*', applied));
}
