// The linked drafts with a register of facts and references to it, for the facts feature and protocol tests.
import { edit, md } from './harness';
import { LINKED_DRAFTS } from './linked-drafts';

export const REGISTER = md`
  # The register of facts the Millbrook drafts share.
  housing.requirement:
    value: 10060
    unit: homes
    as-of: 2009-03-31
    source: shma-2007
    owner: Millbrook District Council, Planning Policy Team
    earlier: [8600, 9200]
  plan.end:
    value: 2026
    unit: year
    source: https://example.org/regional-spatial-strategy
  affordable.need:
    value: 410
    unit: affordable homes
    source: shma-2007
`;

/**
 * The linked drafts with a register and references to it: `housing.requirement` in the body of two
 * drafts (`{#id}`), `plan.end` in the frontmatter of two (`{fact: id}`) and in one body (`{id="id"}`),
 * `affordable.need` nowhere.
 */
export const FACT_FILES: Record<string, string> = {
  ...LINKED_DRAFTS,
  'facts.yaml': REGISTER,
  'ldf/core.md':
    edit(LINKED_DRAFTS['ldf/core.md'], 'period: {from: 2006, to: 2026}', 'period: {from: 2006, to: {fact: plan.end}}') +
    '\nThe plan provides :fact[10,060 homes]{#housing.requirement} by :fact[2026]{id="plan.end"}.\n',
  'scs/district.md':
    edit(LINKED_DRAFTS['scs/district.md'], 'period: {from: 2008, to: 2026}', 'period: {from: 2008, to: {fact: plan.end}}') +
    '\nMillbrook plans for :fact[10,060 new homes]{#housing.requirement}.\n',
};

/** The hover of `housing.requirement` in those drafts. */
export const HOUSING_REQUIREMENT = [
  '**housing.requirement**: 10,060 homes',
  '',
  'as of 2009-03-31 · source: `shma-2007` · kept by Millbrook District Council, Planning Policy Team',
  '',
  'Earlier: 8,600 homes, 9,200 homes',
  '',
  'Used in 2 places in 2 drafts: ldf/core.md, scs/district.md.',
  '',
  '*From the register of facts, facts.yaml.*',
].join('\n');
