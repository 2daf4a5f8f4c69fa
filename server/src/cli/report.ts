import * as path from 'node:path';
import { type Engine, type Finding, LineIndex, type Range, type Severity } from '../engine';

/** One diagnostic ready for output: paths relative to the working folder, positions 1-based. */
export interface ReportedDiagnostic {
  file: string;
  rule: string;
  severity: Severity;
  message: string;
  /** 1-based lines and columns (UTF-16 code units). */
  range: { start: { line: number; column: number }; end: { line: number; column: number } };
  related: { file: string; range: ReportedDiagnostic['range']; message: string }[];
  fix?: { title: string; edits: { range: ReportedDiagnostic['range']; newText: string }[] };
}

export interface CheckReport {
  drafts: string[];
  diagnostics: ReportedDiagnostic[];
  summary: { drafts: number; errors: number; warnings: number; infos: number; hints: number };
}

export const CONFIG_RULE_ID = 'config/invalid';

function oneBased(range: Range): ReportedDiagnostic['range'] {
  return {
    start: { line: range.start.line + 1, column: range.start.character + 1 },
    end: { line: range.end.line + 1, column: range.end.character + 1 },
  };
}

/** Runs the engine over the given drafts and gathers what the formatters print; `onFile` hears of each file as it starts on it (counted from 1). */
export function buildReport(
  engine: Engine,
  files: readonly string[],
  cwd: string,
  onFile?: (current: number, total: number) => void,
): CheckReport {
  const relative = (file: string) => path.relative(cwd, file).split(path.sep).join('/') || path.basename(file);
  const lineIndexes = new Map<string, LineIndex>();
  const linesOf = (file: string, text?: string): LineIndex => {
    let index = lineIndexes.get(file);
    if (!index) {
      index = text !== undefined ? new LineIndex(text) : (engine.workspace.draft(file)?.parsed.lines ?? new LineIndex(''));
      lineIndexes.set(file, index);
    }
    return index;
  };
  const drafts: string[] = [];
  const diagnostics: ReportedDiagnostic[] = [];
  const seenConfigProblems = new Set<string>();
  const seenRegisters = new Set<string>();
  const toReported = (finding: Finding): ReportedDiagnostic => ({
    file: relative(finding.path),
    rule: finding.rule,
    severity: finding.severity,
    message: finding.message,
    range: oneBased(linesOf(finding.path).rangeOf(finding.span)),
    related: (finding.related ?? []).map((r) => ({
      file: relative(r.path),
      range: oneBased(linesOf(r.path).rangeOf(r.span)),
      message: r.message,
    })),
    fix: finding.fix && {
      title: finding.fix.title,
      edits: finding.fix.edits.map((e) => ({ range: oneBased(linesOf(finding.path).rangeOf(e.span)), newText: e.newText })),
    },
  });
  for (const [index, file] of files.entries()) {
    onFile?.(index + 1, files.length);
    const draft = engine.workspace.draft(file);
    if (!draft?.isDraft) continue;
    const config = engine.config(file);
    for (const problem of config.problems) {
      const key = `${problem.path}:${problem.span.start}:${problem.message}`;
      if (seenConfigProblems.has(key)) continue;
      seenConfigProblems.add(key);
      diagnostics.push({
        file: relative(problem.path),
        rule: CONFIG_RULE_ID,
        severity: problem.severity,
        message: problem.message,
        range: oneBased(linesOf(problem.path, problem.text).rangeOf(problem.span)),
        related: [],
      });
    }
    const registerPath = engine.registerPathFor(file);
    const register = registerPath && !seenRegisters.has(registerPath) ? engine.register(registerPath) : undefined;
    if (register) {
      seenRegisters.add(register.path);
      linesOf(register.path, register.text);
      diagnostics.push(...engine.registerFindings(register.path).map(toReported));
    }
    if (config.isIgnored(file)) continue;
    drafts.push(relative(file));
    diagnostics.push(...engine.check(file).map(toReported));
  }
  const count = (severity: Severity) => diagnostics.filter((d) => d.severity === severity).length;
  return {
    drafts,
    diagnostics,
    summary: {
      drafts: drafts.length,
      errors: count('error'),
      warnings: count('warning'),
      infos: count('info'),
      hints: count('hint'),
    },
  };
}

/** The report with another set of diagnostics (what `--since` or `--baseline` leaves), its summary recounted. */
export function withDiagnostics(report: CheckReport, diagnostics: ReportedDiagnostic[]): CheckReport {
  const count = (severity: Severity) => diagnostics.filter((d) => d.severity === severity).length;
  return {
    ...report,
    diagnostics,
    summary: {
      ...report.summary,
      errors: count('error'),
      warnings: count('warning'),
      infos: count('info'),
      hints: count('hint'),
    },
  };
}
