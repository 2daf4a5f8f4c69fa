import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import type { Kind } from '../model/kinds';
import { kindInfo, withArticle } from '../model/kinds';
import type { FrontmatterView, YamlPath } from '../parse/frontmatter-view';
import { isRecord } from '../parse/frontmatter-view';
import { closest, listAnd, listOr } from '../suggest';
import type { Fix } from '../text/edits';
import type { Span } from '../text/line-index';
import { frontmatterSchema } from './frontmatter-schema';

export type SchemaRuleId = 'format/schema' | 'format/unknown-key';

/** A replacement an author can accept as a quick fix. */
export interface SchemaProblem {
  rule: SchemaRuleId;
  path: YamlPath;
  span: Span;
  message: string;
  fix?: Fix;
  /** The keys a map lacks, all in one problem, so that a quick fix can insert them. */
  missing?: { path: YamlPath; keys: string[] };
}

const ajv = new Ajv({ allErrors: true, verbose: true, strict: false });
addFormats(ajv, ['date']);
const validators = new Map<Kind, ValidateFunction>();

function validatorFor(kind: Kind): ValidateFunction {
  let validate = validators.get(kind);
  if (!validate) {
    validate = ajv.compile(frontmatterSchema(kind));
    validators.set(kind, validate);
  }
  return validate;
}

const SINGULAR: Record<string, string> = {
  priorities: 'priority',
  targets: 'target',
  objectives: 'objective',
  evidence: 'evidence item',
  groups: 'group',
  partners: 'partner',
  delivers: 'priority id',
  supports: 'priority id',
  principles: 'principle',
  methods: 'method',
};

/** "‘lead’ of target ‘T3’", "‘period.from’", "priority 2" — the author's way of naming a place in the frontmatter. */
export function describePath(path: YamlPath, view: FrontmatterView): string {
  const listIndex = path.findIndex((segment) => typeof segment === 'number');
  if (listIndex <= 0) return `‘${path.join('.')}’`;
  const listName = String(path[listIndex - 1]);
  const item = view.value(path.slice(0, listIndex + 1));
  const id = isRecord(item) && (typeof item.id === 'string' || typeof item.id === 'number') ? item.id : undefined;
  const owner = `${SINGULAR[listName] ?? 'item'} ${id !== undefined ? `‘${id}’` : Number(path[listIndex]) + 1}`;
  const rest = path.slice(listIndex + 1);
  const prefix = path.slice(0, listIndex - 1);
  const where = prefix.length ? ` in ‘${prefix.join('.')}’` : '';
  return rest.length ? `‘${rest.join('.')}’ of ${owner}${where}` : `${owner} of ‘${path.slice(0, listIndex).join('.')}’`;
}

