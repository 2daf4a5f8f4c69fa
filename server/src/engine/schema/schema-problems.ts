import type { DraftModel } from '../model/draft-model';
import { validateFrontmatter, type SchemaProblem } from './validate-frontmatter';

const cache = new WeakMap<DraftModel, SchemaProblem[]>();

/** Schema problems of a draft, computed once per model and shared by the rules that report them. */
export function schemaProblems(draft: DraftModel): SchemaProblem[] {
  let problems = cache.get(draft);
  if (!problems) {
    problems = draft.kind ? validateFrontmatter(draft.kind, draft.fm, draft.fence) : [];
    cache.set(draft, problems);
  }
  return problems;
}
