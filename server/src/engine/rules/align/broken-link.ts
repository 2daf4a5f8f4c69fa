import type { DraftModel } from '../../model/draft-model';
import { documentLinksOf, relativePath } from '../../model/links';
import { kindInfo, RELATED_ROLES, withArticle } from '../../model/kinds';
import type { Span } from '../../text/line-index';
import { closest, fileNameLimit } from '../../suggest';
import { defineRule, type Report } from '../rule';
import type { WorkspaceView } from '../../workspace/workspace-view';

interface LinkCheck {
  written: string;
  span: Span;
  /** How the message names the link: "‘related.scs’", "This link". */
  label: string;
  expectedKind?: ReturnType<typeof kindInfo>['kind'];
  fragment?: string;
}

export default defineRule({
  id: 'align/broken-link',
  defaultSeverity: 'error',
  description:
    'A `related` link or a body link to another draft leads nowhere, leaves the workspace, names the wrong kind for its role, or names a fragment that the target lacks.',
  expectation: 'Every link to another draft leads to a draft of the right kind, inside the workspace.',
  passages: [],
  crossDocument: true,
  notApplicable({ draft }) {
    return draft.related.length || draft.bodyLinks.length || documentLinksOf(draft).length
      ? undefined
      : 'The draft links to no other file.';
  },
  check({ draft, workspace, report }) {
    const checks: LinkCheck[] = [];
    for (const link of draft.related) {
      // An LAA's `related.scs` of the wrong kind is laa/relates-to-scs's to report.
      const expectedKind = draft.kind === 'local-area-agreement' && link.role === 'scs' ? undefined : RELATED_ROLES[link.role];
      checks.push({ written: link.target, span: link.targetSpan, label: `‘related.${link.role}’`, expectedKind });
    }
    for (const { key, target, span } of documentLinksOf(draft)) checks.push({ written: target, span, label: `‘${key}’` });
    for (const link of draft.bodyLinks)
      checks.push({ written: link.target, span: link.span, label: 'This link', fragment: link.fragment });
    for (const link of checks) {
      const problem = checkLink(draft, workspace, link);
      if (problem) report(problem);
    }
  },
});

function checkLink(draft: DraftModel, workspace: WorkspaceView, link: LinkCheck): Report | undefined {
  const target = link.written.split('#')[0];
  if (!target) return undefined;
  const resolved = workspace.resolve(draft, target);
  if (resolved.outside) {
    // A draft opened on its own is read with the drafts around it only: a link beyond them is not wrong, just unchecked.
    if (workspace.rootIsInferred) {
      return {
        span: link.span,
        severity: 'info',
        message: `${link.label} was not checked: open the folder that holds both drafts as a workspace to check it; ‘${link.written}’ lies beyond the folder Placeshaper reads around this draft.`,
      };
    }
    return {
      span: link.span,
      message: `${link.label} leads outside the workspace: link to a draft inside it instead of ‘${link.written}’; Placeshaper never reads files outside the workspace.`,
    };
  }
  const linked = workspace.draft(resolved.path);
  if (!linked) {
    // Suggest a draft of the right kind whose file name is close to the one written.
    const candidates = workspace.drafts().filter((d) => !link.expectedKind || d.kind === link.expectedKind);
    const names = candidates.map((d) => d.path.split(/[\\/]/).pop()!);
    const near = closest(target.split('/').pop()!, names, fileNameLimit);
    const suggestion = near && relativePath(draft.path, candidates[names.indexOf(near)].path);
    return {
      span: link.span,
      message: suggestion
        ? `${link.label} leads to a file that does not exist: did you mean ‘${suggestion}’ rather than ‘${target}’?`
        : `${link.label} leads to a file that does not exist: check the path ‘${target}’, which is relative to this draft.`,
    };
  }
  if (link.expectedKind && linked.kind !== link.expectedKind && !(linked.isDraft && !linked.kind)) {
    const found = linked.kind ? withArticle(kindInfo(linked.kind).label) : 'an ordinary Markdown file';
    return {
      span: link.span,
      message: `${link.label} should lead to ${withArticle(kindInfo(link.expectedKind).label)}: link one instead of ‘${target}’, which is ${found}.`,
      related: [
        { path: linked.path, span: linked.fm.valueSpan(['kind']) ?? linked.fence, message: 'The kind of the linked draft' },
      ],
    };
  }
  // The body of a draft too large to read holds headings nobody has seen: its fragments are not judged.
  if (link.fragment !== undefined && !linked.parsed.oversized && !hasFragment(linked, link.fragment)) {
    return {
      span: link.span,
      message: `${link.label} names a fragment the linked draft lacks: link an existing heading, priority, objective or target of ‘${target}’ instead of ‘#${link.fragment}’.`,
      related: [{ path: linked.path, span: linked.fence, message: 'The linked draft' }],
    };
  }
  return undefined;
}

function hasFragment(draft: DraftModel, fragment: string): boolean {
  const wanted = fragment.toLowerCase();
  return (
    draft.headings.some((h) => h.slug === wanted || h.slug === fragment) ||
    [...draft.priorities, ...draft.objectives, ...draft.targets].some(
      (item) => item.id === fragment || item.id.toLowerCase() === wanted,
    )
  );
}
