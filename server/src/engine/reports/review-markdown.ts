import { linesPhrase } from '../suggest';
import type { ChecklistStatus } from './checklist';
import { factFindings, type ReviewDraft, type ReviewFact, type ReviewReport } from './review-report';
import { factAgreement, factPlaceText } from './fact-text';
import {
  BASIS_TEXT,
  groundLine,
  headerFacts,
  linkGroups,
  notMetPhrase,
  placePhrases,
  ruleOf,
  SCOPE_TEXT,
  STATUS_TEXT,
  statusLine,
  type LinkGroup,
} from './review-text';

/** Text from a draft or a message, safe in Markdown: nothing in it becomes a link, markup or a table cell border. */
export function mdText(text: string): string {
  // `@` too: a draft's words in a pull-request comment never mention anyone.
  return text.replace(/\s*\n\s*/g, ' ').replace(/[\\`*_[\]<>|#~!&@]/g, (c) => `\\${c}`);
}

/** Text with `code` spans in it, each kept as code, the rest escaped. */
function mdInline(text: string): string {
  return text
    .split('`')
    .map((part, index) => (index % 2 ? mdCode(part) : mdText(part)))
    .join('');
}

/** An inline code span that holds any text, backticks included. */
export function mdCode(text: string): string {
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  // A pipe ends a table cell even inside code: GitHub reads `\|` there as the pipe itself.
  return `${fence}${pad}${text.replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|')}${pad}${fence}`;
}

const STATUS_MARK: Readonly<Record<ChecklistStatus, string>> = {
  met: '✓',
  'not-met': '✗',
  silenced: '◌',
  'not-applicable': '–',
  'not-checked': '?',
  off: '○',
};

function linkLine(group: LinkGroup): string {
  const where = placePhrases(group)
    .map((p) => `${mdCode(p.via)} ${linesPhrase(p.lines)}`)
    .join('; ');
  const what = group.title
    ? `${mdText(group.title)}${group.kind ? ` (${group.kind})` : ''}<br>${mdCode(group.file ?? '')}`
    : mdCode(group.file ?? 'outside the workspace');
  const state = group.state === 'ok' ? 'ok' : `**${group.state}**: ${group.problems.map(mdText).join(' ')}`;
  return `| ${group.incoming ? 'links here' : 'linked'} | ${what} | ${where} | ${state} |`;
}

function factLine(fact: ReviewFact): string {
  const { agrees, text } = factAgreement(fact);
  const findings = factFindings(fact);
  const agreement = agrees
    ? text
    : `**${mdText(text)}**${findings.length ? ` (${findings.length === 1 ? 'finding' : 'findings'} ${findings.join(', ')})` : ''}`;
  return `| ${mdCode(fact.id)} | ${fact.value ? mdText(fact.value) : '—'} | ${fact.asOf ? mdText(fact.asOf) : '—'} | ${fact.source ? mdCode(fact.source) : '—'} | ${fact.places.map((p) => mdText(factPlaceText(p))).join('<br>')} | ${agreement} |`;
}

function checklistTable(draft: ReviewDraft, report: ReviewReport): string[] {
  const out = ['| | Expectation | Rule | Basis | Status |', '| --- | --- | --- | --- | --- |'];
  for (const area of draft.checklist) {
    out.push(`| | **${mdText(area.title)}** | | | |`);
    for (const item of area.items) {
      const rule = ruleOf(report, item.rule);
      out.push(
        `| ${STATUS_MARK[item.status]} | ${mdInline(rule.expectation)} | ${mdCode(item.rule)} | ${BASIS_TEXT[rule.basis]} | ${mdText(statusLine(item, draft))} |`,
      );
    }
  }
  return out;
}

function findingsSection(draft: ReviewDraft, report: ReviewReport): string[] {
  if (draft.findings.length === 0) return ['No findings.'];
  const out: string[] = [];
  const items = draft.checklist.flatMap((a) => a.items).filter((i) => i.findings.length);
  for (const item of items) {
    const rule = ruleOf(report, item.rule);
    out.push(`#### ${mdCode(item.rule)} — ${BASIS_TEXT[rule.basis]}`, '');
    for (const number of item.findings) {
      const f = draft.findings[number - 1];
      out.push(`${number}. Line ${f.line}, column ${f.column} (${f.severity}): ${mdText(f.message)}`);
    }
    out.push('');
    const ground = rule.ground;
    if (ground?.type === 'passage')
      out.push(...ground.quote.split('\n').map((line) => `> ${mdText(line)}`), '>', `> — ${mdText(ground.attribution)}`, '');
    else if (ground?.type === 'fact')
      out.push(`> Fact: ${mdText(ground.statement)}`, '>', `> — ${mdText(groundLine(ground))}`, '');
  }
  return out;
}

function draftSection(draft: ReviewDraft, report: ReviewReport): string[] {
  const out = [`## ${mdText(draft.title)}`, '', mdCode(draft.file), ''];
  out.push('| | |', '| --- | --- |', ...headerFacts(draft).map(([label, value]) => `| ${label} | ${mdText(value)} |`), '');
  const scope = SCOPE_TEXT[draft.scope];
  if (scope) out.push(`> [!WARNING]`, `> ${scope}`, '');
  const items = draft.checklist.flatMap((a) => a.items);
  const count = (status: ChecklistStatus) => items.filter((i) => i.status === status).length;
  const tally = (['met', 'not-met', 'silenced', 'not-applicable', 'not-checked', 'off'] as const)
    .filter((s) => count(s))
    .map((s) => `${count(s)} ${STATUS_TEXT[s].toLowerCase()}`)
    .join(', ');
  out.push(`**${notMetPhrase(draft.notMet).replace(/^./, (c) => c.toUpperCase())}.** ${items.length} rules apply: ${tally}.`, '');
  out.push(`### Findings`, '', ...findingsSection(draft, report), '');
  out.push(
    '<details>',
    `<summary>Checklist: ${items.length} rules</summary>`,
    '',
    ...checklistTable(draft, report),
    '',
    '</details>',
    '',
  );
  out.push('### Links', '');
  const links = linkGroups(draft).map(linkLine);
  if (links.length) out.push('| | Draft | Written at | State |', '| --- | --- | --- | --- |', ...links, '');
  else out.push('No links to or from other drafts.', '');
  if (draft.facts.length)
    out.push(
      '### Facts and figures',
      '',
      '| Fact | Register | As of | Source | Stated in the draft | Agrees |',
      '| --- | --- | --- | --- | --- | --- |',
      ...draft.facts.map(factLine),
      '',
    );
  if (draft.delivery) {
    const d = draft.delivery;
    out.push(
      '### Delivery of the priorities',
      '',
      `${d.delivered} of ${d.priorities} priorities are delivered by another document.`,
      '',
    );
    for (const gap of d.gaps) out.push(`- ${mdCode(gap.priority)}${gap.title ? ` ${mdText(gap.title)}` : ''}: ${gap.gap}`);
    if (d.gaps.length) out.push('');
  }
  return out;
}

/**
 * The review as Markdown, for a pull-request comment or a CI job summary: the summary table, then
 * each draft's header, findings with the guidance they rest on, checklist (folded), links, and the
 * facts of the register it relies on.
 */
export function reviewMarkdown(report: ReviewReport, tool: string): string {
  const where = report.repository
    ? ` at commit ${mdCode(report.repository.commit.slice(0, 7))} of ${report.repository.date}`
    : '';
  const out = [
    `# Review of ${mdText(report.folder)}`,
    '',
    `${report.summary.drafts} ${report.summary.drafts === 1 ? 'draft' : 'drafts'}${where}, reviewed on ${report.date} by ${mdText(tool)}: ${notMetPhrase(report.summary.notMet)}.`,
    '',
  ];
  if (report.drafts.length) {
    out.push(
      '| Draft | Kind | Status | Requirements not met | Facts not met | Good practices not met | Checks not met |',
      '| --- | --- | --- | ---: | ---: | ---: | ---: |',
    );
    for (const d of report.drafts)
      out.push(
        `| ${mdText(d.title)}<br>${mdCode(d.file)} | ${d.kind ?? '—'} | ${d.status ? mdText(d.status) : '—'} | ${d.notMet.requirement} | ${d.notMet.fact} | ${d.notMet.practice} | ${d.notMet.check} |`,
      );
    out.push('');
  } else out.push('No drafts: no Markdown file here declares a `kind`.', '');
  for (const draft of report.drafts) out.push('---', '', ...draftSection(draft, report));
  return out.join('\n').replace(/\n+$/, '') + '\n';
}
