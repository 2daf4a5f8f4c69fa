import { defineRule } from '../rule';
import { yamlScalar } from '../support';
import { nameOf } from './shared';

export default defineRule({
  id: 'align/stale',
  defaultSeverity: 'warning',
  description: 'A `related` link records a `version` and the linked document now has another.',
  expectation: 'It was aligned with the current version of every draft it links to.',
  passages: [],
  crossDocument: true,
  notApplicable({ draft }) {
    return draft.related.some((link) => link.version !== undefined)
      ? undefined
      : 'Applies to ‘related’ links that record a ‘version’; this draft’s record none.';
  },
  check({ draft, workspace, report }) {
    for (const link of draft.related) {
      if (link.version === undefined || !link.versionSpan) continue;
      const target = workspace.linked(draft, link.role);
      const current = target?.fm.value(['version']);
      if (!target || (typeof current !== 'string' && typeof current !== 'number') || String(current) === String(link.version))
        continue;
      report({
        span: link.versionSpan,
        message: `This draft was aligned with version ${link.version} of the linked draft, now out of date: review what changed, then record version ${current}; ${nameOf(target, draft)} is now at version ${current}.`,
        related: [{ path: target.path, span: target.fm.valueSpan(['version']) ?? target.fence, message: 'The current version' }],
        fix: {
          title: `Mark as aligned with version ${current}`,
          edits: [{ span: link.versionSpan, newText: yamlScalar(current) }],
        },
      });
    }
  },
});
