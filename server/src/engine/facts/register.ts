// The register of facts and figures (`facts.yaml`) as read: each fact with its value and where it
// is written, and what is wrong with the file, at its place.
import Ajv from 'ajv';
import { isMap, isScalar, type Node } from 'yaml';
import { FrontmatterView, isRecord } from '../parse/frontmatter-view';
import { MAX_ALIAS_COUNT, parseYaml } from '../parse/parse-draft';
import { yamlProblems } from '../parse/yaml-problems';
import { describeSchemaErrors } from '../schema/validate-frontmatter';
import { firstLine, type Span } from '../text/line-index';
import { escapeRegExp } from '../text/patterns';
import { factValueOf, type FactValue } from './fact-values';
import { factsSchema } from './register-schema';

/** One fact of the register. */
export interface FactEntry {
  id: string;
  value: FactValue;
  unit?: string;
  /** The date or year the value was established, as written. */
  asOf?: string;
  /** An evidence id of a draft, or a URL. */
  source?: string;
  owner?: string;
  aliases: string[];
  earlier: FactValue[];
  /** Where the fact's id is written in the register. */
  keySpan: Span;
  sourceSpan?: Span;
}

/** A problem in the register itself, at its place (`facts/register-invalid`). */
export interface RegisterProblem {
  span: Span;
  message: string;
}

export interface FactRegister {
  /** Absolute path of the register file. */
  path: string;
  text: string;
  /** The facts whose value could be read, by id, in the order the register writes them. */
  facts: ReadonlyMap<string, FactEntry>;
  problems: RegisterProblem[];
  /** One pattern for every alias of the facts that have earlier values (for `facts/stale-figure`), with the facts each alias names. */
  aliasPattern?: RegExp;
  aliasFacts: ReadonlyMap<string, FactEntry[]>;
}

const ajv = new Ajv({ allErrors: true, verbose: true, strict: false });
const validateRegister = ajv.compile(factsSchema);

/** Reads the register's text; `unread` says why a file could not be read at all (too large, outside the workspace). */
export function readRegister(filePath: string, text: string, unread?: string): FactRegister {
  const problems: RegisterProblem[] = [];
  const facts = new Map<string, FactEntry>();
  const register: FactRegister = { path: filePath, text, facts, problems, aliasFacts: new Map() };
  if (unread) {
    problems.push({ span: { start: 0, end: 0 }, message: unread });
    return register;
  }
  const document = parseYaml(text, { uniqueKeys: true, prettyErrors: false, logLevel: 'error' });
  for (const problem of yamlProblems(document, text, 0))
    problems.push({ span: problem.span, message: `The register of facts is not valid YAML: ${problem.explanation}.` });
  if (document.errors.length) return register;
  const view = new FrontmatterView(() => document, 0, text);
  if (view.dataError) {
    problems.push({
      span: firstLine(text),
      message: `The register of facts could not be read: it expands ‘*aliases’ more than ${MAX_ALIAS_COUNT} times; write the values out instead.`,
    });
    return register;
  }
  if (!isMap(document.contents)) {
    // An empty register, or one of comments only, has no facts and nothing wrong with it.
    if (document.contents !== null) {
      // At the first line of what the file holds, after any comments above it.
      const start = document.contents.range?.[0] ?? 0;
      problems.push({
        span: { start, end: start + firstLine(text.slice(start)).end },
        message:
          'The register of facts is a map from each fact’s id to the fact: write it as ‘housing.requirement: {value: 10060, unit: homes}’.',
      });
    }
    return register;
  }
  if (!validateRegister(view.data)) {
    const errors = validateRegister.errors ?? [];
    // A key that is not a fact id: once, at the key (Ajv reports it twice, at the whole register);
    // `$schema` is a key of the register's own, not a fact.
    const others = errors.filter((e) => e.keyword !== 'propertyNames' && e.propertyName === undefined);
    for (const problem of describeSchemaErrors(others, view, firstLine(text), 'register of facts', 'The register of facts'))
      problems.push({ span: problem.span, message: problem.message });
    for (const name of new Set(
      errors.flatMap((e) => (e.propertyName !== undefined && e.propertyName !== '$schema' ? [e.propertyName] : [])),
    )) {
      const key = document.contents.items.find((pair) => String(isScalar(pair.key) ? pair.key.value : pair.key) === name)?.key as
        Node | undefined;
      problems.push({
        span: key?.range ? { start: key.range[0], end: key.range[1] } : firstLine(text),
        message: `‘${name}’ is not a fact id: write it as dotted words, such as ‘housing.requirement’.`,
      });
    }
  }
  problems.sort((a, b) => a.span.start - b.span.start);

  for (const [id, data] of Object.entries(view.data)) {
    if (id === '$schema' || !isRecord(data)) continue;
    const value = factValueOf(data.value);
    const keySpan = view.keySpan([id]);
    if (!value || !keySpan) continue;
    const text = (key: string) => (typeof data[key] === 'string' && data[key].trim() ? data[key].trim() : undefined);
    const asOf = data['as-of'];
    facts.set(id, {
      id,
      value,
      unit: text('unit'),
      asOf: typeof asOf === 'string' || typeof asOf === 'number' ? String(asOf) : undefined,
      source: text('source'),
      owner: text('owner'),
      aliases: Array.isArray(data.aliases)
        ? data.aliases.filter((a): a is string => typeof a === 'string' && a.trim().length > 1).map((a) => a.trim())
        : [],
      earlier: Array.isArray(data.earlier) ? data.earlier.map(factValueOf).filter((v): v is FactValue => v !== undefined) : [],
      keySpan,
      sourceSpan: view.valueSpan([id, 'source']),
    });
  }
  const aliasFacts = new Map<string, FactEntry[]>();
  for (const fact of facts.values()) {
    if (fact.earlier.length === 0) continue;
    for (const alias of fact.aliases) {
      const key = aliasKey(alias);
      aliasFacts.set(key, [...(aliasFacts.get(key) ?? []), fact]);
    }
  }
  register.aliasFacts = aliasFacts;
  if (aliasFacts.size) {
    // Longest first, so that "housing requirement" wins over "housing"; spaces match any run of white space.
    const alternatives = [...aliasFacts.keys()]
      .sort((a, b) => b.length - a.length)
      .map((a) => escapeRegExp(a).replace(/ /g, '\\s+'));
    register.aliasPattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
  }
  return register;
}

/** An alias as `aliasFacts` keys it, whatever the case and spacing it is written in. */
export const aliasKey = (alias: string) => alias.toLowerCase().replace(/\s+/g, ' ');

/** Whether a register's `source` is an address on the web rather than an evidence id. */
export const isUrlSource = (source: string) => /^[a-z][a-z0-9+.-]*:\/\//i.test(source);
