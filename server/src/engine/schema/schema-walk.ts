import type { Kind } from '../model/kinds';
import type { YamlPath } from '../parse/frontmatter-view';
import { frontmatterSchema } from './frontmatter-schema';

type Schema = Record<string, unknown>;

const cache = new Map<Kind, Schema>();

function rootSchema(kind: Kind): Schema {
  let schema = cache.get(kind);
  if (!schema) {
    schema = frontmatterSchema(kind);
    cache.set(kind, schema);
  }
  return schema;
}

/** The schemas a value may follow (the branches of an `anyOf`, or the schema itself). */
function branches(schema: Schema): Schema[] {
  return Array.isArray(schema.anyOf) ? (schema.anyOf as Schema[]) : [schema];
}

/** The schema of the value at `path` (list indexes may be numbers or `*`), or undefined when the format has no such key. */
export function schemaAt(kind: Kind, path: YamlPath | readonly (string | number)[]): Schema | undefined {
  let current: Schema[] = [rootSchema(kind)];
  for (const segment of path) {
    const next: Schema[] = [];
    for (const schema of current.flatMap(branches)) {
      if (typeof segment === 'number' || segment === '*') {
        if (schema.items) next.push(schema.items as Schema);
      } else {
        const properties = schema.properties as Record<string, Schema> | undefined;
        if (properties?.[segment]) next.push(properties[segment]);
      }
    }
    if (next.length === 0) return undefined;
    current = next;
  }
  return current[0];
}

/** The keys a map at `path` may have, with their descriptions. */
export function keysAt(kind: Kind, path: readonly (string | number)[]): { key: string; description: string }[] {
  const schema = schemaAt(kind, path);
  if (!schema) return [];
  const seen = new Map<string, string>();
  for (const branch of branches(schema)) {
    const properties = branch.properties as Record<string, Schema> | undefined;
    for (const [key, value] of Object.entries(properties ?? {}))
      if (!seen.has(key)) seen.set(key, String(value.description ?? ''));
  }
  return [...seen].map(([key, description]) => ({ key, description }));
}

/** The keys a map at `path` must have. */
export function requiredAt(kind: Kind, path: readonly (string | number)[]): string[] {
  const schema = schemaAt(kind, path);
  return schema ? branches(schema).flatMap((b) => (Array.isArray(b.required) ? (b.required as string[]) : [])) : [];
}

/** The values a key accepts when the format lists them (`status`, `authority.type`, list items of `principles` …). */
export function valuesAt(kind: Kind, path: readonly (string | number)[]): string[] {
  const schema = schemaAt(kind, path);
  if (!schema) return [];
  const values = branches(schema).flatMap((b) => [
    ...((b.enum as string[] | undefined) ?? []),
    ...((b.examples as string[] | undefined) ?? []),
  ]);
  if (values.length) return values;
  const items = schema.items as Schema | undefined;
  return items ? [...((items.enum as string[] | undefined) ?? []), ...((items.examples as string[] | undefined) ?? [])] : [];
}

/** The author-facing description of the key at `path`. */
export function describeKey(kind: Kind, path: readonly (string | number)[]): string | undefined {
  const description = schemaAt(kind, path)?.description;
  return typeof description === 'string' ? description : undefined;
}
