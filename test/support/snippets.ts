// Reading VS Code snippet files, for the tests of snippets/placeshaper.code-snippets.
import { parse, printParseErrorCode, type ParseError } from 'jsonc-parser';

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
