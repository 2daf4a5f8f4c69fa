import { deepStrictEqual, ok, strictEqual } from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parseSnippetFile, snippetByPrefix, type Snippet } from './support/snippets';
import { Engine } from '../server/src/engine/engine';
import { MemoryFileSystem } from '../server/src/engine/host/file-system';
import { RULE_IDS } from '../server/src/engine/rules/registry';

const SNIPPETS = parseSnippetFile(readFileSync('snippets/placeshaper.code-snippets', 'utf8'));
// A day in the era of the skeletons' default dates, so that date rules see what an author of the time would.
const TODAY = new Date('2008-09-01T12:00:00Z');

/**
 * The text a snippet inserts when every tab stop keeps its default: `${1:default}` → default,
 * `${1|a,b|}` → a (or the option `choose` names), a mirror `$1` / `${1}` → the default given elsewhere, `$0` and variables → ''.
 */
function expandSnippet(body: string, choose: Record<string, number> = {}): string {
  const defaults = new Map<string, string>();
  const expand = (text: string): string => {
    let out = '';
    let i = 0;
    while (i < text.length) {
      const char = text[i];
      if (char === '\\' && i + 1 < text.length && '$}\\,|'.includes(text[i + 1])) {
        out += text[i + 1];
        i += 2;
      } else if (char === '$' && /[0-9A-Za-z_]/.test(text[i + 1] ?? '')) {
        const name = /^[0-9]+|^[A-Za-z_][A-Za-z0-9_]*/.exec(text.slice(i + 1))![0];
        out += /^[0-9]/.test(name) ? `\0${name}\0` : '';
        i += 1 + name.length;
      } else if (char === '$' && text[i + 1] === '{') {
        const end = closingBrace(text, i + 1);
        const inner = text.slice(i + 2, end);
        const head = /^([0-9]+|[A-Za-z_][A-Za-z0-9_]*)(?::([^]*)|\|([^]*)\||)$/.exec(inner);
        if (!head) throw new Error(`unsupported snippet syntax: \${${inner}}`);
        const [, name, placeholder, choices] = head;
        const value =
          placeholder !== undefined
            ? expand(placeholder)
            : choices !== undefined
              ? choices.split(/(?<!\\),/)[choose[name] ?? 0].replace(/\\(.)/g, '$1')
              : undefined;
        if (/^[0-9]+$/.test(name)) {
          if (value !== undefined) defaults.set(name, value);
          out += `\0${name}\0`;
        } else {
          out += value ?? '';
        }
        i = end + 1;
      } else {
        out += char;
        i += 1;
      }
    }
    return out;
  };
  // Mirrors may come before or after the placeholder that gives their default, so resolve at the end.
  return expand(body).replace(/\0([0-9]+)\0/g, (_, name: string) => defaults.get(name) ?? '');
}

function closingBrace(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === '{') depth++;
    else if (text[i] === '}' && --depth === 0) return i;
  }
  throw new Error(`unclosed \${ at ${open}`);
}

function skeleton(prefix: string): Snippet {
  const snippet = snippetByPrefix(SNIPPETS, prefix);
  ok(snippet, `no snippet with the prefix ${prefix}`);
  return snippet;
}

/** Where each skeleton's default `related` links expect the others to be. */
const PATHS: Record<string, string> = {
  'placeshaper-scs': 'scs/exampleshire-scs.md',
  'placeshaper-laa': 'laa/exampleshire-laa.md',
  'placeshaper-core-strategy': 'core-strategy/exampleshire-core-strategy.md',
  'placeshaper-housing-strategy': 'housing/exampleshire-housing-strategy.md',
};

/** The distinct rule ids that fire on each of the given drafts (names relative to /ws). */
function firedRules(files: Record<string, string>): Record<string, string[]> {
  const host = new MemoryFileSystem(
    Object.fromEntries(Object.entries(files).map(([name, text]) => [path.join('/ws', name), text])),
  );
  const engine = new Engine({ host, root: '/ws', today: TODAY });
  return Object.fromEntries(
    Object.keys(files).map((name) => [name, [...new Set(engine.check(path.join('/ws', name)).map((f) => f.rule))].sort()]),
  );
}

