// The schedule of changes as councils publish it: Markdown, CSV, a page that prints, JSON.
import { stringify } from 'csv-stringify/sync';
import escapeHtml from 'escape-html';
import { pageHead } from './html-page';
import { mdCode, mdText } from './review-markdown';
import type { ScheduleRow, WordChange } from './schedule';

export interface ScheduleMeta {
  /** The folder's name. */
  folder: string;
  /** The revisions compared, as given: `v1.0`, and `the working tree` when `--to` is absent. */
  from: string;
  to: string;
  /** The commits they are at. */
  fromCommit?: string;
  toCommit?: string;
  /** The day the schedule was made, YYYY-MM-DD. */
  date: string;
  tool: string;
}

/** The type of a change as a schedule says it: "target changed (baseline)", "move (moved from …)". */
export function typeText(row: ScheduleRow): string {
  return row.detail ? `${row.type} (${row.detail})` : row.type;
}

const CLASS_TEXT = { main: 'Main', additional: 'Additional' } as const;

/** The change as plain text: deletions in [-…-], insertions in {+…+}, as word diffs print them. */
export function changeText(words: readonly WordChange[]): string {
  return words.map((w) => (w.op === 'deleted' ? `[-${w.text}-]` : w.op === 'inserted' ? `{+${w.text}+}` : w.text)).join('');
}

function changeMarkdown(words: readonly WordChange[]): string {
  // A list's items or a table's rows, one a line: each line is marked on its own, lines joined by <br>.
  const lines: WordChange[][] = [[]];
  for (const w of words)
    w.text.split('\n').forEach((part, index) => {
      if (index > 0) lines.push([]);
      if (part) lines.at(-1)!.push({ op: w.op, text: part });
    });
  return lines.map(lineMarkdown).join('<br>');
}

function lineMarkdown(words: readonly WordChange[]): string {
  return words
    .map((w) => {
      if (!w.text.trim()) return w.op === 'same' ? ' ' : '';
      const text = mdText(w.text.trim());
      const pad = (s: string) => `${/^\s/.test(w.text) ? ' ' : ''}${s}${/\s$/.test(w.text) ? ' ' : ''}`;
      return w.op === 'deleted' ? pad(`~~${text}~~`) : w.op === 'inserted' ? pad(`**${text}**`) : pad(text);
    })
    .join('')
    .replace(/ {2,}/g, ' ')
    .trim();
}

function summary(rows: readonly ScheduleRow[]): string {
  const main = rows.filter((r) => r.class === 'main').length;
  return rows.length === 0
    ? 'No change.'
    : `${rows.length} ${rows.length === 1 ? 'change' : 'changes'}: ${main} main, ${rows.length - main} additional.`;
}

function revisionPhrase(meta: ScheduleMeta): string {
  const at = (name: string, commit?: string) => (commit ? `${name} (${commit.slice(0, 7)})` : name);
  return `from ${at(meta.from, meta.fromCommit)} to ${at(meta.to, meta.toCommit)}`;
}

/** Markdown for a pull request: a table, deletions struck through and insertions in bold. */
export function scheduleMarkdown(rows: readonly ScheduleRow[], meta: ScheduleMeta): string {
  const out = [
    `# Schedule of changes: ${mdText(meta.folder)}`,
    '',
    `Changes ${mdText(revisionPhrase(meta))}, made on ${meta.date} by ${mdText(meta.tool)}. ${summary(rows)} Deletions are struck through, insertions in bold.`,
    '',
  ];
  if (rows.length) {
    out.push(
      '| Ref | Document | Where | Change | Type | Class | Reason | Source |',
      '| --- | --- | --- | --- | --- | --- | --- | --- |',
    );
    for (const r of rows)
      out.push(
        `| ${r.ref} | ${mdText(r.document)}<br>${mdCode(r.file)} | ${mdText(r.where)}, line ${r.line} | ${changeMarkdown(r.words) || '—'} | ${mdText(typeText(r))} | ${CLASS_TEXT[r.class]} | ${r.reason ? mdText(r.reason) : '—'} | ${r.source ? mdText(r.source) : '—'} |`,
      );
  }
  return out.join('\n') + '\n';
}

