// The register of facts in the editor: what a reference's fact is (hover), where it is kept
// (definition), where else it is stated (references, code lens), renaming it everywhere, and
// completing fact ids.
import type { Engine } from '../engine';
import { writeValue } from '../facts/fact-values';
import type { FactEntry, FactRegister } from '../facts/register';
import { FACT_ID } from '../facts/register-schema';
import type { DraftModel } from '../model/draft-model';
import { workspacePath } from '../model/links';
import { yamlScalar } from '../rules/support';
import type { TextEdit } from '../text/edits';
import type { Span } from '../text/line-index';
import type { FactUse } from '../workspace/workspace-view';

/** The fact named at an offset: a reference's id in a draft, or an entry's key in the register. */
export interface FactAt {
  id: string;
  /** Where the id is written at the offset asked about. */
  span: Span;
  register?: FactRegister;
}

const contains = (span: Span, offset: number) => span.start <= offset && offset <= span.end;

/** The register a file is, when it is one. */
function registerIn(engine: Engine, filePath: string): FactRegister | undefined {
  return engine.isRegister(filePath) ? engine.register(filePath) : undefined;
}

/** The fact at `offset` of a draft or of the register. */
export function factAt(engine: Engine, filePath: string, offset: number): FactAt | undefined {
  const register = registerIn(engine, filePath);
  if (register) {
    const entry = [...register.facts.values()].find((fact) => contains(fact.keySpan, offset));
    return entry && { id: entry.id, span: entry.keySpan, register };
  }
  const draft = engine.workspace.draft(filePath);
  if (!draft?.isDraft) return undefined;
  const reference = draft.factReferences.find((r) => r.id !== undefined && contains(r.span, offset));
  return reference && { id: reference.id!, span: reference.idSpan, register: engine.registerFor(draft.path) };
}

/** "3 places in 2 drafts". */
function placesPhrase(uses: readonly FactUse[]): string {
  const drafts = new Set(uses.map((u) => u.draft.path)).size;
  if (uses.length === 0) return 'not used in any draft';
  return `used in ${uses.length} ${uses.length === 1 ? 'place' : 'places'} in ${drafts} ${drafts === 1 ? 'draft' : 'drafts'}`;
}

/** What the register says of a fact, in Markdown, with where it is kept and where else it is stated. */
export function factHover(engine: Engine, filePath: string, offset: number): { span: Span; markdown: string } | undefined {
  const at = factAt(engine, filePath, offset);
  if (!at) return undefined;
  const fact = at.register?.facts.get(at.id);
  const registerName = at.register ? workspacePath(engine.root, at.register.path) : 'facts.yaml';
  if (!fact) return { span: at.span, markdown: `**${at.id}** is not in the register of facts (${registerName}).` };
  const about = [
    fact.asOf && `as of ${fact.asOf}`,
    fact.source && `source: \`${fact.source}\``,
    fact.owner && `kept by ${fact.owner}`,
  ].filter(Boolean);
  const uses = engine.workspace.factUses(fact.id);
  const where = [...new Set(uses.map((u) => workspacePath(engine.root, u.draft.path)))];
  const lines = [
    `**${fact.id}**: ${writeValue(fact.value, fact.unit)}`,
    about.length ? about.join(' · ') : undefined,
    fact.earlier.length ? `Earlier: ${fact.earlier.map((v) => writeValue(v, fact.unit)).join(', ')}` : undefined,
    `${placesPhrase(uses).replace(/^./, (c) => c.toUpperCase())}${where.length ? `: ${where.join(', ')}` : ''}.`,
    `*From the register of facts, ${registerName}.*`,
  ].filter((line): line is string => Boolean(line));
  return { span: at.span, markdown: lines.join('\n\n') };
}

export interface FactLocation {
  path: string;
  span: Span;
}

/** The register entry of the fact at `offset`. */
export function factDefinition(engine: Engine, filePath: string, offset: number): FactLocation[] | undefined {
  const at = factAt(engine, filePath, offset);
  if (!at) return undefined;
  const fact = at.register?.facts.get(at.id);
  return fact && at.register ? [{ path: at.register.path, span: fact.keySpan }] : [];
}

