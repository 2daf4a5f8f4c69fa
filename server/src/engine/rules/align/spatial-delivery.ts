import type { DraftModel } from '../../model/draft-model';
import { defineRule } from '../rule';
import { nameOf, pointAt } from './shared';

export default defineRule({
  id: 'align/spatial-delivery',
  defaultSeverity: 'warning',
  description:
    'An SCS priority with `spatial: true` is delivered by no objective of the Core Strategy in its `related.core-strategy`.',
  expectation: 'Every spatial priority is delivered by a Core Strategy objective.',
  basis: 'practice',
  passages: ['c121-spatial-delivery', 'b5-plans-take-account'],
  crossDocument: true,
  kinds: ['sustainable-community-strategy'],
  notApplicable({ draft }) {
    return draft.priorities.some((p) => p.data.spatial === true)
      ? undefined
      : 'Applies to priorities marked ‘spatial: true’; this SCS has none.';
  },
  check({ draft, workspace, report }) {
    const spatial = draft.priorities.filter((p) => p.data.spatial === true);
    if (spatial.length === 0) return;
    const linked = workspace.linked(draft, 'core-strategy');
    const cores: DraftModel[] =
      linked?.kind === 'core-strategy'
        ? [linked]
        : [
            ...new Set(
              workspace
                .referencesTo(draft)
                .filter((r) => r.reference.via === 'objective')
                .map((r) => r.draft),
            ),
          ];
    for (const priority of spatial) {
      const delivered = cores.some((core) =>
        core.references.some((r) => r.via === 'objective' && r.id === priority.id && workspace.scsOf(core)?.path === draft.path),
      );
      if (delivered) continue;
      const message =
        linked?.kind === 'core-strategy'
          ? `is delivered by no Core Strategy objective; good practice: add it to the ‘delivers’ of the objective that does, in ${nameOf(linked, draft)}`
          : cores.length
            ? 'is delivered by no Core Strategy objective; good practice: add it to the ‘delivers’ of the objective that does'
            : 'has no Core Strategy linked to deliver it; good practice: link one in ‘related.core-strategy’ and name this priority in an objective’s ‘delivers’';
      report({
        span: priority.idSpan,
        message: `Spatial priority ‘${priority.id}’ ${message}.`,
        related: cores.map((core) => pointAt(core, ['objectives'], 'The Core Strategy objectives')),
      });
    }
  },
});
