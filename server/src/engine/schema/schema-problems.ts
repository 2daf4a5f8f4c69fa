import type { DraftModel } from '../model/draft-model';
import { validateFrontmatter, type SchemaProblem } from './validate-frontmatter';

const cache = new WeakMap<object, SchemaProblem[]>();

/**
 * Schema problems of a draft, shared by the rules that report them and computed once per
 * frontmatter: an edit in the body keeps the frontmatter view, and so these results.
 */
export function schemaProblems(draft: DraftModel): SchemaProblem[] {
  let problems = cache.get(draft.fm);
  if (!problems) {
    problems = draft.kind ? validateFrontmatter(draft.kind, draft.fm, draft.fence) : [];
    cache.set(draft.fm, problems);
  }
  return problems;
}