function toPath(instancePath: string): (string | number)[] {
  if (!instancePath) return [];
  return instancePath
    .slice(1)
    .split('/')
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

function shown(value: unknown): string {
  if (value === null || value === undefined) return 'nothing';
  if (typeof value === 'object') return Array.isArray(value) ? 'a list' : 'a map';
  return `‘${String(value)}’`;
}

/** Checks a draft's frontmatter against its kind's schema, in the author's words. */
export function validateFrontmatter(kind: Kind, view: FrontmatterView, fence: Span): SchemaProblem[] {
  const validate = validatorFor(kind);
  if (validate(view.data)) return periodOrder(view);
  const label = kindInfo(kind)
    .label.toLowerCase()
    .replace(/^ldf core/, 'LDF Core');
  return [...describeSchemaErrors(validate.errors ?? [], view, fence, label), ...periodOrder(view)];
}

/** Turns ajv's errors into problems an author can act on, pointing at the key or value at fault. */
export function describeSchemaErrors(
  errors: readonly ErrorObject[],
  view: FrontmatterView,
  fallback: Span,
  label: string,
  container = 'The frontmatter',
): SchemaProblem[] {
  const anyOfPaths = errors.filter((e) => e.keyword === 'anyOf').map((e) => e.schemaPath);
  const problems: SchemaProblem[] = [];
  // The keys a map lacks make one problem, where the first of them is reported.
  const missingAt = new Map<string, SchemaProblem>();
  for (const error of errors) {
    if (error.keyword === 'if') continue;
    if (error.keyword !== 'anyOf' && anyOfPaths.some((p) => error.schemaPath.startsWith(p) && error.schemaPath !== p)) continue;
    if (error.keyword === 'required' && !error.schemaPath.startsWith('#/then')) {
      const known = missingAt.get(error.instancePath);
      if (known) known.missing!.keys.push(String(error.params.missingProperty));
      else {
        const problem: SchemaProblem = {
          rule: 'format/schema',
          path: toPath(error.instancePath),
          span: fallback,
          message: '',
          missing: { path: toPath(error.instancePath), keys: [String(error.params.missingProperty)] },
        };
        missingAt.set(error.instancePath, problem);
        problems.push(problem);
      }
      continue;
    }
    problems.push(describeError(error, view, fallback, label, container));
  }
  for (const problem of missingAt.values())
    Object.assign(problem, describeMissing(problem.missing!, view, fallback, label, container));
  return problems;
}

/**
 * One problem for every key a map lacks: at the `kind` line for the frontmatter itself (where an
 * author starting a draft looks), at the map's key otherwise.
 */
function describeMissing(
  missing: { path: YamlPath; keys: string[] },
  view: FrontmatterView,
  fence: Span,
  label: string,
  container: string,
): Pick<SchemaProblem, 'span' | 'message'> {
  const { path, keys } = missing;
  const named = listAnd(keys);
  if (path.length === 0) {
    // The remedy first: a new draft can lack half a dozen keys.
    return {
      span: view.keySpan(['kind']) ?? fence,
      message: `${container} lacks ${keys.length === 1 ? 'a key' : 'keys'} every ${label} needs: add ${named}.`,
    };
  }
  return { span: view.spanFor(path) ?? fence, message: `${capitalise(describePath(path, view))} lacks ${named}: add ${named}.` };
}

function describeError(error: ErrorObject, view: FrontmatterView, fence: Span, label: string, container: string): SchemaProblem {
  const path = toPath(error.instancePath);
  const where = path.length ? describePath(path, view) : container.toLowerCase();
  const description = String((error.parentSchema as Record<string, unknown> | undefined)?.description ?? '');
  const at = (p: YamlPath) => view.spanFor(p) ?? fence;
  switch (error.keyword) {
    case 'required': {
      // Only the conditional requirement comes here: the keys a map lacks are described together.
      return {
        rule: 'format/schema',
        path: [...path, String(error.params.missingProperty)],
        span: view.valueSpan(['status']) ?? fence,
        message: `An adopted document needs ‘approval’ with the ‘body’ that approved it and the ‘date’: add ‘approval: {body: full-council, date: YYYY-MM-DD}’.`,
      };
    }
    case 'additionalProperties': {
      const key = String(error.params.additionalProperty);
      const keyPath = [...path, key];
      const known = Object.keys(((error.parentSchema as Record<string, unknown>).properties ?? {}) as object);
      const suggestion = closest(key, known);
      const owner = path.length ? `of ${where}` : `of ${withArticle(label)}`;
      const span = view.keySpan(keyPath) ?? at(path);
      return {
        rule: 'format/unknown-key',
        path: keyPath,
        span,
        message: suggestion
          ? `‘${key}’ is not a key ${owner}; did you mean ‘${suggestion}’?`
          : `‘${key}’ is not a key ${owner}; remove it or use one of ${listOr(known)}.`,
        fix: suggestion ? { title: `Rename ‘${key}’ to ‘${suggestion}’`, edits: [{ span, newText: suggestion }] } : undefined,
      };
    }
    case 'enum': {
      const allowed = (error.params.allowedValues as unknown[]).map(String);
      const value = view.value(path);
      const suggestion = typeof value === 'string' ? closest(value, allowed) : undefined;
      const span = view.valueSpan(path) ?? at(path);
      const choices = allowed.length > 10 ? `one of the ${allowed.length} values listed in the format` : listOr(allowed);
      return {
        rule: 'format/schema',
        path,
        span,
        message: suggestion
          ? `${shown(value)} is not a valid ${where}; did you mean ‘${suggestion}’?`
          : `${shown(value)} is not a valid ${where}; use ${choices}.`,
        fix: suggestion ? { title: `Replace with ‘${suggestion}’`, edits: [{ span, newText: suggestion }] } : undefined,
      };
    }
    case 'anyOf':
    case 'type':
    case 'pattern':
    case 'format':
    case 'minimum':
    case 'maximum': {
      // The view holds no data for a file that is not a map: ajv's own copy of the value says what it is.
      const actual = shown(path.length ? view.value(path) : error.data);
      return {
        rule: 'format/schema',
        path,
        span: view.valueSpan(path) ?? at(path),
        message: description
          ? `${capitalise(where)} has the wrong form: make it ${plain(description)}, not ${actual}.`
          : `${capitalise(where)} has the wrong form: correct it, as it cannot be ${actual}.`,
      };
    }
    case 'minLength':
      return {
        rule: 'format/schema',
        path,
        span: view.valueSpan(path) ?? at(path),
        message: `${capitalise(where)} is empty; write it out, or remove it.`,
      };
    case 'maxLength':
      return {
        rule: 'format/schema',
        path,
        span: view.valueSpan(path) ?? at(path),
        message: `${capitalise(where)} is longer than ${Number(error.params.limit).toLocaleString('en-GB')} characters, the most it may be: shorten it to have it used.`,
      };
    case 'maxItems': {
      const limit = Number(error.params.limit);
      return {
        rule: 'format/schema',
        path: [...path, limit],
        span: view.spanFor([...path, limit]) ?? at(path),
        message: `${capitalise(where)} has more than ${limit.toLocaleString('en-GB')} entries, the most it may have: shorten the list, as the entries from here on were not used.`,
      };
    }
    default:
      return {
        rule: 'format/schema',
        path,
        span: at(path),
        message: `${capitalise(where)} is not valid: correct it${error.message ? ` (it ${error.message})` : ''}.`,
      };
  }
}

function periodOrder(view: FrontmatterView): SchemaProblem[] {
  const from = view.value(['period', 'from']);
  const to = view.value(['period', 'to']);
  if (typeof from !== 'number' || typeof to !== 'number' || from <= to) return [];
  return [
    {
      rule: 'format/schema',
      path: ['period', 'from'],
      span: view.valueSpan(['period', 'from'])!,
      message: `‘period.from’ (${from}) is after ‘period.to’ (${to}); swap them or correct the years.`,
    },
  ];
}

/** A schema's description is Markdown (editors show it on hover); a message quotes its code spans ‘like this’. */
function plain(description: string): string {
  return description.replace(/`([^`]*)`/g, '‘$1’');
}

function capitalise(text: string): string {
  return text.startsWith('‘') ? text : text.charAt(0).toUpperCase() + text.slice(1);
}
