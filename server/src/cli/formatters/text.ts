import { printable } from '../io';
import type { CheckReport } from '../report';

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** `file:line:col  severity  rule-id  message`, then a summary line. */
export function formatText(report: CheckReport): string {
  const lines = report.diagnostics.map(
    (d) =>
      `${printable(d.file)}:${d.range.start.line}:${d.range.start.column}  ${d.severity}  ${d.rule}  ${printable(d.message)}`,
  );
  const { errors, warnings, infos, hints, drafts } = report.summary;
  const total = errors + warnings + infos + hints;
  const checked = plural(drafts, 'draft');
  if (total === 0) {
    lines.push(
      drafts === 0 ? 'No strategy drafts found (Markdown files whose frontmatter names a `kind`).' : `No problems in ${checked}.`,
    );
  } else {
    const parts = [
      plural(errors, 'error'),
      plural(warnings, 'warning'),
      plural(infos, 'info'),
      ...(hints ? [plural(hints, 'hint')] : []),
    ];
    lines.push('', `${plural(total, 'problem')} (${parts.join(', ')}) in ${checked}.`);
  }
  return lines.join('\n') + '\n';
}
