// A new draft of each kind, clean on arrival: every key the rules look for, this year's dates, the
// workspace's SCS linked (its vision, evidence and a priority carried over), and placeholders in angle
// brackets where only the author can say what goes there.
import { stringify } from 'yaml';
import type { Engine } from '../engine';
import type { DraftModel } from '../model/draft-model';
import type { Kind } from '../model/kinds';
import { CONSULTATION_GROUPS, PRINCIPLES } from '../schema/frontmatter-schema';
import { relativePath } from '../model/links';
import { titleOf } from './describe';

export interface NewDraftOptions {
  kind: Kind;
  title: string;
  authority: { name: string; type: string };
  /** Where the draft will be saved (absolute): its links are relative to it. */
  path: string;
  /** The SCS the draft delivers or aligns with (absolute path), if any. */
  scs?: string;
}

/** The SCS drafts of the workspace, for the author to pick the one a new draft delivers. */
export function scsChoices(engine: Engine): { path: string; title: string }[] {
  return engine.workspace
    .drafts()
    .filter((d) => d.kind === 'sustainable-community-strategy')
    .map((d) => ({ path: d.path, title: titleOf(d) }));
}

/** Consultation groups that satisfy every rule on involvement, for any kind. */
const GROUPS = CONSULTATION_GROUPS.filter((group) =>
  [
    'residents',
    'children-and-young-people',
    'hard-to-reach',
    'third-sector',
    'businesses',
    'parish-councils',
    'elected-members',
  ].includes(group),
);

/** How long each kind usually runs, in years. */
const YEARS: Readonly<Record<Kind, number>> = {
  'sustainable-community-strategy': 10,
  'local-area-agreement': 3,
  'core-strategy': 15,
  'housing-strategy': 5,
};

const day = (date: Date) => date.toISOString().slice(0, 10);
const weeksAfter = (date: Date, weeks: number) => new Date(date.getTime() + weeks * 7 * 86_400_000);

/** The text of a new draft, in LF line endings. */
export function newDraftText(engine: Engine, options: NewDraftOptions): string {
  const today = engine.today;
  const year = today.getUTCFullYear();
  const scs = options.scs ? engine.workspace.draft(options.scs) : undefined;
  const link = scs ? relativePath(options.path, scs.path).replace(/^(?!\.)/, './') : undefined;
  const firstPriority = scs?.priorities[0]?.id;
  const scsVision = scs && typeof scs.fm.value(['vision']) === 'string' ? String(scs.fm.value(['vision'])) : undefined;
  const scsEvidence = scs ? evidenceOf(scs) : [];
  // Consultation opens today and runs twelve weeks, the feedback to follow after it closes.
  const consultation = {
    from: day(today),
    to: day(weeksAfter(today, 12)),
    groups: GROUPS,
  };
  const common: Record<string, unknown> = {
    kind: options.kind,
    title: options.title,
    authority: { name: options.authority.name, type: options.authority.type },
  };
  const period = { from: year, to: year + YEARS[options.kind] };
  const partnership = `<the name of the Local Strategic Partnership>`;
  let frontmatter: Record<string, unknown>;
  let body: string[];
  switch (options.kind) {
    case 'sustainable-community-strategy':
      frontmatter = {
        ...common,
        partnership,
        period,
        status: 'draft',
        vision: '<the long-term vision for the area, based on local needs>',
        priorities: [{ id: 'P1', title: '<the first priority>', principles: [...PRINCIPLES] }],
        evidence: [{ id: `jsna-${year}`, title: 'Joint Strategic Needs Assessment', year, type: 'jsna' }],
        consultation,
      };
      body = [
        '## Our vision',
        '',
        'The place the partnership wants the area to be by the end of the period.',
        '',
        '## P1',
        '',
        'What this priority means for the area, and how the partners will deliver it.',
        '',
        '## Involving local people',
        '',
        'Who was consulted, how, and what changed as a result.',
      ];
      break;
    case 'local-area-agreement':
      frontmatter = {
        ...common,
        partnership,
        period,
        status: 'draft',
        ...(link ? { related: { scs: link } } : {}),
        partners: [options.authority.name],
        targets: [
          {
            id: 'T1',
            indicator: 'local',
            title: '<what the target measures>',
            designated: false,
            baseline: { value: '<the baseline value>', year },
            target: { value: '<the value to reach>', year: period.to },
            lead: options.authority.name,
            partners: [options.authority.name],
            priority: firstPriority ?? '<the id of the SCS priority it delivers>',
          },
        ],
        consultation,
      };
      body = [
        scs
          ? `The delivery agreement for [${titleOf(scs)}](${link}).`
          : 'The delivery agreement for the Sustainable Community Strategy.',
        '',
        '## Targets',
        '',
        'What each target measures, who leads it, and which priority of the SCS it delivers.',
      ];
      break;
    case 'core-strategy':
    case 'housing-strategy': {
      // Both carry the SCS's vision and evidence, and name the priority their first item delivers.
      const core = options.kind === 'core-strategy';
      const item = core
        ? { id: 'SO1', title: '<the first spatial objective>', delivers: firstPriority ? [firstPriority] : [] }
        : { id: 'H1', title: '<the first housing priority>', supports: firstPriority ? [firstPriority] : [] };
      frontmatter = {
        ...common,
        period,
        status: 'draft',
        vision: scsVision ?? (core ? '<the spatial vision for the area>' : '<the vision for housing in the area>'),
        ...(link ? { related: { scs: link } } : {}),
        [core ? 'objectives' : 'priorities']: [item],
        evidence: scsEvidence.length ? scsEvidence : [{ id: `evidence-${year}`, title: '<the first study>', year }],
        consultation,
      };
      body = core
        ? ['## Spatial objectives', '', 'How the plan delivers the spatial priorities of the Sustainable Community Strategy.']
        : ['## Housing priorities', '', 'What each priority will do, and which priority of the SCS it supports.'];
      break;
    }
  }
  const yaml = stringify(frontmatter, { lineWidth: 0, flowCollectionPadding: false, collectionStyle: 'block' });
  return `---\n${yaml}---\n# ${options.title}\n\n${body.join('\n')}\n`;
}

function evidenceOf(draft: DraftModel): Record<string, unknown>[] {
  const list = draft.fm.value(['evidence']);
  return Array.isArray(list)
    ? list.filter((e): e is Record<string, unknown> => typeof e === 'object' && e !== null && typeof e.id !== 'undefined')
    : [];
}
