import type { Engine } from '../engine';
import type { TextEdit } from '../text/edits';
import type { Span } from '../text/line-index';
import { yamlScalar } from '../rules/support';
import { titleOf } from './describe';
import { locate } from './locate';
import { itemsOf, occurrences, symbolAt } from './id-symbols';
import { factAt, factDefinition, factReferences, renameFact } from './facts';

export interface Location {
  path: string;
  span: Span;
}

/** Where the id, link or related path at `offset` is defined. */
export function definition(engine: Engine, filePath: string, offset: number): Location[] {
  const fact = factDefinition(engine, filePath, offset);
  if (fact) return fact;
  const draft = engine.workspace.draft(filePath);
  if (!draft?.isDraft) return [];
  const symbol = symbolAt(engine, draft, offset);
  if (symbol) return [{ path: symbol.owner.path, span: symbol.item.idSpan }];
  const located = locate(draft, offset);
  const target =
    located?.type === 'link'
      ? located.link.target
      : located?.type === 'value' && located.path[0] === 'related' && typeof located.value === 'string'
        ? located.value
        : undefined;
  if (!target) return [];
  const resolved = engine.workspace.resolve(draft, target);
  const linked = resolved.outside ? undefined : engine.workspace.draft(resolved.path);
  if (!linked) return [];
  const fragment = located?.type === 'link' ? located.link.fragment : undefined;
  const heading = fragment ? linked.headings.find((h) => h.slug === fragment.toLowerCase()) : undefined;
  return [{ path: linked.path, span: heading?.span ?? { start: 0, end: 0 } }];
}

/** Every place that names the id at `offset`, across all drafts. */
export function references(engine: Engine, filePath: string, offset: number, includeDeclaration: boolean): Location[] {
  const facts = factReferences(engine, filePath, offset, includeDeclaration);
  if (facts) return facts;
  const draft = engine.workspace.draft(filePath);
  const symbol = draft?.isDraft ? symbolAt(engine, draft, offset) : undefined;
  if (!symbol) return [];
  return occurrences(engine, symbol)
    .filter((o) => includeDeclaration || o.role !== 'definition')
    .map(({ path, span }) => ({ path, span }));
}

export type RenameResult = { edits: Map<string, TextEdit[]> } | { error: string };

const ID = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
const RENAMES_WHAT = 'Only priority, objective and target ids, and the ids of facts, can be renamed.';

/** The id under the cursor and its text, when it can be renamed. */
export function prepareRename(
  engine: Engine,
  filePath: string,
  offset: number,
): { span: Span; placeholder: string } | { error: string } {
  const fact = factAt(engine, filePath, offset);
  if (fact) return { span: fact.span, placeholder: fact.id };
  const draft = engine.workspace.draft(filePath);
  const symbol = draft?.isDraft ? symbolAt(engine, draft, offset) : undefined;
  if (!symbol) return { error: RENAMES_WHAT };
  return { span: symbol.span, placeholder: symbol.item.id };
}

/** Renames an id at its definition and everywhere it is named; refuses ids that are malformed or already taken. */
export function rename(engine: Engine, filePath: string, offset: number, newId: string): RenameResult {
  const fact = renameFact(engine, filePath, offset, newId);
  if (fact) return fact;
  const draft = engine.workspace.draft(filePath);
  const symbol = draft?.isDraft ? symbolAt(engine, draft, offset) : undefined;
  if (!symbol) return { error: RENAMES_WHAT };
  const id = newId.trim();
  if (!ID.test(id))
    return {
      error: `‘${newId}’ cannot be an id: use letters, digits, hyphens, dots and underscores, starting with a letter or digit.`,
    };
  if (id === symbol.item.id) return { edits: new Map() };
  const clash = itemsOf(symbol.owner).find((item) => item.id === id);
  if (clash) return { error: `‘${id}’ is already an id in ${titleOf(symbol.owner)}; choose another.` };
  // In YAML, `0x1F`, `false` or `007` would read as a number or a boolean: such an id is written quoted.
  const yamlId = yamlScalar(id);
  const edits = new Map<string, TextEdit[]>();
  for (const occurrence of occurrences(engine, symbol)) {
    const list = edits.get(occurrence.path) ?? [];
    list.push({ span: occurrence.span, newText: occurrence.in === 'frontmatter' ? yamlId : id });
    edits.set(occurrence.path, list);
  }
  return { edits };
}
