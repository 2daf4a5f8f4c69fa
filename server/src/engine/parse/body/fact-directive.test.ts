// `:fact[label]{#id}` in the body: where its label and id are written, where it is found (headings,
// list items, table cells, quotes) and where not (code, escapes), that every other text directive
// (`Note:this`, `10:30`) stays the text it was, and that the closed-draft scan finds what a full parse finds.
import { deepStrictEqual } from 'node:assert/strict';
import { crlf } from '../../../../../test/support/harness';
import { buildModel } from '../../model/draft-model';
import { parseDraft } from '../parse-draft';
import { parseBody, type Body } from './blocks';
import { scanBody } from './scan';

/** Every `:fact` of a body as written: the whole reference, its label and its id, read back from the text at their offsets. */
function mentionsIn(text: string, body: Body = parseBody(text, 0)) {
  return body.blocks.flatMap((block) =>
    (block.facts.facts ?? []).map((mention) => {
      const at = (from: number, to: number) => text.slice(block.start + from, block.start + to);
      return {
        written: at(mention.start, mention.end),
        id: mention.id,
        idText: at(mention.idStart, mention.idEnd),
        label: mention.label,
        labelText: at(mention.labelStart, mention.labelEnd),
        start: block.start + mention.start,
      };
    }),
  );
}

/** The mention of `text`'s one `:fact`, without its offset. */
function only(text: string) {
  const mentions = mentionsIn(text);
  deepStrictEqual(mentions.length, 1, JSON.stringify(mentions));
  const { start: _start, ...rest } = mentions[0];
  return rest;
}