/** Every draft's reference to the fact at `offset`, and its register entry when asked for. */
export function factReferences(
  engine: Engine,
  filePath: string,
  offset: number,
  includeDeclaration: boolean,
): FactLocation[] | undefined {
  const at = factAt(engine, filePath, offset);
  if (!at) return undefined;
  const fact = at.register?.facts.get(at.id);
  const uses = engine.workspace.factUses(at.id).map((u) => ({ path: u.draft.path, span: u.reference.idSpan }));
  return includeDeclaration && fact && at.register ? [{ path: at.register.path, span: fact.keySpan }, ...uses] : uses;
}

export type FactRename = { edits: Map<string, TextEdit[]> } | { error: string };

/** Renames a fact in the register and in every draft that refers to it. */
export function renameFact(engine: Engine, filePath: string, offset: number, newId: string): FactRename | undefined {
  const at = factAt(engine, filePath, offset);
  if (!at) return undefined;
  const id = newId.trim();
  if (!FACT_ID.test(id))
    return {
      error: `‘${newId}’ cannot be a fact’s id: use dotted words of letters, digits, hyphens and underscores, starting with a letter, such as ‘housing.requirement’.`,
    };
  if (id === at.id) return { edits: new Map() };
  if (at.register?.facts.has(id)) return { error: `‘${id}’ is already a fact of the register; choose another id.` };
  const edits = new Map<string, TextEdit[]>();
  const add = (file: string, edit: TextEdit) => edits.set(file, [...(edits.get(file) ?? []), edit]);
  const fact = at.register?.facts.get(at.id);
  // The register's key is YAML too: an id such as `null` or `true` is quoted there, or YAML would read it as null or a boolean.
  if (fact && at.register) add(at.register.path, { span: fact.keySpan, newText: yamlScalar(id) });
  for (const use of engine.workspace.factUses(at.id))
    add(use.draft.path, { span: use.reference.idSpan, newText: use.reference.in === 'frontmatter' ? yamlScalar(id) : id });
  return { edits };
}

/** Where a fact's id is being typed: after `{#` in a body reference, after `fact:` in the frontmatter. */
const BODY_ID = /:fact(?:\[[^\]\n]*\])?\{[^}\n]*#([A-Za-z0-9_.-]*)$/;
const FRONTMATTER_ID = /\{\s*fact:\s*([A-Za-z0-9_.-]*)$/;

/** A fact id offered where one is being typed: a completion entry (declared here, as completion.ts imports this module). */
export interface FactCompletion {
  label: string;
  kind: 'value';
  description: string;
  detail?: string;
  replace: Span;
}

/** The fact ids of the register, where one is being typed. */
export function factCompletions(engine: Engine, draft: DraftModel, offset: number): FactCompletion[] | undefined {
  const text = draft.parsed.text;
  const before = text.slice(text.lastIndexOf('\n', offset - 1) + 1, offset);
  const inFrontmatter = draft.parsed.frontmatter !== undefined && offset <= draft.parsed.frontmatter.contentSpan.end;
  const typed = (inFrontmatter ? FRONTMATTER_ID : BODY_ID).exec(before);
  if (!typed) return undefined;
  const register = engine.registerFor(draft.path);
  const replace = { start: offset - typed[1].length, end: offset };
  return [...(register?.facts.values() ?? [])].map((fact: FactEntry) => ({
    label: fact.id,
    kind: 'value' as const,
    description: writeValue(fact.value, fact.unit),
    detail: [fact.asOf && `as of ${fact.asOf}`, fact.source && `source: ${fact.source}`].filter(Boolean).join(' · ') || undefined,
    replace,
  }));
}

export interface FactLens {
  id: string;
  span: Span;
  /** "used in 7 places in 3 drafts". */
  title: string;
  locations: FactLocation[];
}

/** Above each entry of the register: where the drafts state it. */
export function factLenses(engine: Engine, filePath: string): FactLens[] {
  const register = registerIn(engine, filePath);
  if (!register) return [];
  return [...register.facts.values()].map((fact) => {
    const uses = engine.workspace.factUses(fact.id);
    return {
      id: fact.id,
      span: fact.keySpan,
      title: placesPhrase(uses),
      locations: uses.map((u) => ({ path: u.draft.path, span: u.reference.span })),
    };
  });
}
