import { defineRule } from '../rule';

export default defineRule({
  id: 'scs/vision',
  defaultSeverity: 'error',
  description: 'The SCS has no `vision`, or it is empty.',
  expectation: 'The SCS states a long-term vision.',
  basis: 'requirement',
  passages: ['b5-vision'],
  kinds: ['sustainable-community-strategy'],
  check({ draft, report }) {
    const vision = draft.fm.value(['vision']);
    if (vision === undefined) {
      report({
        span: draft.fence,
        message:
          'This SCS has no ‘vision’: add ‘vision:’ with the long-term vision for the area, a top-line statement based firmly on local needs that the key priorities follow from.',
      });
      return;
    }
    // `vision:` with nothing, or a number or list, is format/schema's to report.
    if (typeof vision !== 'string' || vision.trim() !== '') return;
    report({
      span: draft.fm.valueSpan(['vision']) ?? draft.fm.keySpan(['vision']) ?? draft.fence,
      message:
        'The ‘vision’ of this SCS is empty: write the long-term vision for the area, a top-line statement based firmly on local needs that the key priorities follow from.',
    });
  },
});
