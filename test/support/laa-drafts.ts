// An LAA and the SCS it delivers, for the `laa/*` rule tests.
import { MINIMAL_SCS } from './drafts';
import { edit, md } from './harness';
import type { Drafts } from './rule-cases';

/** A clean SCS with three priorities, for LAAs to link to as `./scs.md`: the minimal SCS, titled and with two more. */
export const SCS =
  [
    ['title: Exampleshire Sustainable Community Strategy', 'title: Exampleshire 2020'],
    ['# Exampleshire SCS', '# Exampleshire 2020'],
    [
      '    title: Safer communities\n',
      '    title: Safer communities\n  - id: P2\n    title: Jobs and skills\n  - id: P3\n    title: Stronger neighbourhoods\n',
    ],
  ].reduce((text, [from, to]) => edit(text, from, to), MINIMAL_SCS) +
  '\n## P2 Jobs and skills\n\n## P3 Stronger neighbourhoods\n';

/** A clean LAA linked to `./scs.md`: three targets, one with block-style maps and lists, one local. */
export const LAA = md`
  ---
  kind: local-area-agreement
  title: Exampleshire Local Area Agreement 2008 to 2011
  authority:
    name: Exampleshire County Council
    type: county
  partnership: Exampleshire Partnership
  period:
    from: 2008
    to: 2011
  status: draft
  related:
    scs: ./scs.md
  partners: [Exampleshire County Council, Exampleshire Constabulary, Jobcentre Plus, Exampleshire Primary Care Trust]
  targets:
    - id: T1
      indicator: NI 16
      designated: true
      baseline: {value: 14.8, year: 2007}
      target: {value: 13.3, year: 2011}
      lead: Exampleshire Constabulary
      partners: [Exampleshire Constabulary, Exampleshire County Council]
      priority: P1
    - id: T2
      indicator: NI 153
      designated: true
      baseline:
        value: 27.9
        year: 2007
      target:
        value: 25.4
        year: 2011
      lead: Jobcentre Plus
      partners:
        - Jobcentre Plus
        - Exampleshire County Council
      priority: P2
    - id: T3
      indicator: local
      title: Residents satisfied with their neighbourhood
      designated: false
      baseline: {value: 71, year: 2008}
      target: {value: 75, year: 2011}
      lead: Exampleshire County Council
      partners: [Exampleshire County Council, Exampleshire Primary Care Trust]
      priority: P3
  consultation:
    from: 2008-01-21
    to: 2008-03-28
    groups: [residents, children-and-young-people, hard-to-reach, third-sector, businesses, parish-councils, elected-members]
    feedback: 2008-05-09
  ---
  # Exampleshire Local Area Agreement 2008 to 2011

  The delivery agreement for [Exampleshire 2020](./scs.md).
`;

/** The workspace of an LAA (`laa.md`, the draft checked) and the SCS it links to (`scs.md`). */
export function laa(text: string, scs: string = SCS): Drafts {
  return { files: { 'scs.md': scs, 'laa.md': text }, check: 'laa.md' };
}
