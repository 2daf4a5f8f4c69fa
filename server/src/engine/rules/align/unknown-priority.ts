import { closest } from '../../suggest';
import { defineRule } from '../rule';
import { withoutScs } from '../support';
import { nameOf, pointAt, priorityIds } from './shared';

export default defineRule({
  id: 'align/unknown-priority',
  defaultSeverity: 'error',
  description: 'A Core Strategy `delivers` or a housing `supports` id is not a priority of the linked SCS.',
  expectation: 'Every priority it delivers or supports is a priority of its SCS.',
  basis: 'requirement',
  passages: ['b5-plans-take-account', 'b7-links-to-priorities', 'c121-spatial-delivery'],
  crossDocument: true,
  kinds: ['core-strategy', 'housing-strategy'],
  notApplicable: ({ draft, workspace }) => withoutScs(workspace, draft),
  check({ draft, workspace, report }) {
    const scs = workspace.scsOf(draft);
    if (!scs) return;
    const ids = priorityIds(scs);
    for (const reference of draft.references) {
      if (ids.includes(reference.id)) continue;
      const suggestion = closest(reference.id, ids);
      const owner =
        reference.via === 'objective' ? `Objective ‘${reference.from.id}’` : `Housing priority ‘${reference.from.id}’`;
      const verb = reference.via === 'objective' ? 'delivers' : 'supports';
      report({
        span: reference.span,
        message: `${owner} ${verb} ‘${reference.id}’, which is not a priority of its SCS; ${suggestion ? `did you mean ‘${suggestion}’?` : `use one of the SCS's priority ids (${ids.map((i) => `‘${i}’`).join(', ') || 'it has none yet'}).`} The SCS is ${nameOf(scs, draft)}.`,
        related: [pointAt(scs, ['priorities'], 'The SCS priorities it can name')],
        fix: suggestion
          ? { title: `Replace with ‘${suggestion}’`, edits: [{ span: reference.span, newText: suggestion }] }
          : undefined,
      });
    }
  },
});
