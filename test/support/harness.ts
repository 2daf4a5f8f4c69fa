import * as path from 'node:path';
import { Engine, MemoryFileSystem, type Finding } from '../../server/src/engine';

export const ROOT = path.resolve('/ws');

/** A finding as tests compare it: 0-based [startLine, startChar, endLine, endChar]. */
export interface Seen {
  rule: string;
  severity: string;
  range: [number, number, number, number];
  message: string;
}

export interface Harness {
  engine: Engine;
  fs: MemoryFileSystem;
  check(file: string): Seen[];
  findings(file: string): Finding[];
}

/** An engine over in-memory files; names are relative to /ws. */
export function workspace(files: Record<string, string>, today = '2026-11-21'): Harness {
  const fs = new MemoryFileSystem(Object.fromEntries(Object.entries(files).map(([name, text]) => [path.join(ROOT, name), text])));
  const engine = new Engine({ host: fs, root: ROOT, today: new Date(`${today}T12:00:00Z`) });
  const findings = (file: string) => engine.check(path.join(ROOT, file));
  return {
    engine,
    fs,
    findings,
    check: (file) => {
      const draft = engine.workspace.draft(path.join(ROOT, file))!;
      return findings(file).map((f) => {
        const { start, end } = draft.parsed.lines.rangeOf(f.span);
        return {
          rule: f.rule,
          severity: f.severity,
          range: [start.line, start.character, end.line, end.character],
          message: f.message,
        };
      });
    },
  };
}

/** Findings of a single draft, optionally restricted to some rules. */
export function check(text: string, rules?: readonly string[], file = 'draft.md'): Seen[] {
  const seen = workspace({ [file]: text }).check(file);
  return rules ? seen.filter((s) => rules.includes(s.rule)) : seen;
}

export function crlf(text: string): string {
  return text.replace(/\r?\n/g, '\r\n');
}

/**
 * Template literal tag that strips the common indentation of the literal's own lines, so drafts
 * can be written inline; interpolated values are inserted as they are (multi-line values unindented).
 */
export function md(strings: TemplateStringsArray, ...values: unknown[]): string {
  const lines = strings.join('').split('\n').slice(1);
  const indent = Math.min(...lines.filter((l) => l.trim()).map((l) => l.length - l.trimStart().length));
  const dedent = (part: string) => part.replace(new RegExp(`\\n {${indent}}`, 'g'), '\n');
  const raw = strings.reduce((out, s, i) => out + dedent(s) + (i < values.length ? String(values[i]) : ''), '');
  return raw.replace(/^\n/, '').replace(/\n[ \t]*$/, '\n');
}

/** Replaces one exact piece of a fixture, failing loudly when it is not there (so that tests cannot drift silently). */
export function edit(text: string, from: string, to: string): string {
  if (!text.includes(from)) throw new Error(`fixture does not contain ${JSON.stringify(from)}`);
  return text.replace(from, to);
}
