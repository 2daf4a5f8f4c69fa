// Five linked drafts of a two-tier area, for the `align/*` rule tests and the feature tests.
import { md } from './harness';
import type { Drafts } from './rule-cases';

const CONSULTATION = (from: string, to: string, feedback: string) =>
  md`
  consultation:
    from: ${from}
    to: ${to}
    feedback: ${feedback}
    groups: [residents, children-and-young-people, hard-to-reach, elected-members, parish-councils, businesses, third-sector]
`.trimEnd();

export const VISION = 'A thriving market town and vibrant rural villages where everyone shares in prosperity.';

/** Five linked drafts of a two-tier area, clean under every rule: the base of the alignment tests. */
export const LINKED_DRAFTS: Record<string, string> = {
  'scs/county.md': md`
    ---
    kind: sustainable-community-strategy
    title: Exampleshire 2020
    authority: {name: Exampleshire County Council, type: county, two-tier: true}
    partnership: Exampleshire Partnership
    period: {from: 2008, to: 2020}
    status: submitted
    version: 3
    vision: A safe, healthy and prosperous Exampleshire.
    priorities:
      - id: C1
        title: Safer communities
        principles: [strong-healthy-and-just-society, good-governance]
      - id: C2
        title: Greener economy
        principles: [sustainable-economy, living-within-environmental-limits, sound-science]
    evidence:
      - {id: county-jsna, title: Joint Strategic Needs Assessment, year: 2008, type: jsna}
    ${CONSULTATION('2008-01-07', '2008-03-28', '2008-05-01')}
    ---
    # Exampleshire 2020

    ## C1 Safer communities

    ## C2 Greener economy
  `,
  'scs/district.md': md`
    ---
    kind: scs
    title: Millbrook Matters
    authority: {name: Millbrook District Council, type: district, two-tier: true}
    partnership: Millbrook Partnership
    period: {from: 2008, to: 2026}
    status: submitted
    version: 2
    vision: ${VISION}
    priorities:
      - id: D1
        title: Homes for everyone
        principles: [strong-healthy-and-just-society, sustainable-economy]
        spatial: true
      - id: D2
        title: A greener Millbrook
        principles: [living-within-environmental-limits, sound-science]
        spatial: true
      - id: D3
        title: An involved community
        principles: [good-governance]
    evidence:
      - {id: millbrook-jsna, title: Millbrook needs assessment, year: 2007, type: jsna}
      - {id: shma-2007, title: Strategic Housing Market Assessment, year: 2007, type: housing-market-assessment}
    related:
      county-scs: ./county.md
      core-strategy: ../ldf/core.md
      housing-strategy: ../housing/housing.md
    ${CONSULTATION('2008-01-10', '2008-03-31', '2008-05-15')}
    ---
    # Millbrook Matters

    ## D1 Homes for everyone

    ## D2 A greener Millbrook

    ## D3 An involved community
  `,
  'ldf/core.md': md`
    ---
    kind: core-strategy
    title: Millbrook Core Strategy
    authority: {name: Millbrook District Council, type: district}
    period: {from: 2006, to: 2026}
    status: submitted
    vision: ${VISION}
    related:
      scs: {path: ../scs/district.md, version: 2}
    objectives:
      - {id: O1, title: Deliver new homes, delivers: [D1]}
      - {id: O2, title: Protect the countryside, delivers: [D2]}
    evidence:
      - {id: shma-2007, title: Strategic Housing Market Assessment, year: 2007}
    sustainability-appraisal: {published: 2008-02-01}
    community-involvement: {adopted: 2007-06-01}
    ${CONSULTATION('2008-02-01', '2008-04-30', '2008-06-01')}
    ---
    # Millbrook Core Strategy

    The objectives deliver [homes for everyone](../scs/district.md#D1) and [a greener Millbrook](../scs/district.md#d2-a-greener-millbrook).
  `,
  'housing/housing.md': md`
    ---
    kind: housing-strategy
    title: Millbrook Housing Strategy
    authority: {name: Millbrook District Council, type: district}
    period: {from: 2009, to: 2014}
    status: submitted
    vision: ${VISION}
    related:
      scs: ../scs/district.md
    priorities:
      - {id: H1, title: Affordable homes, supports: [D1, D3]}
    homelessness-strategy: ./homelessness.md
    ${CONSULTATION('2008-09-01', '2008-11-30', '2009-01-15')}
    ---
    # Millbrook Housing Strategy
  `,
  'housing/homelessness.md': '# Millbrook Homelessness Strategy\n\nAn ordinary Markdown file.\n',
  'laa/laa.md': md`
    ---
    kind: local-area-agreement
    title: Exampleshire LAA 2008-11
    authority: {name: Exampleshire County Council, type: county, two-tier: true}
    partnership: Exampleshire Partnership
    period: {from: 2008, to: 2011}
    status: submitted
    vision: A safe, healthy and prosperous Exampleshire.
    related:
      scs: ../scs/county.md
    partners: [Exampleshire County Council, Exampleshire Constabulary, Millbrook District Council]
    targets:
      - id: T1
        indicator: NI 16
        designated: true
        baseline: {value: 21.3, year: 2007}
        target: {value: 18.9, year: 2011}
        lead: Exampleshire Constabulary
        partners: [Exampleshire Constabulary, Exampleshire County Council]
        priority: C1
      - id: T2
        indicator: NI 186
        baseline: {value: 8.1, year: 2005}
        target: {value: 7.2, year: 2011}
        lead: Exampleshire County Council
        partners: [Exampleshire County Council, Millbrook District Council]
        priority: C2
    ${CONSULTATION('2008-02-04', '2008-03-14', '2008-04-30')}
    ---
    # Exampleshire LAA

    The agreement delivers [safer communities](../scs/county.md#C1).
  `,
};

/** The linked drafts with one file changed by `edit`. */
export function withChange(file: string, edit: (text: string) => string): Record<string, string> {
  const changed = edit(LINKED_DRAFTS[file]);
  if (changed === LINKED_DRAFTS[file]) throw new Error(`the edit changed nothing in ${file}`);
  return { ...LINKED_DRAFTS, [file]: changed };
}

/** The linked drafts, checking `file`. */
export function linked(file: string, files: Record<string, string> = LINKED_DRAFTS): Drafts {
  return { files, check: file };
}

/** The linked drafts with the Core Strategy's `related.scs` leading to no draft. */
export function coreWithoutScs(): Drafts {
  return linked(
    'ldf/core.md',
    withChange('ldf/core.md', (text) => text.replace('../scs/district.md', '../scs/missing.md')),
  );
}
