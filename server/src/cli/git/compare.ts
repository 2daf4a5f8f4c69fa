import { readFileSync, writeFileSync } from 'node:fs';
import type { ReportedDiagnostic } from '../report';
import { UsageError } from '../io';

/** What identifies a finding across revisions: its file, rule and message (lines move as drafts change). */
function key(d: Pick<ReportedDiagnostic, 'file' | 'rule' | 'message'>): string {
  return JSON.stringify([d.file, d.rule, d.message]);
}

/** The findings that are new: those beyond how many times the same finding was known before. */
export function newFindings<T extends Pick<ReportedDiagnostic, 'file' | 'rule' | 'message'>>(
  current: readonly T[],
  known: readonly Pick<ReportedDiagnostic, 'file' | 'rule' | 'message'>[],
): T[] {
  const counts = new Map<string, number>();
  for (const finding of known) counts.set(key(finding), (counts.get(key(finding)) ?? 0) + 1);
  return current.filter((finding) => {
    const left = counts.get(key(finding)) ?? 0;
    if (left === 0) return true;
    counts.set(key(finding), left - 1);
    return false;
  });
}

export interface Baseline {
  version: 1;
  findings: { file: string; rule: string; message: string }[];
}

export function writeBaseline(file: string, findings: readonly ReportedDiagnostic[]): void {
  const baseline: Baseline = { version: 1, findings: findings.map(({ file: f, rule, message }) => ({ file: f, rule, message })) };
  try {
    writeFileSync(file, JSON.stringify(baseline, null, 2) + '\n');
  } catch (error) {
    throw new UsageError(`${file}: cannot be written (${(error as Error).message})`);
  }
}

export function readBaseline(file: string): Baseline['findings'] {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new UsageError(
      `${file}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such baseline file; write one with --write-baseline' : 'not a baseline file (it is not valid JSON)'}`,
    );
  }
  const findings = (data as Baseline | undefined)?.findings;
  if (
    (data as Baseline | undefined)?.version !== 1 ||
    !Array.isArray(findings) ||
    !findings.every((f) => typeof f?.file === 'string' && typeof f?.rule === 'string' && typeof f?.message === 'string')
  ) {
    throw new UsageError(`${file}: not a Placeshaper baseline (expected {"version": 1, "findings": [{file, rule, message}]})`);
  }
  return findings;
}
