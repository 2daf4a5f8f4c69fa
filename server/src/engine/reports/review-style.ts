// The review page's styles: calm on screen, A4 on paper, every colour at least 4.5:1 against its background.
export const REVIEW_STYLE = `
:root {
  --ink: #1f2328; --muted: #57606a; --rule: #d8dee4; --paper: #ffffff; --wash: #f6f8fa; --accent: #1f5f99;
  --error: #b42318; --error-wash: #fdecea; --warning: #8a5300; --warning-wash: #fff4dc;
  --info: #1f5f99; --info-wash: #e8f1fb; --hint: #57606a; --hint-wash: #f0f2f4;
  --met: #177a33; --met-wash: #e6f4ea;
  --serif: "Iowan Old Style", "Palatino Linotype", Palatino, "Book Antiqua", Georgia, "DejaVu Serif", serif;
  --sans: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", "DejaVu Sans", Arial, sans-serif;
  --mono: ui-monospace, "SFMono-Regular", Menlo, Consolas, "DejaVu Sans Mono", monospace;
}
* { box-sizing: border-box; }
html { background: var(--paper); color: var(--ink); }
body { margin: 0; font: 15px/1.55 var(--sans); }
a { color: var(--accent); }
a:focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; }
code, .id, pre { font-family: var(--mono); font-size: 0.88em; }
.sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.skip { position: absolute; left: -999px; top: 0; background: var(--paper); padding: .5rem 1rem; }
.skip:focus { left: 1rem; z-index: 2; }
header.page { border-bottom: 1px solid var(--rule); background: var(--wash); }
header.page .inner, main, footer.page { max-width: 76rem; margin: 0 auto; padding: 0 2rem; }
header.page .inner { padding-top: 1.75rem; padding-bottom: 1.25rem; }
header.page h1 { font: 600 1.75rem/1.2 var(--serif); margin: 0 0 .35rem; }
header.page p { margin: 0; color: var(--muted); }
footer.page { color: var(--muted); font-size: .85rem; padding-top: 2rem; padding-bottom: 3rem; }
h2 { font: 600 1.45rem/1.25 var(--serif); margin: 0 0 .35rem; }
h3 { font-size: 1.05rem; margin: 2rem 0 .6rem; padding-bottom: .25rem; border-bottom: 1px solid var(--rule); }
section.summary { margin: 2rem 0 1rem; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; vertical-align: top; padding: .45rem .6rem; border-bottom: 1px solid var(--rule); }
th { font-weight: 600; font-size: .85rem; color: var(--muted); }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
td.zero { color: var(--muted); }
td.some { font-weight: 700; color: var(--error); }
.file { color: var(--muted); font-family: var(--mono); font-size: .85em; }
article.draft { margin: 3rem 0; padding-top: 2rem; border-top: 3px solid var(--ink); }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .15rem 1.25rem; margin: 1rem 0; }
dl.facts dt { color: var(--muted); font-size: .9rem; }
dl.facts dd { margin: 0; }
.callout { border-left: 4px solid var(--warning); background: var(--warning-wash); padding: .6rem .9rem; margin: 1rem 0; }
p.tally { margin: .5rem 0 0; }
.badge { display: inline-block; padding: 0 .45rem; border-radius: 999px; font-size: .8rem; font-weight: 600; white-space: nowrap; }
.status-met { color: var(--met); background: var(--met-wash); }
.status-not-met { color: var(--error); background: var(--error-wash); }
.status-silenced, .status-not-checked { color: var(--warning); background: var(--warning-wash); }
.status-not-applicable, .status-off { color: var(--muted); background: var(--hint-wash); }
.basis { color: var(--muted); font-size: .85rem; white-space: nowrap; }
table.checklist td:first-child { width: 8.5rem; }
table.checklist td.rule { width: 40%; }
table.checklist .rule-id { display: block; color: var(--muted); font-size: .78rem; }
table.checklist .reason { display: block; color: var(--muted); font-size: .88rem; }
table.checklist th[scope="rowgroup"] { padding-top: 1rem; color: var(--ink); font-size: .95rem; background: var(--paper); }
details.ground summary { cursor: pointer; color: var(--muted); font-size: .88rem; }
blockquote { margin: .4rem 0; padding: .1rem 0 .1rem .9rem; border-left: 3px solid var(--rule); font-family: var(--serif); }
blockquote p { margin: .3rem 0; }
.attribution { color: var(--muted); font-size: .85rem; }
.standing-respondents .attribution, .standing-commentary .attribution { color: var(--warning); }
.link-broken, .link-stale { color: var(--error); font-weight: 600; }
.link-ok { color: var(--met); }
.fact-differs { color: var(--error); font-weight: 600; }
.fact-agrees { color: var(--met); }
ul.places { margin: 0; padding-left: 0; list-style: none; }
ul.gaps { margin: .25rem 0; padding-left: 1.2rem; }
/* The draft: its text in a column, line numbers to the left, notes in the margin. */
.draft-text { margin-top: .75rem; }
.row { display: grid; grid-template-columns: 3rem minmax(0, 1fr) 19rem; column-gap: 1.25rem; }
.row .ln { color: var(--muted); font: .75rem/2.1 var(--mono); text-align: right; user-select: none; }
.row .text { font: 16px/1.6 var(--serif); min-width: 0; }
.row .text > :first-child { margin-top: .35rem; }
.row .text h4, .row .text h5, .row .text h6 { font-family: var(--sans); margin: 1.2rem 0 .4rem; }
.row .text h4 { font-size: 1.2rem; } .row .text h5 { font-size: 1.05rem; } .row .text h6 { font-size: .95rem; }
.row .text table { font-family: var(--sans); font-size: .9rem; }
.row .text pre { white-space: pre-wrap; overflow-wrap: anywhere; }
pre.yaml { margin: 0; padding: .1rem 0; background: none; color: var(--ink); }
pre.yaml .yl { display: block; padding-left: calc(var(--indent) + 2ch); text-indent: calc(-1 * var(--indent) - 2ch); }
.row.fm .text { background: var(--wash); padding-left: .6rem; }
.row .ln a { color: inherit; text-decoration: none; }
.notes { padding: .3rem 0; }
.note { margin: .15rem 0 .5rem; padding: .35rem .6rem; border-left: 3px solid; font-size: .85rem; line-height: 1.45; background: var(--paper); }
.note .n { font-weight: 700; margin-right: .25rem; }
.note .rule { font-family: var(--mono); font-size: .8rem; }
.note .why { display: block; color: var(--muted); margin-top: .2rem; }
.note.sev-error { border-color: var(--error); } .note.sev-warning { border-color: var(--warning); }
.note.sev-info { border-color: var(--info); } .note.sev-hint { border-color: var(--hint); }
mark { background: none; color: inherit; text-decoration: underline 2px; text-underline-offset: 3px; }
mark.sev-error { text-decoration-color: var(--error); } mark.sev-warning { text-decoration-color: var(--warning); }
mark.sev-info { text-decoration-color: var(--info); } mark.sev-hint { text-decoration-color: var(--hint); }
.marked { text-decoration: underline 2px; text-underline-offset: 3px; }
.marked.sev-error { text-decoration-color: var(--error); } .marked.sev-warning { text-decoration-color: var(--warning); }
.marked.sev-info { text-decoration-color: var(--info); } .marked.sev-hint { text-decoration-color: var(--hint); }
sup.ref a { font: 700 .7rem var(--sans); text-decoration: none; padding: 0 .2rem; border-radius: .25rem; }
sup.ref.sev-error a { color: var(--error); background: var(--error-wash); }
sup.ref.sev-warning a { color: var(--warning); background: var(--warning-wash); }
sup.ref.sev-info a { color: var(--info); background: var(--info-wash); }
sup.ref.sev-hint a { color: var(--hint); background: var(--hint-wash); }
.sev { font-weight: 600; text-transform: capitalize; }
.sev-error .sev, .sev.sev-error { color: var(--error); } .sev-warning .sev, .sev.sev-warning { color: var(--warning); }
.sev-info .sev, .sev.sev-info { color: var(--info); } .sev-hint .sev, .sev.sev-hint { color: var(--hint); }
.image { color: var(--muted); font-style: italic; }
@media (max-width: 900px) {
  .row { grid-template-columns: 2.25rem minmax(0, 1fr); }
  .row .notes { grid-column: 2; }
}
@page { size: A4; margin: 16mm 14mm 18mm; }
@media print {
  body { font-size: 9.5pt; }
  header.page { background: none; border-bottom: 2px solid var(--ink); }
  header.page .inner, main, footer.page { max-width: none; padding: 0; }
  .skip, nav.contents { display: none; }
  article.draft { break-before: page; margin: 0; padding-top: 0; border-top: none; }
  h2, h3, h4, h5, h6 { break-after: avoid; }
  tr, .note, blockquote, dl.facts { break-inside: avoid; }
  /* On paper the notes become numbered footnotes under their block. */
  .row { grid-template-columns: 2.2rem minmax(0, 1fr); column-gap: .9rem; }
  .row .notes { grid-column: 2; }
  .row.body { break-inside: avoid; }
  .row .text { font-size: 10.5pt; }
  .note { font-size: 8pt; }
  details.ground > *:not(summary) { display: block; }
  a { color: inherit; text-decoration: none; }
}
`;
