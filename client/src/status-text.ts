import type { DraftInfoResult } from '../../common/protocol';

/**
 * "$(law) Sustainable Community Strategy · 3 problems" for the active draft, "… · frontmatter broken · 1 problem"
 * while its YAML cannot be read (exactly when the author most needs to know where they are); hidden for
 * ordinary Markdown.
 */
export function statusText(info: DraftInfoResult, problems: number): string {
  const label = info.label ?? info.kind ?? 'Placeshaper draft';
  const count = `${problems} ${problems === 1 ? 'problem' : 'problems'}`;
  return `$(law) ${[label, info.frontmatterBroken ? 'frontmatter broken' : undefined, count].filter(Boolean).join(' · ')}`;
}
