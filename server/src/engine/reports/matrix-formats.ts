import { stringify } from 'csv-stringify/sync';
import escapeHtml from 'escape-html';
import { GAP_TEXT, type MatrixReport, type ReportEntry } from './matrix-report';
import { factAgreement, factPlaceText } from './fact-text';

type Row = MatrixReport['sections'][number]['rows'][number];

const named = (e: { id: string; title?: string }) => (e.title ? `${e.id} ${e.title}` : e.id);
const targetText = (t: Row['targets'][number]) =>
  [t.id, t.indicatorLabel ?? t.indicator, t.lead && `lead: ${t.lead}`].filter(Boolean).join(' — ');
const evidenceText = (e: Row['evidence'][number]) =>
  `${e.id}${e.year ? ` (${e.year})` : ''}${e.sharedWithScs ? ', shared with the SCS' : ''}`;

type Section = MatrixReport['sections'][number];
type EvidenceItem = Row['evidence'][number];

/** A section's evidence, each item once, with the priorities whose delivery rests on it. */
function evidenceBase(section: Section): (EvidenceItem & { priorities: string[] })[] {
  const byId = new Map<string, EvidenceItem & { priorities: string[] }>();
  for (const row of section.rows) {
    for (const item of row.evidence) {
      const known = byId.get(item.id) ?? { ...item, priorities: [] };
      known.priorities.push(row.priority.id);
      byId.set(item.id, known);
    }
  }
  return [...byId.values()];
}

/** A row's evidence in a few words ("8 items, 3 shared with the SCS"): the items themselves are listed once, below the table. */
function evidenceSummary(row: Row): string | undefined {
  if (row.evidence.length === 0) return undefined;
  const shared = row.evidence.filter((e) => e.sharedWithScs).length;
  const items = `${row.evidence.length} ${row.evidence.length === 1 ? 'item' : 'items'}`;
  return shared ? `${items}, ${shared} shared with the SCS` : items;
}

/** "Millbrook Employment Land Review 2007", with the year added only where the title lacks it. */
const evidenceTitle = (e: EvidenceItem) =>
  e.title && e.year && !e.title.includes(String(e.year)) ? `${e.title}, ${e.year}` : (e.title ?? (e.year ? String(e.year) : ''));

/** The priorities an evidence item is behind: "all" when it is behind every one of the section. */
const forPriorities = (e: { priorities: string[] }, section: Section) =>
  e.priorities.length === section.rows.length && section.rows.length > 1 ? 'all' : e.priorities.join(', ');

/**
 * The facts the drafts delivering a priority rely on, each once, by id, with where a draft states
 * another value: "housing.requirement: 8,600 homes (housing/strategy.md:103 states 8,060)".
 */
function rowFacts(report: MatrixReport, row: Row): string[] {
  const files = [...new Set([...row.objectives, ...row.housing, ...row.targets].map((e) => e.file))];
  const byId = new Map<string, { value?: string; notes: string[] }>();
  for (const draft of report.facts.filter((d) => files.includes(d.file)))
    for (const fact of draft.facts) {
      const known = byId.get(fact.id) ?? { value: fact.value, notes: [] };
      for (const place of fact.places)
        if (place.state === 'differs') known.notes.push(`${draft.file}:${place.line} ${place.difference}`);
      byId.set(fact.id, known);
    }
  return [...byId]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([id, { value, notes }]) => `${id}: ${value ?? 'not in the register'}${notes.length ? ` (${notes.join(', ')})` : ''}`);
}

function mdCell(values: string[]): string {
  return values.length ? values.map((v) => v.replace(/\|/g, '\\|')).join('<br>') : '—';
}

