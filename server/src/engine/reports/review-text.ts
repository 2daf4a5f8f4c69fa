// The words the review's Markdown and HTML forms share: statuses, bases, the header's facts, link groups.
import { joinAnd } from '../suggest';
import type { ChecklistStatus } from './checklist';
import type {
  ChecklistItem,
  ReviewCounts,
  ReviewDraft,
  ReviewGround,
  ReviewLink,
  ReviewReport,
  ReviewRule,
} from './review-report';

export const STATUS_TEXT: Readonly<Record<ChecklistStatus, string>> = {
  met: 'Met',
  'not-met': 'Not met',
  silenced: 'Silenced',
  'not-applicable': 'Not applicable',
  'not-checked': 'Not checked',
  off: 'Turned off',
};

export const BASIS_TEXT: Readonly<Record<ReviewRule['basis'], string>> = {
  requirement: 'requirement',
  fact: 'fact',
  practice: 'good practice',
  check: 'check',
};

/** "1 requirement, 2 good practices not met", "nothing not met". */
export function notMetPhrase(counts: ReviewCounts): string {
  const parts = [
    counts.requirement && `${counts.requirement} ${counts.requirement === 1 ? 'requirement' : 'requirements'}`,
    counts.fact && `${counts.fact} ${counts.fact === 1 ? 'fact' : 'facts'}`,
    counts.practice && `${counts.practice} ${counts.practice === 1 ? 'good practice' : 'good practices'}`,
    counts.check && `${counts.check} ${counts.check === 1 ? 'check' : 'checks'}`,
  ].filter((p): p is string => Boolean(p));
  return parts.length === 0 ? 'every rule met or not applicable' : `${joinAnd(parts)} not met`;
}

/** The facts a header shows, in order, with their labels. */
export function headerFacts(draft: ReviewDraft): [string, string][] {
  return (
    [
      ['Kind', draft.kind],
      ['Authority', draft.authority],
      ['Partnership', draft.partnership],
      ['Status', draft.status],
      ['Period', draft.period],
      ['Version', draft.version],
      [
        'Last commit',
        draft.revision &&
          `${draft.revision.commit.slice(0, 7)} on ${draft.revision.date}${draft.revision.changedSince ? ', changed since (not committed)' : ''}`,
      ],
    ] as [string, string | undefined][]
  ).filter((entry): entry is [string, string] => entry[1] !== undefined);
}

/** What the scope of a review says when it is not the whole draft. */
export const SCOPE_TEXT: Readonly<Record<ReviewDraft['scope'], string | undefined>> = {
  full: undefined,
  'frontmatter-only': 'This draft is too large to be read whole: only its frontmatter was checked, and its text is not shown.',
  'format-problems':
    'The frontmatter of this draft cannot be read: only its format was checked. Correct the format problems first.',
};

/** The one line the checklist shows for how the draft stands against a rule. */
export function statusLine(item: ChecklistItem, draft: ReviewDraft): string {
  if (item.status === 'not-met') {
    const lines = item.findings.map((n) => draft.findings[n - 1].line);
    const noun = item.findings.length === 1 ? 'finding' : 'findings';
    return `Not met: ${noun} ${item.findings.join(', ')} (line ${[...new Set(lines)].join(', ')})`;
  }
  return item.reason ? `${STATUS_TEXT[item.status]}: ${item.reason}` : STATUS_TEXT[item.status];
}

/** The ground of a rule in a line: where it comes from and what it is. */
export function groundLine(ground: ReviewGround | undefined): string {
  if (!ground) return 'no passage: a check of the format or of consistency';
  if (ground.type === 'fact') return ground.sources.map((s) => s.title).join('; ');
  return ground.attribution;
}

/** A draft's links, those from one other draft taken together: one line for each draft it links to or that links to it. */
export interface LinkGroup {
  incoming: boolean;
  /** The other draft. */
  file?: string;
  title?: string;
  kind?: string;
  /** Where the links are written: `related.scs` at line 15, and so on. */
  places: { via: string; line: number }[];
  /** The worst state among them, and what is wrong. */
  state: ReviewLink['state'];
  problems: string[];
}

const STATE_ORDER: readonly ReviewLink['state'][] = ['ok', 'stale', 'broken'];

export function linkGroups(draft: ReviewDraft): LinkGroup[] {
  const groups: LinkGroup[] = [];
  const add = (link: ReviewLink, incoming: boolean) => {
    const file = incoming ? link.from : link.file;
    let group = groups.find(
      (g) => g.incoming === incoming && g.file === file && (file !== undefined || g.places[0]?.via === link.via),
    );
    if (!group) {
      group = { incoming, file, title: link.title, kind: link.kind, places: [], state: 'ok', problems: [] };
      groups.push(group);
    }
    group.places.push({ via: link.via, line: link.line });
    if (STATE_ORDER.indexOf(link.state) > STATE_ORDER.indexOf(group.state)) group.state = link.state;
    if (link.problem && !group.problems.includes(link.problem)) group.problems.push(link.problem);
  };
  draft.links.out.forEach((link) => add(link, false));
  draft.links.in.forEach((link) => add(link, true));
  return groups;
}

/** The rule a checklist item or a finding names, as the report describes it. */
export function ruleOf(report: ReviewReport, id: string): ReviewRule {
  const rule = report.rules.find((r) => r.id === id);
  if (!rule) throw new Error(`the review describes no rule ${id}`);
  return rule;
}

/** Where a group's links are written, a phrase per way of linking: "`related.scs` line 19", "body links at lines 228, 267 and 283". */
export function placePhrases(group: LinkGroup): { via: string; lines: number[] }[] {
  const byVia = new Map<string, number[]>();
  for (const place of group.places) byVia.set(place.via, [...(byVia.get(place.via) ?? []), place.line]);
  return [...byVia].map(([via, lines]) => ({ via, lines: [...new Set(lines)] }));
}
