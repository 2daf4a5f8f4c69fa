import type { DraftModel } from '../../model/draft-model';
import { relativePath } from '../../model/links';
import type { RelatedInformation } from '../rule';
import { spanOr } from '../support';

/** "Millbrook Matters (scs/millbrook-scs.md)" — how cross-document messages name another draft. */
export function nameOf(draft: DraftModel, from: DraftModel): string {
  const title = draft.fm.value(['title']);
  const relative = relativePath(from.path, draft.path);
  return typeof title === 'string' && title.trim() ? `${title.trim()} (${relative})` : relative;
}

/** Related information pointing at a key of another draft. */
export function pointAt(draft: DraftModel, path: (string | number)[], message: string): RelatedInformation {
  return { path: draft.path, span: spanOr(draft, path), message };
}

/** The ids of an SCS's priorities. */
export function priorityIds(scs: DraftModel): string[] {
  return scs.priorities.map((p) => p.id);
}
