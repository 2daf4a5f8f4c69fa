import type { Kind } from '../../model/kinds';
import { isRecord } from '../../parse/frontmatter-view';
import { defineRule } from '../rule';
import { isGiven } from './targets';
import { linkTheOnlyCandidate } from '../support';

/** How a message names each kind of draft a link may lead to. */
const A_KIND: Record<Kind, string> = {
  'sustainable-community-strategy': 'a Sustainable Community Strategy',
  'local-area-agreement': 'a Local Area Agreement',
  'core-strategy': 'an LDF Core Strategy',
  'housing-strategy': 'a housing strategy',
};

const WHY = 'a Local Area Agreement must relate to the Sustainable Community Strategy it delivers';

export default defineRule({
  id: 'laa/relates-to-scs',
  defaultSeverity: 'error',
  description: 'The agreement has no `related.scs`, or it leads to a draft that is not a Sustainable Community Strategy.',
  expectation: 'The LAA names the SCS it delivers.',
  basis: 'requirement',
  passages: ['b7-relates-to-scs'],
  crossDocument: true,
  kinds: ['local-area-agreement'],
  check({ draft, workspace, report }) {
    const { fm } = draft;
    const related = fm.value(['related']);
    if (related === undefined) {
      // With no SCS in the workspace yet there is nothing to link: say what to do once there is.
      if (!workspace.drafts().some((d) => d.kind === 'sustainable-community-strategy')) {
        report({
          span: draft.fence,
          severity: 'info',
          message: `No SCS is in this workspace yet: once it is, add ‘related:’ with ‘scs:’ and its relative path, as ${WHY}.`,
        });
        return;
      }
      report({
        span: draft.fence,
        message: `This agreement does not name its Sustainable Community Strategy: add ‘related:’ with ‘scs:’ and the relative path to the SCS draft, as ${WHY}.`,
        fix: linkTheOnlyCandidate(draft, workspace, 'scs', 'sustainable-community-strategy'),
      });
      return;
    }
    // A `related` that is not a map is a problem for format/schema; `related:` with nothing after it is not.
    if (related !== null && !isRecord(related)) return;
    if (related === null || !('scs' in related)) {
      report({
        span: fm.keySpan(['related']) ?? draft.fence,
        message: `‘related’ does not name the agreement's Sustainable Community Strategy: add ‘scs:’ under ‘related’ with the relative path to the SCS draft, as ${WHY}.`,
        fix: related === null ? undefined : linkTheOnlyCandidate(draft, workspace, 'scs', 'sustainable-community-strategy'),
      });
      return;
    }
    const link = draft.related.find((r) => r.role === 'scs');
    if (!link || !isGiven(link.target)) {
      // `scs:` with nothing after it, or an empty path; anything else malformed is format/schema's.
      if (isGiven(related.scs) && !link) return;
      report({
        span: link?.targetSpan ?? fm.keySpan(['related', 'scs']) ?? draft.fence,
        message: `‘related.scs’ is empty: give the relative path to the SCS draft, as ${WHY}.`,
      });
      return;
    }
    const resolved = workspace.resolve(draft, link.target);
    // A link that leaves the workspace or leads nowhere is align/broken-link's to report.
    if (resolved.outside) return;
    const target = workspace.draft(resolved.path);
    if (!target || target.kind === 'sustainable-community-strategy') return;
    // A draft whose kind cannot be read is reported in that draft (format/unknown-kind, format/yaml-syntax).
    if (target.isDraft && !target.kind) return;
    const what = target.kind ? A_KIND[target.kind] : 'an ordinary Markdown file with no ‘kind’';
    report({
      span: link.targetSpan,
      message: `‘related.scs’ leads to ${what}, not an SCS: change it to the relative path to the SCS draft instead of ‘${link.target}’, as ${WHY}.`,
    });
  },
});
