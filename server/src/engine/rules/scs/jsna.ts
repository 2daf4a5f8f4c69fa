import { isRecord } from '../../parse/frontmatter-view';
import { defineRule } from '../rule';

export default defineRule({
  id: 'scs/jsna',
  defaultSeverity: 'warning',
  description: 'The evidence base has no item of `type: jsna`.',
  expectation: 'The evidence base includes the Joint Strategic Needs Assessment.',
  basis: 'requirement',
  passages: ['b6-jsna'],
  kinds: ['sustainable-community-strategy'],
  check({ draft, report }) {
    const evidence = draft.fm.value(['evidence']);
    if (evidence === undefined) {
      report({
        span: draft.fence,
        message:
          'This SCS lists no ‘evidence’: add an ‘evidence’ list with the Joint Strategic Needs Assessment as an item of ‘type: jsna’, so that the JSNA feeds into the SCS.',
      });
      return;
    }
    // An `evidence` that is not a list is format/schema's to report.
    if (!Array.isArray(evidence)) return;
    if (evidence.some((item) => isRecord(item) && typeof item.type === 'string' && item.type.trim().toLowerCase() === 'jsna'))
      return;
    report({
      span: draft.fm.keySpan(['evidence']) ?? draft.fence,
      message:
        'No item of the ‘evidence’ base is a Joint Strategic Needs Assessment: add the JSNA to ‘evidence’ with ‘type: jsna’, as it should feed into the SCS.',
    });
  },
});
