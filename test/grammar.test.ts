import { deepStrictEqual, ok } from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import * as textmate from 'vscode-textmate';

/**
 * The Placeshaper injection grammars, tokenized with the engine VS Code uses (vscode-textmate on
 * oniguruma), injected as package.json contributes them: into a tiny Markdown grammar defined
 * here, whose scopes are known exactly, and into VS Code's own Markdown and YAML grammars.
 */
const resolve = createRequire(path.resolve('package.json')).resolve;
const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as {
  contributes: { grammars: { scopeName: string; path: string; injectTo?: string[] }[] };
};

const MARKDOWN = 'text.html.markdown';
const FRONTMATTER = 'meta.embedded.block.frontmatter';

/** Just enough Markdown: frontmatter holding YAML, fenced code, HTML comments. */
const TINY_MARKDOWN = {
  scopeName: MARKDOWN,
  patterns: [{ include: '#frontmatter' }, { include: '#fenced-code' }, { include: '#comment' }],
  repository: {
    frontmatter: {
      begin: '\\A(---)$',
      end: '^(---)$',
      beginCaptures: { 1: { name: 'punctuation.definition.begin.frontmatter' } },
      endCaptures: { 1: { name: 'punctuation.definition.end.frontmatter' } },
      contentName: FRONTMATTER,
      patterns: [{ include: 'source.yaml' }],
    },
    'fenced-code': {
      begin: '^```',
      end: '^```',
      name: 'markup.fenced_code.block.markdown',
      patterns: [{ include: 'source.yaml' }],
    },
    comment: { begin: '<!--', end: '-->', name: 'comment.block.html' },
  },
};

/** Just enough YAML: comments and keys (with a sequence dash), competing with the injection at the same places. */
const TINY_YAML = {
  scopeName: 'source.yaml',
  patterns: [
    { match: '#.*$', name: 'comment.line.number-sign.yaml' },
    {
      match: '^[ \\t]*(?:(-)[ \\t]+)?([\\w-]+)[ \\t]*(:)',
      captures: {
        1: { name: 'punctuation.definition.block.sequence.item.yaml' },
        2: { name: 'entity.name.tag.yaml' },
        3: { name: 'punctuation.separator.key-value.mapping.yaml' },
      },
    },
  ],
};

let onigLib: Promise<textmate.IOnigLib> | undefined;

function loadOniguruma(): Promise<textmate.IOnigLib> {
  onigLib ??= (async () => {
    const wasm = readFileSync(resolve('vscode-oniguruma/release/onig.wasm'));
    await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
    return {
      createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
      createOnigString: (text: string) => new oniguruma.OnigString(text),
    };
  })();
  return onigLib;
}

/** The Markdown grammar with Placeshaper's grammars injected, over the given base grammars. */
async function markdownWithInjections(base: Record<string, () => object>): Promise<textmate.IGrammar> {
  const ours = new Map(manifest.contributes.grammars.map((g) => [g.scopeName, g]));
  const registry = new textmate.Registry({
    onigLib: loadOniguruma(),
    loadGrammar: async (scopeName) => {
      const contributed = ours.get(scopeName);
      if (contributed) return textmate.parseRawGrammar(readFileSync(contributed.path, 'utf8'), contributed.path);
      const raw = base[scopeName];
      return raw ? textmate.parseRawGrammar(JSON.stringify(raw()), `${scopeName}.json`) : null;
    },
    getInjections: (scopeName) => [...ours.values()].filter((g) => g.injectTo?.includes(scopeName)).map((g) => g.scopeName),
  });
  const grammar = await registry.loadGrammar(MARKDOWN);
  ok(grammar);
  return grammar;
}

interface Token {
  text: string;
  scopes: string[];
}

function tokenize(grammar: textmate.IGrammar, text: string): Token[][] {
  let state = textmate.INITIAL;
  return text.split('\n').map((line) => {
    const result = grammar.tokenizeLine(line, state);
    state = result.ruleStack;
    return result.tokens.map((t) => ({ text: line.slice(t.startIndex, t.endIndex), scopes: t.scopes }));
  });
}

