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
  const line = effectiveLine(draft, lines.positionAt(finding.span.start).line);
  const names = (rules: string[]) =>
    rules.length === 0 || rules.includes(finding.rule) || rules.includes(`${finding.rule.split('/')[0]}/*`);
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

/**
 * A finding at the opening fence counts as on the first key of the frontmatter, so that a
 * YAML control comment above that key can silence it.
 */
function effectiveLine(draft: DraftModel, line: number): number {
  if (line !== 0 || !draft.parsed.frontmatter) return line;
  const lines = draft.parsed.text.slice(0, draft.parsed.frontmatter.contentSpan.end).split('\n');
  const first = lines.findIndex((text, index) => index > 0 && text.trim() !== '' && !text.trimStart().startsWith('#'));
  return first === -1 ? 1 : first;
}