/** CSV: one line per change, the change as before and after and as a word diff. */
export function scheduleCsv(rows: readonly ScheduleRow[]): string {
  // A cell that starts like a formula (=, +, -, @) is written as text: a draft's words never run in a spreadsheet.
  return stringify(
    [
      ['ref', 'document', 'file', 'where', 'line', 'type', 'class', 'before', 'after', 'change', 'reason', 'source'],
      ...rows.map((r) => [
        r.ref,
        r.document,
        r.file,
        r.where,
        r.line,
        typeText(r),
        r.class,
        r.before ?? '',
        r.after ?? '',
        changeText(r.words),
        r.reason ?? '',
        r.source ?? '',
      ]),
    ],
    { escape_formulas: true },
  );
}

/** JSON, following schemas/schedule.schema.json. */
export function scheduleJson(rows: readonly ScheduleRow[], meta: ScheduleMeta, version: string): string {
  const { tool: _tool, ...about } = meta;
  return JSON.stringify({ tool: { name: 'placeshaper', version }, ...about, rows }, null, 2) + '\n';
}

const STYLE = `
  :root { --ink: #1f2328; --muted: #57606a; --rule: #c9d1d9; --deleted: #a40e26; --inserted: #116329; }
  * { box-sizing: border-box; }
  body { margin: 2rem; font: 14px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", Arial, sans-serif; color: var(--ink); background: #fff; }
  h1 { font: 600 1.5rem/1.25 Georgia, "DejaVu Serif", serif; margin: 0 0 .25rem; }
  p.about { color: var(--muted); margin: 0 0 1rem; }
  table { border-collapse: collapse; width: 100%; }
  thead { display: table-header-group; }
  th, td { border: 1px solid var(--rule); padding: .4rem .5rem; text-align: left; vertical-align: top; }
  th { background: #f3f5f7; font-size: .85rem; }
  td.ref { font-weight: 600; white-space: nowrap; }
  td.change { font-family: Georgia, "DejaVu Serif", serif; white-space: pre-wrap; }
  del { color: var(--deleted); text-decoration: line-through; }
  ins { color: var(--inserted); text-decoration: underline; font-weight: 600; }
  .file { display: block; color: var(--muted); font: .8rem ui-monospace, "DejaVu Sans Mono", monospace; }
  .class-main { font-weight: 600; }
  tr { break-inside: avoid; }
  @page { size: A4 landscape; margin: 12mm; }
  @media print { body { margin: 0; font-size: 9pt; } }`;

function changeHtml(words: readonly WordChange[]): string {
  return words
    .map((w) =>
      w.op === 'deleted'
        ? `<del>${escapeHtml(w.text)}</del>`
        : w.op === 'inserted'
          ? `<ins>${escapeHtml(w.text)}</ins>`
          : escapeHtml(w.text),
    )
    .join('');
}

/** A self-contained page that prints on landscape A4, the header row repeated on every page. */
export function scheduleHtml(rows: readonly ScheduleRow[], meta: ScheduleMeta): string {
  const body = rows
    .map(
      (r) => `
    <tr>
      <td class="ref">${r.ref}</td>
      <td>${escapeHtml(r.document)}<span class="file">${escapeHtml(r.file)}</span></td>
      <td>${escapeHtml(r.where)}<span class="file">line ${r.line}</span></td>
      <td class="change">${changeHtml(r.words)}</td>
      <td>${escapeHtml(typeText(r))}</td>
      <td class="class-${r.class}">${CLASS_TEXT[r.class]}</td>
      <td>${escapeHtml(r.reason ?? '')}</td>
      <td>${escapeHtml(r.source ?? '')}</td>
    </tr>`,
    )
    .join('');
  return `${pageHead({
    title: `Schedule of changes: ${meta.folder}`,
    tool: meta.tool,
    policy: "default-src 'none'; style-src 'unsafe-inline'",
    style: `${STYLE}
`,
  })}
<body>
<main>
  <h1>Schedule of changes: ${escapeHtml(meta.folder)}</h1>
  <p class="about">Changes ${escapeHtml(revisionPhrase(meta))}, made on ${meta.date}. ${summary(rows)} Deletions are struck through, insertions underlined.</p>
  <table>
    <thead><tr><th scope="col">Ref</th><th scope="col">Document</th><th scope="col">Where</th><th scope="col">Change</th><th scope="col">Type</th><th scope="col">Class</th><th scope="col">Reason</th><th scope="col">Source</th></tr></thead>
    <tbody>${body}
    </tbody>
  </table>
</main>
</body>
</html>
`;
}
