import { deepStrictEqual, strictEqual } from 'node:assert/strict';
import { modelFromText } from '../server/src/engine/model/draft-model';
import { crlf, workspace } from './support/harness';
import { CLEAN_SCS } from './support/drafts';

describe('parsing a draft', () => {
  const variants: [string, string][] = [
    ['LF', CLEAN_SCS],
    ['CRLF', crlf(CLEAN_SCS)],
    ['BOM + CRLF', '\uFEFF' + crlf(CLEAN_SCS)],
    ['lone CR', CLEAN_SCS.replace(/\n/g, '\r')],
    [
      'LF, CRLF and lone CR mixed',
      CLEAN_SCS.split('\n')
        .map((line, i) => line + ['\n', '\r\n', '\r'][i % 3])
        .join('')
        .slice(0, -1),
    ],
  ];

  for (const [name, text] of variants) {
    it(`places frontmatter keys and values exactly (${name})`, () => {
      const draft = modelFromText('/ws/scs.md', text);
      const lines = draft.parsed.lines;
      strictEqual(draft.kind, 'sustainable-community-strategy');
      deepStrictEqual(lines.rangeOf(draft.fm.keySpan(['authority', 'type'])!), {
        start: { line: 5, character: 2 },
        end: { line: 5, character: 6 },
      });
      deepStrictEqual(lines.rangeOf(draft.fm.valueSpan(['authority', 'type'])!), {
        start: { line: 5, character: 8 },
        end: { line: 5, character: 14 },
      });
      deepStrictEqual(lines.rangeOf(draft.priorities[0].idSpan), {
        start: { line: 13, character: 8 },
        end: { line: 13, character: 10 },
      });
      deepStrictEqual(
        draft.headings.map((h) => [h.depth, h.text, h.slug, lines.positionAt(h.span.start).line]),
        [
          [1, 'Exampleshire SCS', 'exampleshire-scs', 24],
          [2, 'P1 Safer communities', 'p1-safer-communities', 26],
        ],
      );
    });
  }

  it('checks a draft whose lines end in lone carriage returns as editors show it: the same findings, at the same lines, as with LF', () => {
    const faulty = CLEAN_SCS.replace('type: county', 'type: countty')
      .replace('vision:', 'visoin:')
      .replace('## P1 Safer communities', '## Elsewhere');
    const seen = (text: string) => workspace({ 'scs.md': text }).check('scs.md');
    const expected = seen(faulty);
    deepStrictEqual(
      expected.map((f) => f.rule),
      ['scs/vision', 'format/schema', 'format/unknown-key', 'align/undelivered-priority', 'scs/priority-section'],
    );
    deepStrictEqual(seen(faulty.replace(/\n/g, '\r')), expected);
    deepStrictEqual(
      seen(
        faulty
          .split('\n')
          .map((line, i) => line + (i % 2 ? '\r' : '\n'))
          .join(''),
      ),
      expected,
    );
  });

  it('defaults the id to the file name and reads related links and body links', () => {
    const text =
      CLEAN_SCS.replace(
        'status: draft',
        'status: draft\nrelated:\n  core-strategy: {path: ../ldf/core.md, version: 2}\n  laa: ../laa/laa.md',
      ) + '\nSee [the LAA](../laa/laa.md#T1), [the web](https://example.org/x.md) and [a section](#p1).\n';
    const draft = modelFromText('/ws/scs/exampleshire-scs.md', text);
    strictEqual(draft.id, 'exampleshire-scs');
    deepStrictEqual(
      draft.related.map((r) => [r.role, r.target, r.version, text.slice(r.targetSpan.start, r.targetSpan.end)]),
      [
        ['core-strategy', '../ldf/core.md', 2, '../ldf/core.md'],
        ['laa', '../laa/laa.md', undefined, '../laa/laa.md'],
      ],
    );
    deepStrictEqual(
      draft.bodyLinks.map((l) => [l.target, l.fragment, text.slice(l.span.start, l.span.end)]),
      [['../laa/laa.md', 'T1', '[the LAA](../laa/laa.md#T1)']],
    );
  });

  it('treats Markdown without a kind as ordinary Markdown', () => {
    strictEqual(modelFromText('/ws/notes.md', '---\ntitle: Notes\n---\n# Notes\n').isDraft, false);
    strictEqual(modelFromText('/ws/notes.md', '# Notes\n').isDraft, false);
    strictEqual(modelFromText('/ws/empty.md', '').isDraft, false);
  });
});