const SAMPLE = [
  '---',
  'kind: laa',
  '# placeshaper-disable-next-line format/unknown-key, laa/*',
  'id: exampleshire-laa',
  'title: Exampleshire LAA   # an ordinary comment',
  'priorities: none',
  'targets:',
  '  - id: T1',
  '    indicator: NI 154',
  '    priority: safer-communities',
  '  - {id: T2, indicator: NI 16, priority: P2}',
  '---',
  '<!-- placeshaper-disable-next-line laa/period -->',
  'Net additional homes (NI 154) rise.',
  '<!-- placeshaper-disable align/stale,involve/*-->',
  '<!-- placeshaper-enable -->',
  'An ordinary paragraph: kind: scs, id: P1, NINI 5, NI 0, NI 1540 and NI-15.',
  '<!-- an ordinary comment: placeshaper-disable laa/period -->',
  '```',
  '# placeshaper-disable laa/period',
  'indicator: NI 154',
  '```',
  '',
].join('\n');

const LINES = SAMPLE.split('\n');
/** The lines inside the frontmatter fences. */
const IN_FRONTMATTER = (line: number) => line > 0 && line < LINES.indexOf('---', 1);
/** Lines where no Placeshaper scope may appear. */
const ORDINARY_LINES = [
  'title: Exampleshire LAA   # an ordinary comment',
  'priorities: none',
  'An ordinary paragraph: kind: scs, id: P1, NINI 5, NI 0, NI 1540 and NI-15.',
  '<!-- an ordinary comment: placeshaper-disable laa/period -->',
  '# placeshaper-disable laa/period',
  'indicator: NI 154',
];

const CONTROL = 'meta.control-comment.placeshaper';
const HTML_CONTROL = ['comment.block.html', CONTROL];
const YAML_CONTROL = ['comment.line.number-sign.yaml', CONTROL];
const RULE_ID = 'constant.other.rule-id.placeshaper';
const KEYWORD = 'keyword.control.directive.placeshaper';

/** Each construct: the line, the token's text, and the scopes Placeshaper's grammars give it (below the base grammar's). */
const EXPECTED: [line: string, token: string, scopes: string[]][] = [
  ['kind: laa', 'kind', ['entity.name.tag.yaml']],
  ['kind: laa', 'laa', ['support.type.kind.placeshaper']],
  ['# placeshaper-disable-next-line format/unknown-key, laa/*', '#', [...YAML_CONTROL, 'punctuation.definition.comment.yaml']],
  ['# placeshaper-disable-next-line format/unknown-key, laa/*', 'placeshaper-disable-next-line', [...YAML_CONTROL, KEYWORD]],
  ['# placeshaper-disable-next-line format/unknown-key, laa/*', 'format/unknown-key', [...YAML_CONTROL, RULE_ID]],
  [
    '# placeshaper-disable-next-line format/unknown-key, laa/*',
    ',',
    [...YAML_CONTROL, 'punctuation.separator.rule-id.placeshaper'],
  ],
  ['# placeshaper-disable-next-line format/unknown-key, laa/*', 'laa/*', [...YAML_CONTROL, RULE_ID]],
  ['id: exampleshire-laa', 'exampleshire-laa', ['entity.name.type.id.placeshaper']],
  ['  - id: T1', '-', ['punctuation.definition.block.sequence.item.yaml']],
  ['  - id: T1', 'id', ['entity.name.tag.yaml']],
  ['  - id: T1', 'T1', ['entity.name.type.id.placeshaper']],
  ['    indicator: NI 154', 'NI 154', ['support.constant.national-indicator.placeshaper']],
  ['    priority: safer-communities', 'safer-communities', ['entity.name.type.priority.placeshaper']],
  ['  - {id: T2, indicator: NI 16, priority: P2}', 'T2', ['entity.name.type.id.placeshaper']],
  ['  - {id: T2, indicator: NI 16, priority: P2}', 'NI 16', ['support.constant.national-indicator.placeshaper']],
  ['  - {id: T2, indicator: NI 16, priority: P2}', 'P2', ['entity.name.type.priority.placeshaper']],
  ['<!-- placeshaper-disable-next-line laa/period -->', '<!--', [...HTML_CONTROL, 'punctuation.definition.comment.begin.html']],
  ['<!-- placeshaper-disable-next-line laa/period -->', 'placeshaper-disable-next-line', [...HTML_CONTROL, KEYWORD]],
  ['<!-- placeshaper-disable-next-line laa/period -->', 'laa/period', [...HTML_CONTROL, RULE_ID]],
  ['<!-- placeshaper-disable-next-line laa/period -->', '-->', [...HTML_CONTROL, 'punctuation.definition.comment.end.html']],
  ['Net additional homes (NI 154) rise.', 'NI 154', ['support.constant.national-indicator.placeshaper']],
  ['<!-- placeshaper-disable align/stale,involve/*-->', 'placeshaper-disable', [...HTML_CONTROL, KEYWORD]],
  ['<!-- placeshaper-disable align/stale,involve/*-->', 'align/stale', [...HTML_CONTROL, RULE_ID]],
  ['<!-- placeshaper-disable align/stale,involve/*-->', 'involve/*', [...HTML_CONTROL, RULE_ID]],
  ['<!-- placeshaper-disable align/stale,involve/*-->', '-->', [...HTML_CONTROL, 'punctuation.definition.comment.end.html']],
  ['<!-- placeshaper-enable -->', 'placeshaper-enable', [...HTML_CONTROL, KEYWORD]],
];

