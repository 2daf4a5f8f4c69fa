import { posix } from 'node:path';
import escapeHtml from 'escape-html';
import { EXTERNAL_URL, safeDecode } from '../model/urls';
import { linesPhrase } from '../suggest';
import { pageHead } from './html-page';
import { draftRows, type MarginNote } from './review-draft-html';
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
} from './review-text';
import { factFindings, type ReviewDraft, type ReviewReport, type ReviewRule, type ReviewSource } from './review-report';
import { factAgreement } from './fact-text';
import { REVIEW_STYLE } from './review-style';

export interface ReviewHtmlOptions {
  /** "Placeshaper 0.1.0": who made the page. */
  tool: string;
  /**
   * Where a place in a draft opens: by default nowhere (a page read on its own); the editor's
   * webview passes a link that opens the draft at the line.
   */
  openAt?: (file: string, line: number) => string | undefined;
  /** Told after each draft is rendered, for a progress line. */
  progress?: (done: number, total: number) => void;
}

/** Nothing of a draft runs or loads: no script at all, styles only from the page itself, no image, frame or font from anywhere. */
export const REVIEW_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

const h = escapeHtml;

function ruleAnchor(draft: ReviewDraft, rule: string): string {
  return `${draft.anchor}-rule-${rule.replace('/', '-')}`;
}

function groundHtml(rule: ReviewRule, open: boolean): string {
  const ground = rule.ground;
  if (!ground) return '<span class="basis">No passage</span>';
  if (ground.type === 'fact')
    return `<details class="ground"${open ? ' open' : ''}><summary>Fact: ${h(ground.sources.map((s) => s.title).join('; '))}</summary><blockquote><p>${h(ground.statement)}</p></blockquote></details>`;
  const paragraphs = ground.quote
    .split('\n')
    .map((line) => line.replace(/^> ?/, ''))
    .join('\n')
    .split(/\n\s*\n/)
    .map((p) => `<p>${h(p)}</p>`)
    .join('');
  return `<details class="ground standing-${ground.standing}"${open ? ' open' : ''}><summary><span class="attribution">${h(ground.attribution)}</span></summary><blockquote>${paragraphs}</blockquote></details>`;
}

function checklistHtml(draft: ReviewDraft, report: ReviewReport): string {
  const groups = draft.checklist
    .map(
      (area) => `
    <tbody>
      <tr><th scope="rowgroup" colspan="4">${h(area.title)}</th></tr>${area.items
        .map((item) => {
          const rule = ruleOf(report, item.rule);
          const findings = item.findings.map((n) => `<a href="#${draft.anchor}-note-${n}">${n}</a>`).join(', ');
          return `
      <tr id="${ruleAnchor(draft, item.rule)}">
        <td><span class="badge status-${item.status}">${STATUS_TEXT[item.status]}</span></td>
        <td class="rule">${inlineCode(rule.expectation)} <code class="rule-id">${h(item.rule)}</code>${
          item.status === 'not-met'
            ? `<span class="reason">Findings ${findings}</span>`
            : item.reason
              ? `<span class="reason">${h(item.reason)}</span>`
              : ''
        }</td>
        <td class="basis">${h(BASIS_TEXT[rule.basis])}</td>
        <td>${groundHtml(rule, item.status === 'not-met')}</td>
      </tr>`;
        })
        .join('')}
    </tbody>`,
    )
    .join('');
  return `<table class="checklist">
    <caption class="skip">Every rule that applies to this ${h(draft.kind ?? 'draft')}, and how the draft stands against it</caption>
    <thead><tr><th scope="col">Status</th><th scope="col">Rule</th><th scope="col">Basis</th><th scope="col">Rests on</th></tr></thead>${groups}
  </table>`;
}

function linksHtml(draft: ReviewDraft, report: ReviewReport, options: ReviewHtmlOptions): string {
  const groups = linkGroups(draft);
  if (groups.length === 0) return '<p>No links to or from other drafts.</p>';
  const rows = groups.map((group) => {
    const reviewed = group.file ? report.drafts.find((d) => d.file === group.file) : undefined;
    const label = `${h(group.title ?? group.file ?? 'outside the workspace')}${group.kind ? ` <span class="basis">${h(group.kind)}</span>` : ''}`;
    const named = reviewed ? `<a href="#${reviewed.anchor}">${label}</a>` : label;
    const writer = group.incoming ? group.file! : draft.file;
    const places = placePhrases(group)
      .map((p) => {
        const lines = p.lines.map((line) => {
          const open = options.openAt?.(writer, line);
          return open ? `<a href="${h(open)}">${line}</a>` : String(line);
        });
        return `<code>${h(p.via)}</code> ${linesPhrase(lines)}`;
      })
      .join('; ');
    const state =
      group.state === 'ok'
        ? '<span class="link-ok">ok</span>'
        : `<span class="link-${group.state}">${group.state}</span> ${group.problems.map(h).join(' ')}`;
    return `<tr><td>${group.incoming ? 'Links here' : 'Linked'}</td><td>${named}${group.title && group.file ? `<br><span class="file">${h(group.file)}</span>` : ''}</td><td>${places}</td><td>${state}</td></tr>`;
  });
  return `<table class="links">
    <thead><tr><th scope="col">Direction</th><th scope="col">Draft</th><th scope="col">Written at</th><th scope="col">State</th></tr></thead>
    <tbody>${rows.join('')}</tbody>
  </table>`;
}