describe(':fact text directives', () => {
  it('reads the label and the id of ‘:fact[label]{#id}’, keeping the id’s dots', () => {
    deepStrictEqual(only('The plan provides :fact[10,060 homes]{#housing.requirement} by 2026.'), {
      written: ':fact[10,060 homes]{#housing.requirement}',
      id: 'housing.requirement',
      idText: 'housing.requirement',
      label: '10,060 homes',
      labelText: '10,060 homes',
    });
  });

  it('reads an id written as an attribute, in double, single or no quotes, among other attributes', () => {
    for (const [attributes, idText] of [
      ['{id="housing.requirement"}', 'housing.requirement'],
      ["{id='housing.requirement'}", 'housing.requirement'],
      ['{id=housing.requirement}', 'housing.requirement'],
      ['{.approx #housing.requirement key=v}', 'housing.requirement'],
    ]) {
      const text = `It provides :fact[8,600]${attributes}.`;
      const mention = only(text);
      deepStrictEqual(
        [mention.id, mention.idText, mention.labelText, mention.written],
        [idText, idText, '8,600', `:fact[8,600]${attributes}`],
        text,
      );
      deepStrictEqual(text.indexOf(mention.idText), text.indexOf(idText));
    }
  });

  it('reads an empty label and a missing label as empty, at the place the label would be', () => {
    const empty = 'It provides :fact[]{#a.b}.';
    deepStrictEqual(only(empty), { written: ':fact[]{#a.b}', id: 'a.b', idText: 'a.b', label: '', labelText: '' });
    deepStrictEqual(mentionsIn(empty)[0].start + ':fact['.length, empty.indexOf(']'));
    deepStrictEqual(only('It provides :fact{#a.b}.'), {
      written: ':fact{#a.b}',
      id: 'a.b',
      idText: 'a.b',
      label: '',
      labelText: '',
    });
  });

  it('reads a reference with no id as one, its id empty where the attributes would start', () => {
    deepStrictEqual(only('It provides :fact[3 sites].'), {
      written: ':fact[3 sites]',
      id: undefined,
      idText: '',
      label: '3 sites',
      labelText: '3 sites',
    });
    deepStrictEqual(only('It provides :fact[3 sites]{.approx}.'), {
      written: ':fact[3 sites]{.approx}',
      id: undefined,
      idText: '',
      label: '3 sites',
      labelText: '3 sites',
    });
    const text = 'It provides :fact[3 sites]{.approx}.';
    const mention = parseBody(text, 0).blocks[0].facts.facts![0];
    deepStrictEqual([mention.idStart, mention.idEnd], [text.indexOf('{'), text.indexOf('{')]);
  });

  it('reads the label as text, and its span as written, markup and all', () => {
    deepStrictEqual(only('It provides :fact[*about* 8,600 homes]{#a.b}.'), {
      written: ':fact[*about* 8,600 homes]{#a.b}',
      id: 'a.b',
      idText: 'a.b',
      label: 'about 8,600 homes',
      labelText: '*about* 8,600 homes',
    });
  });

  it('finds a :fact in a heading, a list item, a table cell and a block quote', () => {
    const text = [
      '# Homes: :fact[8,600]{#housing.requirement}',
      '',
      '- first item',
      '- the plan ends in :fact[2026]{#plan.end}',
      '',
      '| Fact | Figure |',
      '| --- | --- |',
      '| Need | :fact[410]{#affordable.need} |',
      '',
      '> quoted :fact[41,000 jobs]{#jobs.total}',
      '',
    ].join('\n');
    deepStrictEqual(
      mentionsIn(text).map((m) => [m.id, m.labelText, m.start]),
      [
        ['housing.requirement', '8,600', text.indexOf(':fact[8,600]')],
        ['plan.end', '2026', text.indexOf(':fact[2026]')],
        ['affordable.need', '410', text.indexOf(':fact[410]')],
        ['jobs.total', '41,000 jobs', text.indexOf(':fact[41,000 jobs]')],
      ],
    );
    deepStrictEqual(parseBody(text, 0).blocks[0].facts.headings[0].text, 'Homes: 8,600');
  });

  it('finds none in code, after an escape or under another name, but one right after a word', () => {
    const text = [
      '`:fact[1]{#a.b}` and \\:fact[2]{#a.b} and :facts[3]{#a.b} and x:fact[4]{#a.b}',
      '',
      '```',
      ':fact[5]{#a.b}',
      '```',
      '',
    ].join('\n');
    deepStrictEqual(
      mentionsIn(text).map((m) => [m.written, m.start]),
      [[':fact[4]{#a.b}', text.indexOf(':fact[4]')]],
    );
  });

  it('leaves every other text directive the text it was: ‘Note:this’, ‘10:30’, headings and slugs unchanged', () => {
    const text = [
      '---',
      'kind: scs',
      'title: Times',
      '---',
      '# Note:this at 10:30',
      '',
      '## Ratio 3:1 and a:b[c]{d}',
      '',
      'Note:this[x] opens at 10:30, see:there.',
      '',
      '## Plan :fact[2026]{#plan.end}',
      '',
    ].join('\n');
    const draft = buildModel(parseDraft('/ws/times.md', text));
    deepStrictEqual(
      draft.headings.map((h) => [h.text, h.slug]),
      [
        ['Note:this at 10:30', 'notethis-at-1030'],
        ['Ratio 3:1 and a:b[c]{d}', 'ratio-31-and-abcd'],
        ['Plan 2026', 'plan-2026'],
      ],
    );
    deepStrictEqual(
      draft.factReferences.map((r) => [r.id, text.slice(r.span.start, r.span.end)]),
      [['plan.end', ':fact[2026]{#plan.end}']],
    );
    const paragraph = parseBody(text, text.indexOf('Note:this[x]')).blocks[0];
    deepStrictEqual([paragraph.type, paragraph.facts.facts], ['paragraph', undefined]);
  });

  it('keeps what another directive’s brackets hold: a link there is still a link, code in a heading still code', () => {
    const text = [
      '---',
      'kind: scs',
      'title: Links',
      '---',
      '# Plan:v2[`draft`] here',
      '',
      'See:also[the [LAA](./laa.md#T1)] too.',
      '',
    ].join('\n');
    const draft = buildModel(parseDraft('/ws/links.md', text));
    deepStrictEqual(
      draft.headings.map((h) => h.text),
      ['Plan:v2[draft] here'],
    );
    deepStrictEqual(
      draft.bodyLinks.map((l) => [l.target, l.fragment, text.slice(l.span.start, l.span.end)]),
      [['./laa.md', 'T1', '[LAA](./laa.md#T1)']],
    );
  });

  it('finds the same mentions in the closed-draft scan as in a full parse', () => {
    const body = [
      '# Millbrook :fact[2026]{#plan.end}',
      '',
      'Plain paragraph with no reference at all.',
      '',
      'The plan provides :fact[8,600 homes]{#housing.requirement}',
      'over two lines, and :fact[]{#empty.label} and :fact[no id].',
      '',
      '- item :fact[410]{#affordable.need}',
      '',
      '  continued in the item :fact[1]{id="a.b"}',
      '- Note:this, 10:30',
      '',
      '> quote :fact[2]{#c.d}',
      '',
      '| a | b |',
      '| - | - |',
      '| :fact[3]{#e.f} | x |',
      '',
      '```',
      ':fact[4]{#in.code}',
      '```',
      '',
      'A [link][ref] and :fact[5]{#g.h}.',
      '',
      '[ref]: ./other.md',
      '',
      '<!-- :fact[6]{#in.comment} -->',
      '',
      'Last :fact[7 *jobs*]{#i.j}',
    ].join('\n');
    const front = '---\nkind: scs\ntitle: Scan\n---\n';
    const unlabelled = `${front}Intro.\n\n${body.replace('[ref]: ./other.md', '')}`;
    for (const text of [front + body, crlf(front + body), unlabelled, crlf(unlabelled)]) {
      const start = text.indexOf('---', 3) + (text.includes('\r\n') ? 5 : 4);
      const full = mentionsIn(text, parseBody(text, start));
      const scanned = scanBody(text, start, 'facts');
      deepStrictEqual(mentionsIn(text, scanned), full);
      // A chunk that refers to a label defined elsewhere is read with the whole body; otherwise only the chunks with a `:fact`.
      deepStrictEqual(scanned.complete, text.includes('[ref]:'));
      const open = buildModel(parseDraft('/ws/scan.md', text));
      const closed = buildModel(parseDraft('/ws/scan.md', text, 1, undefined, { scanBody: true }));
      deepStrictEqual(closed.factReferences, open.factReferences);
      deepStrictEqual(
        open.factReferences.map((r) => r.id),
        ['plan.end', 'housing.requirement', 'empty.label', undefined, 'affordable.need', 'a.b', 'c.d', 'e.f', 'g.h', 'i.j'],
      );
      deepStrictEqual(
        full.map((m) => m.written),
        open.factReferences.map((r) => text.slice(r.span.start, r.span.end)),
      );
    }
  });
});
