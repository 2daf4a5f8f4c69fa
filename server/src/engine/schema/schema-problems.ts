import type { DraftModel } from '../model/draft-model';
import { isRecord } from '../parse/frontmatter-view';
import { validateFrontmatter, type SchemaProblem } from './validate-frontmatter';

const isFactMap = (value: unknown) => isRecord(value) && Object.keys(value).length === 1 && 'fact' in value;

const cache = new WeakMap<object, SchemaProblem[]>();

/**
 * Schema problems of a draft, shared by the rules that report them and computed once per
 * frontmatter: an edit in the body keeps the frontmatter view, and so these results.
 */
export function schemaProblems(draft: DraftModel): SchemaProblem[] {
  let problems = cache.get(draft.fm);
  if (!problems) {
    problems = draft.kind ? validateFrontmatter(draft.kind, draft.fm, draft.fence) : [];
    // A `{fact: id}` the register does not have (so still a map here, not the register's value) is for `facts/unknown` to report.
    const facts = draft.factReferences.flatMap((r) =>
      r.in === 'frontmatter' && r.path && isFactMap(draft.fm.value(r.path)) ? [r.path] : [],
    );
    if (facts.length)
      problems = problems.filter(
        (p) => !facts.some((at) => at.length <= p.path.length && at.every((segment, i) => p.path[i] === segment)),
      );
    cache.set(draft.fm, problems);
  }
  return problems;
}
