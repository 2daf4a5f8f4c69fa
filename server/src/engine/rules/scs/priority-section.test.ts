import { deepStrictEqual } from 'node:assert/strict';
import { MINIMAL_SCS, check, crlf, workspace } from '../../../../../test/support/harness';
import { applyEdits } from '../support';

const SCS = MINIMAL_SCS;

const only = ['scs/priority-section'];
type Range = [number, number, number, number];

const withP2 = (id = 'P2', title = 'Stronger neighbourhoods') =>
  SCS.replace('    title: Safer communities\n', `    title: Safer communities\n  - id: ${id}\n    title: ${title}\n`);
const withHeading = (heading: string, text = withP2()) => `${text}\n${heading}\n`;
const fixed = (text: string) => {
  const [finding] = workspace({ 'a.md': text }).findings('a.md').filter((f) => f.rule === 'scs/priority-section');
  return { title: finding.fix!.title, text: applyEdits(text, finding.fix!.edits) };
};

describe('scs/priority-section', () => {
  it('reports a priority without a section at its id, with LF and CRLF', () => {
    const expected = [
      {
        rule: 'scs/priority-section',
        severity: 'info',
        range: [15, 8, 15, 10] as Range,
        message:
          'No heading in the body names priority `P2` (Stronger neighbourhoods): add a section for it, such as `## P2 Stronger neighbourhoods`, that says what the priority means for the area.',
      },
    ];
    deepStrictEqual(check(withP2(), only), expected);
    deepStrictEqual(check(crlf(withP2()), only), expected);
  });

  it('offers to add the section at the end of the draft, in its line endings', () => {
    const title = 'Add a section for priority `P2`';
    deepStrictEqual(fixed(withP2()), { title, text: `${withP2()}\n## P2 Stronger neighbourhoods\n` });
    deepStrictEqual(fixed(crlf(withP2())), { title, text: crlf(`${withP2()}\n## P2 Stronger neighbourhoods\n`) });
    deepStrictEqual(fixed(withP2().trimEnd()).text, `${withP2()}\n## P2 Stronger neighbourhoods\n`);
    deepStrictEqual(fixed(`${withP2()}\n`).text, `${withP2()}\n## P2 Stronger neighbourhoods\n`);
  });

  it('stays quiet on a draft whose priorities each have a section', () => {
    deepStrictEqual(check(SCS, only), []);
    deepStrictEqual(check(withHeading('## P2 Stronger neighbourhoods'), only), []);
  });

  it('accepts a heading that names the id as a word, or contains the title, ignoring case', () => {
    for (const heading of ['## P2', '### Priority p2: making places better', '## Priority 2: STRONGER  neighbourhoods', '## (P2)']) {
      deepStrictEqual(check(withHeading(heading), only), [], heading);
    }
  });

  it('accepts a heading whose slug is the id', () => {
    deepStrictEqual(check(withHeading('## Stronger Places', withP2('stronger-places', 'Better neighbourhoods')), only), []);
  });

  it('does not take a longer id or a part of the title for a match', () => {
    for (const heading of ['## P20 Another priority', '## P2a', '## Stronger']) {
      deepStrictEqual(check(withHeading(heading), only).map((s) => s.range), [[15, 8, 15, 10]], heading);
    }
  });

  it('does not count text in paragraphs', () => {
    deepStrictEqual(check(`${withP2()}\nP2 Stronger neighbourhoods is about local centres.\n`, only).length, 1);
  });

  it('checks only sustainable community strategies', () => {
    const housing = withP2().replace('kind: sustainable-community-strategy', 'kind: housing-strategy');
    deepStrictEqual(check(housing, only), []);
  });
});