function tokenOn(tokens: Token[][], line: string, text: string): { token: Token; lineIndex: number } {
  const lineIndex = LINES.indexOf(line);
  ok(lineIndex >= 0, `the sample has no line ${JSON.stringify(line)}`);
  const token = tokens[lineIndex].find((t) => t.text === text);
  ok(
    token,
    `no token ${JSON.stringify(text)} on ${JSON.stringify(line)}: ${JSON.stringify(tokens[lineIndex].map((t) => t.text))}`,
  );
  return { token, lineIndex };
}

const isOurs = (scope: string) => scope.endsWith('.placeshaper');

/** Asserts that no token of an ordinary line carries one of Placeshaper's scopes. */
function leavesOrdinaryLinesAlone(tokens: Token[][]): void {
  for (const line of ORDINARY_LINES) {
    const ours = tokens[LINES.indexOf(line)].filter((t) => t.scopes.some(isOurs));
    deepStrictEqual(ours, [], line);
  }
}

describe('injection grammars', () => {
  it('are contributed to Markdown, one for the body and one for the frontmatter', () => {
    const injected = manifest.contributes.grammars.filter((g) => g.injectTo?.includes(MARKDOWN));
    deepStrictEqual(injected.map((g) => g.scopeName).sort(), ['placeshaper.frontmatter.injection', 'placeshaper.injection']);
    for (const g of injected) {
      const raw = JSON.parse(readFileSync(g.path, 'utf8')) as { scopeName: string; injectionSelector: string };
      deepStrictEqual(raw.scopeName, g.scopeName);
      ok(raw.injectionSelector.startsWith('L:'), `${g.scopeName} takes precedence over Markdown's and YAML's own rules`);
    }
  });

  describe('in a tiny Markdown grammar', () => {
    let tokens: Token[][];
    before(async () => {
      tokens = tokenize(
        await markdownWithInjections({ [MARKDOWN]: () => TINY_MARKDOWN, 'source.yaml': () => TINY_YAML }),
        SAMPLE,
      );
    });

    for (const [line, text, scopes] of EXPECTED) {
      it(`${JSON.stringify(text)} in ${JSON.stringify(line.trim())}`, () => {
        const { token, lineIndex } = tokenOn(tokens, line, text);
        deepStrictEqual(token.scopes, [MARKDOWN, ...(IN_FRONTMATTER(lineIndex) ? [FRONTMATTER] : []), ...scopes]);
      });
    }

    it('ordinary text, comments, code and unknown values get no Placeshaper scope', () => leavesOrdinaryLinesAlone(tokens));

    it('an unknown kind is left to YAML', async () => {
      const grammar = await markdownWithInjections({ [MARKDOWN]: () => TINY_MARKDOWN, 'source.yaml': () => TINY_YAML });
      const [, kindLine] = tokenize(grammar, '---\nkind: scss\n---\n');
      deepStrictEqual(
        kindLine.filter((t) => t.scopes.some(isOurs)),
        [],
      );
    });
  });

  describe("in VS Code's Markdown and YAML grammars", () => {
    let tokens: Token[][];
    before(async () => {
      const grammarFile = (name: string) => () =>
        JSON.parse(readFileSync(resolve(`tm-grammars/grammars/${name}.json`), 'utf8')) as object;
      tokens = tokenize(
        await markdownWithInjections({ [MARKDOWN]: grammarFile('markdown'), 'source.yaml': grammarFile('yaml') }),
        SAMPLE,
      );
    });

    for (const [line, text, scopes] of EXPECTED) {
      it(`${JSON.stringify(text)} in ${JSON.stringify(line.trim())}`, () => {
        const { token, lineIndex } = tokenOn(tokens, line, text);
        deepStrictEqual(token.scopes.slice(-scopes.length), scopes);
        deepStrictEqual(token.scopes.includes(FRONTMATTER), IN_FRONTMATTER(lineIndex));
      });
    }

    it('ordinary text, comments, code and unknown values get no Placeshaper scope', () => leavesOrdinaryLinesAlone(tokens));
  });
});