describe('snippets', () => {
  describe('expandSnippet (test helper)', () => {
    it('keeps defaults, takes the first choice, resolves mirrors and drops $0 and variables', () => {
      strictEqual(
        expandSnippet('# ${1}\n${1:Title} ${2|a,b|} $2 ${TM_SELECTED_TEXT}$0 \\$5 {x: ${3:1}}'),
        '# Title\nTitle a a  $5 {x: 1}',
      );
    });
  });

  it('the file parses, and every snippet has a prefix, a body and a description', () => {
    ok(SNIPPETS.length >= 8);
    for (const snippet of SNIPPETS) {
      ok(snippet.prefixes.length > 0 && snippet.body.length > 0 && snippet.description, snippet.name);
      expandSnippet(snippet.body);
    }
    const prefixes = SNIPPETS.flatMap((s) => s.prefixes);
    strictEqual(new Set(prefixes).size, prefixes.length, 'prefixes are unique');
  });

  it('has a skeleton for each kind of draft', () => {
    const kinds: Record<string, string> = {
      'placeshaper-scs': 'sustainable-community-strategy',
      'placeshaper-laa': 'local-area-agreement',
      'placeshaper-core-strategy': 'core-strategy',
      'placeshaper-housing-strategy': 'housing-strategy',
    };
    deepStrictEqual(Object.keys(kinds), Object.keys(PATHS));
    for (const [prefix, kind] of Object.entries(kinds))
      ok(expandSnippet(skeleton(prefix).body).startsWith(`---\nkind: ${kind}\n`), prefix);
  });

  describe('each skeleton, alone in a workspace, has no format/* findings', () => {
    // What does fire on a lone skeleton: the others link to an SCS that is not there; nothing
    // delivers the SCS's priority; and its one example priority serves one of the five principles.
    const EXPECTED: Record<string, string[]> = {
      'placeshaper-scs': ['align/undelivered-priority', 'scs/sustainable-development'],
      'placeshaper-laa': ['align/broken-link'],
      'placeshaper-core-strategy': ['align/broken-link'],
      'placeshaper-housing-strategy': ['align/broken-link'],
    };
    for (const [prefix, expected] of Object.entries(EXPECTED)) {
      it(prefix, () => {
        const name = PATHS[prefix];
        const fired = firedRules({ [name]: expandSnippet(skeleton(prefix).body) })[name];
        deepStrictEqual(
          fired.filter((rule) => rule.startsWith('format/')),
          [],
        );
        deepStrictEqual(fired, expected);
      });
    }
  });

  it('every option of every choice in the skeletons passes the schema', () => {
    for (const prefix of Object.keys(PATHS)) {
      const body = skeleton(prefix).body;
      for (const [, tabStop, options] of body.matchAll(/\$\{([0-9]+)\|([^|]*)\|\}/g)) {
        options.split(',').forEach((option, index) => {
          const name = PATHS[prefix];
          const format = firedRules({ [name]: expandSnippet(body, { [tabStop]: index }) })[name].filter((rule) =>
            rule.startsWith('format/'),
          );
          deepStrictEqual(format, [], `${prefix} with \${${tabStop}} = ${option}`);
        });
      }
    }
  });

  it('the four skeletons, together at the paths their links name, are aligned with each other', () => {
    const files = Object.fromEntries(Object.entries(PATHS).map(([prefix, name]) => [name, expandSnippet(skeleton(prefix).body)]));
    deepStrictEqual(firedRules(files), {
      'scs/exampleshire-scs.md': ['scs/sustainable-development'],
      'laa/exampleshire-laa.md': [],
      'core-strategy/exampleshire-core-strategy.md': [],
      'housing/exampleshire-housing-strategy.md': [],
    });
  });

  describe('control-comment snippets', () => {
    const AREAS = new Set(RULE_IDS.map((id) => `${id.split('/')[0]}/*`));
    for (const prefix of [
      'placeshaper-disable',
      'placeshaper-enable',
      'placeshaper-disable-next-line',
      'placeshaper-yaml-disable-next-line',
    ]) {
      it(`${prefix} offers only real rule ids and areas`, () => {
        const choices = [...skeleton(prefix).body.matchAll(/\$\{1\|([^|]*)\|\}/g)].flatMap((m) => m[1].split(','));
        ok(choices.length > 0);
        for (const choice of choices)
          ok(RULE_IDS.includes(choice) || AREAS.has(choice), `${choice} is neither a rule id nor an area`);
      });
    }

    it('expand to the comments the engine reads', () => {
      strictEqual(
        expandSnippet(skeleton('placeshaper-disable').body),
        '<!-- placeshaper-disable align/broken-link -->\n\n<!-- placeshaper-enable align/broken-link -->',
      );
      strictEqual(expandSnippet(skeleton('placeshaper-enable').body), '<!-- placeshaper-enable align/broken-link -->\n');
      strictEqual(
        expandSnippet(skeleton('placeshaper-disable-next-line').body),
        '<!-- placeshaper-disable-next-line align/broken-link -->\n',
      );
      strictEqual(
        expandSnippet(skeleton('placeshaper-yaml-disable-next-line').body),
        '# placeshaper-disable-next-line format/unknown-key\n',
      );
    });

    it('are read by the engine as control comments, in the frontmatter and in the body', () => {
      const scs = expandSnippet(skeleton('placeshaper-scs').body)
        .replace('vision:', `${expandSnippet(skeleton('placeshaper-yaml-disable-next-line').body)}vision:`)
        .replace(
          '## Evidence',
          `${expandSnippet(skeleton('placeshaper-disable').body)}\n${expandSnippet(skeleton('placeshaper-disable-next-line').body)}## Evidence`,
        );
      const engine = new Engine({ host: new MemoryFileSystem({ '/ws/scs.md': scs }), root: '/ws', today: TODAY });
      const controls = engine.workspace.draft('/ws/scs.md')!.controls.map((c) => [c.directive, c.rules]);
      deepStrictEqual(controls, [
        ['disable-next-line', ['format/unknown-key']],
        ['disable', ['align/broken-link']],
        ['enable', ['align/broken-link']],
        ['disable-next-line', ['align/broken-link']],
      ]);
    });
  });
});
