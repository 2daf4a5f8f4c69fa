// The review renders plain paragraphs and headings without the parser, and parses the rest chunk by
// chunk: the HTML must be what parsing the whole body gives, block for block and place for place.
import { deepStrictEqual } from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import type { Root, RootContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { bodyBlocks, readableFactsStep, SANITIZE_SCHEMA } from '../server/src/engine/reports/review-body';
import { textDirectives } from '../server/src/engine/parse/body/fact-directive';
import { workspaceFiles } from '../bench/generate';
import { crlf } from './support/harness';

const whole = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(textDirectives)
  .use(readableFactsStep)
  .use(remarkRehype, { allowDangerousHtml: true })
  .use(rehypeRaw)
  .use(rehypeSanitize, SANITIZE_SCHEMA);

/** Each top-level block as HTML with its offsets, from a parse of the whole body. */
function reference(text: string, start: number): [string, number | undefined][] {
  const body = text.slice(start);
  const tree = whole.runSync(whole.parse(body), body) as Root;
  return tree.children
    .filter((node) => !(node.type === 'text' && !node.value.trim()))
    .map((node) => [toHtml(node), node.position ? (node.position.start.offset ?? 0) + start : undefined]);
}

function chunked(text: string, start: number): [string, number | undefined][] {
  return bodyBlocks(text, start)
    .filter((node: RootContent) => !(node.type === 'text' && !node.value.trim()))
    .map((node) => [toHtml(node), node.position?.start.offset]);
}

const bodyStartOf = (text: string) => (text.startsWith('---') ? text.indexOf('\n---', 3) + 4 : 0);

describe('the review’s rendering of a body', () => {
  it('equals a parse of the whole body for every example draft, with LF and CRLF', () => {
    for (const folder of ['examples/exampleshire', 'examples/faults']) {
      for (const file of readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.md'))) {
        const text = readFileSync(path.join(folder, file), 'utf8');
        for (const variant of [text, crlf(text)]) {
          const start = bodyStartOf(variant);
          deepStrictEqual(chunked(variant, start), reference(variant, start), file);
        }
      }
    }
  });

  it('equals a parse of the whole body for the generated drafts of the benchmark', () => {
    for (const text of [...workspaceFiles(20261121, 2).values()].slice(0, 12)) {
      const start = bodyStartOf(text);
      deepStrictEqual(chunked(text, start), reference(text, start));
    }
  });

  it('equals a parse of the whole body for bodies of words, marks and block syntax', () => {
    const token = fc.constantFrom(
      'word',
      'Council',
      '2008',
      'WWW.example.org',
      'a\u00a0b',
      'end\u2003',
      '1.',
      '2)',
      '#',
      '##',
      '-',
      '*',
      '+',
      '>',
      '=',
      '|',
      '`',
      '_',
      '~',
      '[',
      ']',
      '(',
      ')',
      '<b>',
      '&amp;',
      '\\',
      'www.example.org',
      'https://example.org',
      'a@b.org',
      ':',
      ':fact[8,600 homes]{#housing.requirement}',
      ':fact[]{#a}',
      ':fact',
      'Note:this',
      '{#x}',
      '"',
      "'",
      '—',
      '  ',
      '\t',
      '!',
    );
    const line = fc.array(token, { minLength: 0, maxLength: 8 }).map((words) => words.join(' '));
    // Lines of the shapes the review renders without the parser, and their near misses.
    const shaped = fc.constantFrom(
      '- item with [a link](../scs/a.md#p1)',
      '- another item',
      '* starred item',
      '+ plus item',
      '1. ordered item',
      '| Measure | Baseline | Target |',
      '| --- | :-: | ---: |',
      '| --- | --- |',
      '| a | [b](c.md) | |',
      '| a | b |',
      '# A heading with [a link](x.md)',
      '## Theme 2',
      'Words and [a link](./b.md) in a line.',
      'See [x](y.md)(z) and [a]',
      '---',
      '===',
      'It plans for :fact[8,600 new homes]{#housing.requirement} by :fact[2026]{#plan.end}.',
      '| Need | :fact[410]{#affordable.need} |',
      '## Homes: :fact[8,600]{#housing.requirement}',
    );
    const body = fc
      .array(fc.oneof(line, shaped, shaped, fc.constant(''), fc.constant('    code')), { maxLength: 14 })
      .map((lines) => lines.join('\n'));
    fc.assert(
      fc.property(body, fc.boolean(), (text, useCrlf) => {
        const source = useCrlf ? crlf(text) : text;
        deepStrictEqual(chunked(source, 0), reference(source, 0));
      }),
      { numRuns: 1000, seed: 20261130 },
    );
  });
});