/** Markdown: a table per SCS, gaps in bold, then the references to unknown priorities. */
export function matrixMarkdown(report: MatrixReport): string {
  const out: string[] = ['# Alignment matrix', ''];
  for (const section of report.sections) {
    out.push(
      `## ${section.scs.title} (\`${section.scs.file}\`)`,
      '',
      '| Priority | Core Strategy objectives | Housing priorities | LAA targets | Evidence | Gaps |',
      '| --- | --- | --- | --- | --- | --- |',
    );
    for (const row of section.rows) {
      const gaps = row.gaps.map((g) => `**${GAP_TEXT[g]}**`);
      out.push(
        `| ${mdCell([`${named(row.priority)}${row.priority.spatial ? ' (spatial)' : ''}`])} | ${mdCell(row.objectives.map(named))} | ${mdCell(row.housing.map(named))} | ${mdCell(row.targets.map(targetText))} | ${evidenceSummary(row) ?? '—'} | ${gaps.join('<br>') || '—'} |`,
      );
    }
    out.push('');
    const evidence = evidenceBase(section);
    if (evidence.length) {
      out.push(
        'Evidence base:',
        '',
        '| Evidence | Cited by | For priorities | Shared with the SCS |',
        '| --- | --- | --- | --- |',
      );
      for (const e of evidence)
        out.push(
          `| ${mdCell([`${e.id}${evidenceTitle(e) ? ` — ${evidenceTitle(e)}` : ''}`])} | ${mdCell(e.citedBy)} | ${forPriorities(e, section)} | ${e.sharedWithScs ? 'yes' : 'no'} |`,
        );
      out.push('');
    }
  }
  out.push('## Unknown priorities', '');
  if (report.unknown.length === 0) out.push('None: every target, objective and housing priority names a priority of its SCS.');
  for (const u of report.unknown)
    out.push(
      `- \`${u.file}:${u.line}\` ${u.via} \`${u.from}\` names \`${u.names}\`, ${u.scs ? `which is not a priority of ${u.scs}` : 'but no SCS is linked'}`,
    );
  if (report.facts.length) {
    out.push(
      '',
      '## Facts and figures',
      '',
      'The facts each draft takes from the register of facts, and whether it states the register’s value.',
      '',
      '| Fact | Register | Stated in the draft | Agrees |',
      '| --- | --- | --- | --- |',
    );
    for (const draft of report.facts) {
      out.push(`| **${mdCell([draft.draft])}** (\`${draft.file}\`) | | | |`);
      for (const fact of draft.facts) {
        const { agrees, text } = factAgreement(fact);
        out.push(
          `| \`${fact.id}\` | ${mdCell([fact.value ?? '—'])} | ${mdCell(fact.places.map(factPlaceText))} | ${agrees ? text : `**${mdCell([text])}**`} |`,
        );
      }
    }
  }
  return out.join('\n') + '\n';
}

/** CSV: one line per priority; lists joined with `; `. Its facts are those the drafts delivering the priority rely on. */
export function matrixCsv(report: MatrixReport): string {
  const rows = report.sections.flatMap((section) =>
    section.rows.map((row) => [
      section.scs.file,
      row.priority.id,
      row.priority.title ?? '',
      row.priority.spatial ? 'yes' : 'no',
      row.objectives.map(named).join('; '),
      row.housing.map(named).join('; '),
      row.targets.map(targetText).join('; '),
      row.evidence.map(evidenceText).join('; '),
      row.gaps.map((g) => GAP_TEXT[g]).join('; '),
      rowFacts(report, row).join('; '),
    ]),
  );
  return stringify([
    [
      'scs',
      'priority',
      'title',
      'spatial',
      'core strategy objectives',
      'housing priorities',
      'laa targets',
      'evidence',
      'gaps',
      'facts',
    ],
    ...rows,
  ]);
}

export function matrixJson(report: MatrixReport): string {
  return JSON.stringify(report, null, 2) + '\n';
}

const STYLE = `
  body { font: 15px/1.45 system-ui, sans-serif; margin: 2rem; color: #1b1b1b; background: #fff; }
  h1 { font-size: 1.6rem; margin: 0 0 .25rem; } h2 { font-size: 1.2rem; margin: 2rem 0 .5rem; } h3 { font-size: 1rem; margin: 1.25rem 0 .5rem; }
  p.summary { color: #555; margin: 0 0 1rem; }
  table { border-collapse: collapse; width: 100%; }
  th, td { border: 1px solid #c9ccd1; padding: .45rem .6rem; vertical-align: top; text-align: left; }
  th { background: #f0f2f5; font-weight: 600; }
  tr.gap { background: #fff4e5; } td.gaps { color: #9a3412; font-weight: 600; }
  ul { margin: 0; padding-left: 1.1rem; } .muted { color: #888; } .id { font-family: ui-monospace, monospace; font-size: .9em; }
  .shared { color: #166534; font-size: .8em; }
  td.differs { color: #9a3412; font-weight: 600; }
  table.facts th[scope="rowgroup"] { background: #fff; padding-top: 1rem; }
  .spatial { display: inline-block; margin-left: .35rem; padding: 0 .35rem; border-radius: .3rem; background: #e0f2fe; color: #075985; font-size: .8em; }
  a { color: #1d4ed8; text-decoration: none; } a:hover { text-decoration: underline; }`;

/** The section's evidence base, each item once: what it is, who cites it, which priorities rest on it. */
function evidenceTable(section: Section, index: number): string {
  const evidence = evidenceBase(section);
  if (evidence.length === 0) return '';
  const rows = evidence
    .map(
      (e) => `
      <tr><td><span class="id">${escapeHtml(e.id)}</span>${evidenceTitle(e) ? ` ${escapeHtml(evidenceTitle(e))}` : ''}</td><td>${escapeHtml(e.citedBy.join(', '))}</td><td>${escapeHtml(forPriorities(e, section))}</td><td>${e.sharedWithScs ? '<span class="shared">shared with the SCS</span>' : '<span class="muted">no</span>'}</td></tr>`,
    )
    .join('');
  return `
  <h3 id="evidence-${index}">Evidence base</h3>
  <table class="evidence">
    <thead><tr><th>Evidence</th><th>Cited by</th><th>For priorities</th><th>Shared with the SCS</th></tr></thead>
    <tbody>${rows}
    </tbody>
  </table>`;
}

