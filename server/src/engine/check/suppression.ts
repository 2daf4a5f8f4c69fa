import type { DraftModel } from '../model/draft-model';
import type { Finding } from '../rules/rule';

/**
 * Whether control comments silence a finding: `placeshaper-disable [ids]` up to a matching
 * `placeshaper-enable [ids]`, or `placeshaper-disable-next-line [ids]` for the line below.
 * Without ids a comment applies to every rule.
 */
export function isSuppressed(draft: DraftModel, finding: Finding): boolean {
  if (draft.controls.length === 0) return false;
  const lines = draft.parsed.lines;
  // A finding at the opening fence counts as on the first frontmatter line, so that a
  // `# placeshaper-disable` at the top of the frontmatter can silence it.
  const line = Math.max(1, lines.positionAt(finding.span.start).line);
  const names = (rules: string[]) => rules.length === 0 || rules.includes(finding.rule) || rules.includes(`${finding.rule.split('/')[0]}/*`);
  let disabled = false;
  for (const control of draft.controls) {
    const controlLine = lines.positionAt(control.span.end).line;
    if (control.directive === 'disable-next-line') {
      if (controlLine + 1 === line && names(control.rules)) return true;
      continue;
    }
    if (lines.positionAt(control.span.start).line > line) break;
    if (names(control.rules)) disabled = control.directive === 'disable';
  }
  return disabled;
}
