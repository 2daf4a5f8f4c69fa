import { parse, printParseErrorCode, type ParseError } from 'jsonc-parser';

/** A kind of strategy draft that `Placeshaper: New Draft from Template…` offers, and its snippet. */
export interface DraftTemplate {
  kind: string;
  label: string;
  /** The prefix of its skeleton in snippets/placeshaper.code-snippets. */
  prefix: string;
  detail: string;
}

export const DRAFT_TEMPLATES: readonly DraftTemplate[] = [
  {
    kind: 'sustainable-community-strategy',
    label: 'Sustainable Community Strategy',
    prefix: 'placeshaper-scs',
    detail: 'The long-term vision and priorities of the area, prepared with the Local Strategic Partnership.',
  },
  {
    kind: 'local-area-agreement',
    label: 'Local Area Agreement',
    prefix: 'placeshaper-laa',
    detail: 'The three-year delivery agreement for the SCS, with its improvement targets.',
  },
  {
    kind: 'core-strategy',
    label: 'LDF Core Strategy',
    prefix: 'placeshaper-core-strategy',
    detail: 'The spatial plan that delivers the spatial priorities of the SCS.',
  },
  {
    kind: 'housing-strategy',
    label: 'Housing strategy',
    prefix: 'placeshaper-housing-strategy',
    detail: 'The local housing strategy, aligned with the SCS.',
  },
];

/** One entry of a VS Code snippets file, with its body joined into one string. */
export interface Snippet {
  name: string;
  prefixes: string[];
  body: string;
  description?: string;
}

/** The snippets of a `.code-snippets` file (JSON with comments), keyed by their name. */
export function parseSnippetFile(text: string): Snippet[] {
  const errors: ParseError[] = [];
  const data: unknown = parse(text, errors, { allowTrailingComma: true, disallowComments: false });
  if (errors.length > 0) {
    const first = errors[0];
    throw new Error(`snippets file: ${printParseErrorCode(first.error)} at offset ${first.offset}`);
  }
  if (!isRecord(data)) throw new Error('snippets file: expected an object of snippets');
  return Object.entries(data).map(([name, entry]) => {
    if (!isRecord(entry)) throw new Error(`snippet "${name}": expected an object`);
    const prefixes = typeof entry.prefix === 'string' ? [entry.prefix] : stringList(entry.prefix, `snippet "${name}" prefix`);
    const body = typeof entry.body === 'string' ? entry.body : stringList(entry.body, `snippet "${name}" body`).join('\n');
    const description = typeof entry.description === 'string' ? entry.description : undefined;
    return { name, prefixes, body, description };
  });
}

/** The snippet a prefix inserts, if any. */
export function snippetByPrefix(snippets: readonly Snippet[], prefix: string): Snippet | undefined {
  return snippets.find((snippet) => snippet.prefixes.includes(prefix));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function stringList(value: unknown, what: string): string[] {
  if (!Array.isArray(value) || !value.every((item) => typeof item === 'string'))
    throw new Error(`${what}: expected a string or a list of strings`);
  return value;
}