/** Every draft that refers to the register of facts, a group of rows each: the facts it relies on, where it states them, and whether it agrees. */
function factsTable(report: MatrixReport, link: (e: { file: string; line: number }) => string): string {
  if (report.facts.length === 0) return '';
  const groups = report.facts
    .map(
      (draft) => `
    <tbody>
      <tr><th scope="rowgroup" colspan="4">${escapeHtml(draft.draft)} <span class="muted id">${escapeHtml(draft.file)}</span></th></tr>${draft.facts
        .map((fact) => {
          const { agrees, text } = factAgreement(fact);
          return `
      <tr>
        <td class="id">${escapeHtml(fact.id)}</td>
        <td>${fact.value === undefined ? '<span class="muted">—</span>' : escapeHtml(fact.value)}</td>
        <td><ul>${fact.places.map((p) => `<li><a href="${escapeHtml(link({ file: draft.file, line: p.line }))}">${escapeHtml(p.stated ?? 'frontmatter')}</a> (line ${p.line})</li>`).join('')}</ul></td>
        <td${agrees ? '' : ' class="differs"'}>${escapeHtml(text)}</td>
      </tr>`;
        })
        .join('')}
    </tbody>`,
    )
    .join('');
  return `
  <h2 id="facts">Facts and figures</h2>
  <p class="summary">The facts each draft takes from the register of facts, and whether it states the register’s value.</p>
  <table class="facts">
    <thead><tr><th scope="col">Fact</th><th scope="col">Register</th><th scope="col">Stated in the draft</th><th scope="col">Agrees</th></tr></thead>${groups}
  </table>`;
}

function htmlList(items: ReportEntry[], text: (e: ReportEntry) => string, link?: (e: ReportEntry) => string): string {
  if (items.length === 0) return '<span class="muted">—</span>';
  return `<ul>${items.map((e) => `<li>${link ? `<a href="${escapeHtml(link(e))}">${escapeHtml(text(e))}</a>` : escapeHtml(text(e))}</li>`).join('')}</ul>`;
}

/**
 * A self-contained page a person reads in a browser: one table per SCS, the rows with gaps
 * highlighted. `link` turns an entry into an href (the VS Code webview opens the draft at the id).
 */
export function matrixHtml(
  report: MatrixReport,
  link: (e: { file: string; line: number }) => string = (e) => `${e.file}#L${e.line}`,
): string {
  const rows = report.sections.flatMap((s) => s.rows);
  const gaps = rows.filter((r) => r.gaps.length).length;
  const sections = report.sections
    .map(
      (section, index) => `
  <h2>${escapeHtml(section.scs.title)} <span class="muted id">${escapeHtml(section.scs.file)}</span></h2>
  <table>
    <thead><tr><th>Priority</th><th>Core Strategy objectives</th><th>Housing priorities</th><th>LAA targets</th><th>Evidence</th><th>Gaps</th></tr></thead>
    <tbody>${section.rows
      .map(
        (row) => `
      <tr${row.gaps.length ? ' class="gap"' : ''}>
        <td><a class="id" href="${escapeHtml(link(row.priority))}">${escapeHtml(row.priority.id)}</a> ${escapeHtml(row.priority.title ?? '')}${row.priority.spatial ? '<span class="spatial">spatial</span>' : ''}</td>
        <td>${htmlList(row.objectives, named, link)}</td>
        <td>${htmlList(row.housing, named, link)}</td>
        <td>${htmlList(row.targets, (t) => targetText(t as Row['targets'][number]), link)}</td>
        <td>${evidenceSummary(row) ? `<a href="#evidence-${index}">${escapeHtml(evidenceSummary(row)!)}</a>` : '<span class="muted">—</span>'}</td>
        <td class="gaps">${row.gaps.map((g) => escapeHtml(GAP_TEXT[g])).join('<br>')}</td>
      </tr>`,
      )
      .join('')}
    </tbody>
  </table>${evidenceTable(section, index)}`,
    )
    .join('\n');
  const unknown = report.unknown.length
    ? `<ul>${report.unknown.map((u) => `<li><a href="${escapeHtml(link(u))}">${escapeHtml(`${u.file}:${u.line}`)}</a> ${escapeHtml(`${u.via} ${u.from} names ${u.names}`)}${u.scs ? `, which is not a priority of ${escapeHtml(u.scs)}` : ', but no SCS is linked'}</li>`).join('')}</ul>`
    : '<p class="muted">None: every target, objective and housing priority names a priority of its SCS.</p>';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Alignment matrix</title>
<style>${STYLE}
</style>
</head>
<body>
  <h1>Alignment matrix</h1>
  <p class="summary">${rows.length} priorities in ${report.sections.length} Sustainable Community Strategies; ${gaps} with gaps; ${report.unknown.length} references to unknown priorities.</p>
${sections}
  <h2>Unknown priorities</h2>
  ${unknown}${factsTable(report, link)}
</body>
</html>
`;
}
