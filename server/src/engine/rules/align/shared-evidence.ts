import { defineRule } from '../rule';
import { evidenceIds, listAnd, spanOr, withoutScs } from '../support';
import { nameOf, pointAt } from './shared';

export default defineRule({
  id: 'align/shared-evidence',
  defaultSeverity: 'info',
  description: 'A Core Strategy shares no evidence `id` with its SCS.',
  expectation: 'It shares evidence with its SCS.',
  basis: 'practice',
  passages: ['c121-shared-evidence', 'c123-evidence-up-to-date'],
  crossDocument: true,
  kinds: ['core-strategy'],
  notApplicable: ({ draft, workspace }) => withoutScs(workspace, draft),
  check({ draft, workspace, report }) {
    const scs = workspace.scsOf(draft);
    if (!scs) return;
    const theirs = evidenceIds(scs);
    if (theirs.length === 0) return;
    const ours = evidenceIds(draft);
    if (ours.some((id) => theirs.includes(id))) return;
    report({
      span: spanOr(draft, ['evidence']),
      message: `This Core Strategy shares no evidence with its SCS; good practice: list the studies both rest on under ‘evidence’ with the same ‘id’ as ${nameOf(scs, draft)}, which has ${listAnd(theirs)}.`,
      related: [pointAt(scs, ['evidence'], 'The SCS evidence base')],
    });
  },
});