/** The facts of the register the draft refers to: the register's value, where the draft states it, and whether it agrees. */
function factsHtml(draft: ReviewDraft, options: ReviewHtmlOptions): string {
  const rows = draft.facts.map((fact) => {
    const places = fact.places
      .map((p) => {
        const open = options.openAt?.(draft.file, p.line);
        const line = open ? `<a href="${h(open)}">${p.line}</a>` : String(p.line);
        return `<li>${h(p.stated ?? 'frontmatter')} (line ${line})</li>`;
      })
      .join('');
    const { agrees, text } = factAgreement(fact);
    const findings = factFindings(fact).map((n) => `<a href="#${draft.anchor}-note-${n}">${n}</a>`);
    const agreement = agrees
      ? `<span class="fact-agrees">${h(text)}</span>`
      : `<span class="fact-differs">${h(text)}</span>${findings.length ? ` ${findings.length === 1 ? 'Finding' : 'Findings'} ${findings.join(', ')}` : ''}`;
    const dash = '<span class="basis">—</span>';
    return `<tr><td><code>${h(fact.id)}</code></td><td>${fact.value ? h(fact.value) : dash}</td><td>${fact.asOf ? h(fact.asOf) : dash}</td><td>${fact.source ? `<code>${h(fact.source)}</code>` : dash}</td><td><ul class="places">${places}</ul></td><td>${agreement}</td></tr>`;
  });
  return `<table class="figures">
    <caption class="skip">The facts of the register of facts this draft refers to, and whether it states the register’s value</caption>
    <thead><tr><th scope="col">Fact</th><th scope="col">Register</th><th scope="col">As of</th><th scope="col">Source</th><th scope="col">Stated in the draft</th><th scope="col">Agrees</th></tr></thead>
    <tbody>${rows.join('')}</tbody>
  </table>`;
}

function noteHtml(draft: ReviewDraft, number: number, report: ReviewReport): string {
  const f = draft.findings[number - 1];
  const rule = ruleOf(report, f.rule);
  const why = rule.ground ? `${capitalised(BASIS_TEXT[rule.basis])}: ${groundLine(rule.ground)}` : '';
  return `<p class="note sev-${f.severity}" id="${draft.anchor}-note-${number}"><a class="n" href="#${draft.anchor}-ref-${number}" aria-label="Back to finding ${number} in the text">${number}</a><span class="sev">${f.severity}</span> <a class="rule" href="#${ruleAnchor(draft, f.rule)}">${h(f.rule)}</a><br>${h(f.message)}${why ? `<span class="why">${h(why)}</span>` : ''}</p>`;
}

function draftHtml(
  draft: ReviewDraft,
  source: ReviewSource | undefined,
  report: ReviewReport,
  options: ReviewHtmlOptions,
): string {
  const facts = headerFacts(draft)
    .map(([label, value]) => `<dt>${h(label)}</dt><dd>${h(value)}</dd>`)
    .join('');
  // A draft too large to read whole says so even when its frontmatter cannot be read either.
  const scope = [
    SCOPE_TEXT[draft.scope],
    source?.oversized && draft.scope !== 'frontmatter-only' ? SCOPE_TEXT['frontmatter-only'] : undefined,
  ]
    .filter(Boolean)
    .join(' ');
  const items = draft.checklist.flatMap((a) => a.items);
  const tally = (['met', 'not-met', 'silenced', 'not-applicable', 'not-checked', 'off'] as const)
    .map((s) => [s, items.filter((i) => i.status === s).length] as const)
    .filter(([, n]) => n)
    .map(([s, n]) => `<span class="badge status-${s}">${n} ${STATUS_TEXT[s].toLowerCase()}</span>`)
    .join(' ');
  const delivery = draft.delivery
    ? `<h3 id="${draft.anchor}-delivery">Delivery of the priorities</h3>
    <p>${draft.delivery.delivered} of ${draft.delivery.priorities} priorities are delivered by another document.</p>${
      draft.delivery.gaps.length
        ? `<ul class="gaps">${draft.delivery.gaps.map((g) => `<li><code>${h(g.priority)}</code>${g.title ? ` ${h(g.title)}` : ''}: <strong>${h(g.gap)}</strong></li>`).join('')}</ul>`
        : ''
    }`
    : '';
  const notes: MarginNote[] = source
    ? draft.findings.map((f, index) => ({
        number: f.number,
        span: source.spans[index],
        severity: f.severity,
        html: noteHtml(draft, f.number, report),
      }))
    : [];
  const text =
    source && !source.oversized
      ? draftRows(source.text, source.bodyStart, notes, {
          anchor: draft.anchor,
          lineHref: options.openAt && ((line) => options.openAt!(draft.file, line)),
          linkTarget: (href) => {
            const target = href.split('#')[0];
            if (!target || EXTERNAL_URL.test(target)) return undefined;
            const file = posix.join(posix.dirname(draft.file), safeDecode(target));
            const reviewed = report.drafts.find((d) => d.file === file);
            return reviewed ? `#${reviewed.anchor}` : undefined;
          },
        })
      : source
        ? draftRows(source.text.slice(0, source.bodyStart), source.bodyStart, notes, {
            anchor: draft.anchor,
            linkTarget: () => undefined,
          })
        : '';
  return `
  <article class="draft" id="${draft.anchor}" aria-labelledby="${draft.anchor}-title">
    <h2 id="${draft.anchor}-title">${h(draft.title)}</h2>
    <p class="file">${h(draft.file)}</p>
    <dl class="facts">${facts}</dl>${scope ? `\n    <p class="callout">${h(scope)}</p>` : ''}
    <p class="tally"><strong>${h(capitalised(notMetPhrase(draft.notMet)))}.</strong> ${items.length} rules apply: ${tally}</p>
    <h3 id="${draft.anchor}-checklist">Checklist</h3>
    ${checklistHtml(draft, report)}
    <h3 id="${draft.anchor}-links">Links</h3>
    ${linksHtml(draft, report, options)}${
      draft.facts.length
        ? `
    <h3 id="${draft.anchor}-facts">Facts and figures</h3>
    ${factsHtml(draft, options)}`
        : ''
    }${delivery}
    <h3 id="${draft.anchor}-text">The draft${draft.findings.length ? `, with its ${draft.findings.length} ${draft.findings.length === 1 ? 'finding' : 'findings'} in the margin` : ''}</h3>
    <div class="draft-text">
${text}
    </div>
  </article>`;
}

