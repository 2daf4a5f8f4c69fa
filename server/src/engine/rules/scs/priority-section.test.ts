import { deepStrictEqual } from 'node:assert/strict';
import { MINIMAL_SCS } from '../../../../../test/support/drafts';
import { crlf, edit } from '../../../../../test/support/harness';
import { checklistStatusOf, type Expected, expectFindings, findingsOf } from '../../../../../test/support/rule-cases';

const RULE = 'scs/priority-section';
const SCS = MINIMAL_SCS;

const withP2 = (id = 'P2', title = 'Stronger neighbourhoods') =>
  edit(SCS, '    title: Safer communities\n', `    title: Safer communities\n  - id: ${id}\n    title: ${title}\n`);
const withHeading = (heading: string, text = withP2()) => `${text}\n${heading}\n`;
const NO_SECTION: Expected = {
  severity: 'info',
  message:
    'No heading in the body names priority ‘P2’: add a section for it, such as ‘## P2 Stronger neighbourhoods’, that says what the priority means for the area.',
};

describe('scs/priority-section', () => {
  it('reports a priority without a section at its id', () => {
    expectFindings(RULE, withP2('⟦P2⟧'), [NO_SECTION]);
  });

  it('offers to add the section at the end of the draft, in its line endings', () => {
    const title = 'Add a section for priority ‘P2’';
    const added = `${withP2()}\n## P2 Stronger neighbourhoods\n`;
    deepStrictEqual(findingsOf(RULE, withP2())[0].fix, { title, result: added });
    deepStrictEqual(findingsOf(RULE, crlf(withP2()))[0].fix, { title, result: crlf(added) });
    deepStrictEqual(findingsOf(RULE, withP2().trimEnd())[0].fix?.result, added);
    deepStrictEqual(findingsOf(RULE, `${withP2()}\n`)[0].fix?.result, added);
  });

  it('suggests a heading of the id alone for a priority without a title', () => {
    const untitled = edit(withP2('⟦P2⟧'), '    title: Stronger neighbourhoods\n', '');
    expectFindings(RULE, untitled, [
      {
        severity: 'info',
        message:
          'No heading in the body names priority ‘P2’: add a section for it, such as ‘## P2’, that says what the priority means for the area.',
      },
    ]);
  });

  it('stays quiet on a draft whose priorities each have a section', () => {
    expectFindings(RULE, SCS, []);
    expectFindings(RULE, withHeading('## P2 Stronger neighbourhoods'), []);
  });

  it('accepts a heading that names the id as a word, or contains the title, ignoring case', () => {
    for (const heading of [
      '## P2',
      '### Priority p2: making places better',
      '## Priority 2: STRONGER  neighbourhoods',
      '## (P2)',
    ]) {
      expectFindings(RULE, withHeading(heading), []);
    }
  });

  it('accepts a heading whose slug is the id', () => {
    expectFindings(RULE, withHeading('## Stronger Places', withP2('stronger-places', 'Better neighbourhoods')), []);
  });

  it('does not take a longer id or a part of the title for a match', () => {
    for (const heading of ['## P20 Another priority', '## P2a', '## Stronger']) {
      expectFindings(RULE, withHeading(heading, withP2('⟦P2⟧')), [NO_SECTION]);
    }
  });

  it('does not count text in paragraphs', () => {
    expectFindings(RULE, `${withP2('⟦P2⟧')}\nP2 Stronger neighbourhoods is about local centres.\n`, [NO_SECTION]);
  });

  it('checks only sustainable community strategies', () => {
    expectFindings(RULE, edit(withP2(), 'kind: sustainable-community-strategy', 'kind: housing-strategy'), []);
  });
});

describe('scs/priority-section in the review checklist', () => {
  it('is not applicable to a draft too large to read, whose headings were not read', () => {
    const large = `${withP2()}\n${'Words in a very long body. '.repeat(200_000)}\n`;
    deepStrictEqual(checklistStatusOf(RULE, large), {
      status: 'not-applicable',
      reason: 'The body of this draft is too large to be read, so its headings were not.',
    });
    deepStrictEqual(checklistStatusOf(RULE, withHeading('## P2 Stronger neighbourhoods')), { status: 'met' });
  });
});
