import { isRecord } from '../../parse/frontmatter-view';
import { defineRule } from '../rule';
import { linkTheOnlyCandidate } from '../support';

export default defineRule({
  id: 'scs/county-wide',
  defaultSeverity: 'warning',
  description: 'A district SCS in a two-tier area (`authority.two-tier: true`) has no `related.county-scs`.',
  expectation: 'A district SCS in a two-tier area links to the county-wide SCS.',
  basis: 'requirement',
  passages: ['b5-county-wide-scs', 'c121-two-tier-single-scs'],
  crossDocument: true,
  kinds: ['sustainable-community-strategy'],
  notApplicable({ draft }) {
    const type = draft.fm.value(['authority', 'type']);
    if (type !== 'district')
      return `Applies to the SCS of a district in a two-tier area; this is a ‘${String(type)}’ authority's.`;
    return draft.fm.value(['authority', 'two-tier']) === true
      ? undefined
      : 'Applies to the SCS of a district in a two-tier area; ‘authority.two-tier’ is not true.';
  },
  check({ draft, workspace, report }) {
    if (draft.fm.value(['authority', 'type']) !== 'district' || draft.fm.value(['authority', 'two-tier']) !== true) return;
    const related = draft.fm.value(['related']);
    // A `related` that is not a map is format/schema's to report; a county-scs link that leads nowhere is align/broken-link's.
    if (related !== undefined && !isRecord(related)) return;
    if (related?.['county-scs'] !== undefined) return;
    const span = draft.fm.keySpan(['authority', 'two-tier']);
    if (!span) return;
    report({
      span,
      message:
        "This district SCS in a two-tier area does not link to the county-wide SCS: add ‘related.county-scs’ with the path to the county's SCS, as a county-wide SCS is the minimum expectation.",
      fix: linkTheOnlyCandidate(
        draft,
        workspace,
        'county-scs',
        'sustainable-community-strategy',
        (d) => d.fm.value(['authority', 'type']) === 'county',
      ),
    });
  },
});
