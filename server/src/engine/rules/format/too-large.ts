import { MAX_DRAFT_LENGTH } from '../../parse/parse-draft';
import { defineRule } from '../rule';

const megabytes = (length: number) => `${(length / 1_000_000).toFixed(1)} MB`;

export default defineRule({
  id: 'format/too-large',
  defaultSeverity: 'info',
  description: `A draft is longer than ${megabytes(MAX_DRAFT_LENGTH)}: its body is not read, and only its frontmatter is checked.`,
  expectation: 'The draft is small enough to be read whole.',
  passages: [],
  runsOnIncompleteDrafts: true,
  runsOnBrokenDrafts: true,
  check({ draft, report }) {
    if (!draft.parsed.oversized) return;
    report({
      span: draft.fence,
      message: `This draft is ${megabytes(draft.parsed.text.length)}, more than the ${megabytes(MAX_DRAFT_LENGTH)} Placeshaper reads in full: split the body into several drafts to have it checked too, as only the frontmatter is checked now.`,
    });
  },
});
