import * as path from 'node:path';
import { Engine } from '../../server/src/engine/engine';
import { MemoryFileSystem } from '../../server/src/engine/host/file-system';
import type { Finding } from '../../server/src/engine/rules/rule';

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
        return { rule: f.rule, severity: f.severity, range: [start.line, start.character, end.line, end.character], message: f.message };
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


/** The smallest SCS the schema accepts (no consultation, evidence or principles): rule tests add what they need. */
export const MINIMAL_SCS = md`
  ---
  kind: sustainable-community-strategy
  title: Exampleshire Sustainable Community Strategy
  authority:
    name: Exampleshire County Council
    type: county
  partnership: Exampleshire Partnership
  period:
    from: 2008
    to: 2020
  status: draft
  vision: A prosperous, safe and healthy Exampleshire.
  priorities:
    - id: P1
      title: Safer communities
  ---
  # Exampleshire SCS

  ## P1 Safer communities
`;

/** A small SCS, clean but for `align/undelivered-priority` (nothing delivers P1); tests override keys by editing the text. */
export const CLEAN_SCS = MINIMAL_SCS.replace(
  '    title: Safer communities\n',
  [
    '    title: Safer communities',
    '    principles: [living-within-environmental-limits, strong-healthy-and-just-society, sustainable-economy, good-governance, sound-science]',
    'evidence:',
    '  - {id: jsna-2025, title: Joint Strategic Needs Assessment, year: 2025, type: jsna}',
    'consultation:',
    '  from: 2026-01-05',
    '  to: 2026-03-27',
    '  feedback: 2026-05-01',
    '  groups: [residents, children-and-young-people, hard-to-reach, elected-members]',
    '',
  ].join('\n'),
);
