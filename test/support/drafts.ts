// Single drafts that the rule tests start from and change.
import { md } from './harness';

/** The smallest SCS the schema accepts (no consultation, evidence or principles): rule tests add what they need. */
export const MINIMAL_SCS = md`
  ---
  kind: sustainable-community-strategy
  title: Exampleshire Sustainable Community Strategy
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
  ---
  # Exampleshire SCS

  ## P1 Safer communities
`;

/** A small SCS, clean but for `align/undelivered-priority` (nothing delivers P1); tests override keys by editing the text. */
export const CLEAN_SCS = MINIMAL_SCS.replace(
  '    title: Safer communities\n',
  [
    '    title: Safer communities',
    '    principles: [living-within-environmental-limits, strong-healthy-and-just-society, sustainable-economy, good-governance, sound-science]',
    'evidence:',
    '  - {id: jsna-2025, title: Joint Strategic Needs Assessment, year: 2025, type: jsna}',
    'consultation:',
    '  from: 2026-01-05',
    '  to: 2026-03-27',
    '  feedback: 2026-05-01',
    '  groups: [residents, children-and-young-people, hard-to-reach, elected-members]',
    '',
  ].join('\n'),
);

/** A Core Strategy with both supporting documents; the core rule tests take one away. */
export const CORE = md`
  ---
  kind: core-strategy
  title: Exampleshire Core Strategy
  authority:
    name: Exampleshire County Council
    type: county
  period:
    from: 2008
    to: 2026
  status: draft
  vision: A prosperous, safe and healthy Exampleshire.
  sustainability-appraisal: ./sustainability-appraisal.md
  community-involvement:
    adopted: 2007-05-01
  ---
  # Exampleshire Core Strategy
`;

/** The keys a new LAA (`kind: laa` alone) lacks, as the missing-keys fix and the skeleton completion write them on 2026-11-30. */
export const LAA_MISSING_KEYS = [
  'title: <the document title>',
  'authority:',
  '  name: <the name of the authority>',
  '  type: county',
  'partnership: <the name of the Local Strategic Partnership>',
  'period:',
  '  from: 2026',
  '  to: 2029',
  'status: draft',
];
