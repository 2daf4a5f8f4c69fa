// Drafts and helpers shared by the `laa/*` rule tests.
import { md, workspace, type Seen } from '../../../../../test/support/harness';
import type { Finding } from '../rule';

/** A clean SCS with three priorities, for LAAs to link to as `./scs.md`. */
export const SCS = md`
  ---
  kind: sustainable-community-strategy
  title: Exampleshire 2020
  authority:
    name: Exampleshire County Council
    type: county
  partnership: Exampleshire Partnership
  period:
    from: 2008
    to: 2020
  status: draft
  vision: A prosperous, safe and healthy Exampleshire.
  priorities:
    - id: P1
      title: Safer communities
    - id: P2
      title: Jobs and skills
    - id: P3
      title: Stronger neighbourhoods
  ---
  # Exampleshire 2020

  ## P1 Safer communities

  ## P2 Jobs and skills

  ## P3 Stronger neighbourhoods
`;

/**
 * A clean LAA linked to `./scs.md`: three targets, one with block-style maps and lists, one local.
 * Line numbers (0-based) that tests rely on: `period` 7, `related` 11, `targets` 14,
 * T1 15–22, T2 23–36, T3 37–45, `consultation` 46, `groups` 49.
 */
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

/** Replaces one exact piece of a fixture, failing loudly when it is not there (so that tests cannot drift silently). */
export function edit(text: string, from: string, to: string): string {
  if (!text.includes(from)) throw new Error(`fixture does not contain ${JSON.stringify(from)}`);
  return text.replace(from, to);
}

/** The workspace of an LAA (`laa.md`) and the SCS it links to (`scs.md`). */
export function laaWorkspace(laa: string, scs: string = SCS) {
  return workspace({ 'scs.md': scs, 'laa.md': laa });
}

/** Findings of `rule` on the LAA, as tests compare them. */
export function checkLaa(rule: string, laa: string, scs: string = SCS): Seen[] {
  return laaWorkspace(laa, scs).check('laa.md').filter((seen) => seen.rule === rule);
}

/** Findings of `rule` on the LAA, with spans, fixes and related information. */
export function findingsOf(rule: string, laa: string, scs: string = SCS): Finding[] {
  return laaWorkspace(laa, scs).findings('laa.md').filter((finding) => finding.rule === rule);
}

export type Range = [number, number, number, number];