/** Text with `code` spans, escaped. */
function inlineCode(text: string): string {
  return text
    .split('`')
    .map((part, index) => (index % 2 ? `<code>${h(part)}</code>` : h(part)))
    .join('');
}

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * The review as a page people read and print: self-contained (styles inline, nothing fetched, no
 * script), a summary of the drafts first, then each draft with its checklist, links, facts and text, the
 * findings marked in the text and explained in the margin.
 */
export function reviewHtml(report: ReviewReport, sources: ReadonlyMap<string, ReviewSource>, options: ReviewHtmlOptions): string {
  const where = report.repository ? ` at commit ${h(report.repository.commit.slice(0, 7))} of ${report.repository.date}` : '';
  const num = (n: number) => `<td class="num ${n === 0 ? 'zero' : 'some'}">${n}</td>`;
  const summaryRows = report.drafts
    .map(
      (d) =>
        `<tr><td><a href="#${d.anchor}">${h(d.title)}</a><br><span class="file">${h(d.file)}</span></td><td>${h(d.kind ?? '—')}</td><td>${h(d.status ?? '—')}</td>${num(d.notMet.requirement)}${num(d.notMet.fact)}${num(d.notMet.practice)}${num(d.notMet.check)}</tr>`,
    )
    .join('\n        ');
  const summary = report.drafts.length
    ? `<table class="summary-table">
      <caption class="skip">The drafts and how many rules each does not meet, by basis</caption>
      <thead><tr><th scope="col">Draft</th><th scope="col">Kind</th><th scope="col">Status</th><th scope="col" class="num">Requirements not met</th><th scope="col" class="num">Facts not met</th><th scope="col" class="num">Good practices not met</th><th scope="col" class="num">Checks not met</th></tr></thead>
      <tbody>
        ${summaryRows}
      </tbody>
    </table>`
    : '<p>No drafts: no Markdown file here declares a <code>kind</code>.</p>';
  return `${pageHead({ title: `Review of ${report.folder}`, tool: options.tool, policy: REVIEW_CSP, style: REVIEW_STYLE })}
<body>
<a class="skip" href="#main">Skip to the review</a>
<header class="page">
  <div class="inner">
    <h1>Review of ${h(report.folder)}</h1>
    <p>${report.summary.drafts} ${report.summary.drafts === 1 ? 'draft' : 'drafts'}${where}, reviewed on ${report.date}: ${h(notMetPhrase(report.summary.notMet))}.</p>
  </div>
</header>
<main id="main">
${
  report.drafts.length === 1
    ? ''
    : `  <section class="summary" aria-labelledby="summary-title">
    <h2 id="summary-title">Summary</h2>
    ${summary}
  </section>`
}
${report.drafts
  .map((d, index) => {
    const html = draftHtml(d, sources.get(d.file), report, options);
    options.progress?.(index + 1, report.drafts.length);
    return html;
  })
  .join('\n')}
</main>
<footer class="page">
  <p>Made by ${h(options.tool)} on ${report.date}. Requirements rest on the statutory guidance; facts on the statutory regime, with their sources; good practice on what consultation respondents reported, which is never a requirement.</p>
</footer>
</body>
</html>
`;
}
