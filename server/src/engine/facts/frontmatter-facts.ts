// `{fact: id}` in the frontmatter takes the register's value: the model the rules read has the
// value in its place, so that a period or a target given as a fact is checked like any other.
import { buildModel, type DraftModel } from '../model/draft-model';
import { isRecord } from '../parse/frontmatter-view';
import type { FactValue } from './fact-values';
import type { FactRegister } from './register';

/** A fact's value as YAML would have given it: a number, a string, or `{from, to}`. */
function asData(value: FactValue): unknown {
  return value.type === 'range' ? { from: value.from, to: value.to } : value.value;
}

/** `data` with `value` at `path`, copying only the maps and lists on the way. */
function withValueAt(data: unknown, path: readonly (string | number)[], value: unknown): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path;
  if (Array.isArray(data) && typeof head === 'number')
    return data.map((item, i) => (i === head ? withValueAt(item, rest, value) : item));
  if (isRecord(data) && typeof head === 'string') return { ...data, [head]: withValueAt(data[head], rest, value) };
  return data;
}

const resolved = new WeakMap<DraftModel, { register: FactRegister; model: DraftModel }>();

/**
 * The draft as the rules read it: each `{fact: id}` of its frontmatter that the register has
 * replaced by the register's value (the spans are the draft's own). The draft itself when it has none.
 */
export function withRegisterValues(draft: DraftModel, register: FactRegister | undefined): DraftModel {
  if (!register) return draft;
  const known = draft.factReferences.filter(
    (r) => r.in === 'frontmatter' && r.path && r.id !== undefined && register.facts.has(r.id),
  );
  if (known.length === 0) return draft;
  const cached = resolved.get(draft);
  if (cached?.register === register) return cached.model;
  const model = buildModel(draft.parsed, undefined, (data) =>
    known.reduce<Record<string, unknown>>(
      (out, r) => withValueAt(out, r.path!, asData(register.facts.get(r.id!)!.value)) as Record<string, unknown>,
      data,
    ),
  );
  // The references stay what the draft writes: the facts rules check them.
  Object.defineProperty(model, 'factReferences', { get: () => draft.factReferences });
  resolved.set(draft, { register, model });
  return model;
}
