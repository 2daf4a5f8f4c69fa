import { edit } from '../../../../../test/support/harness';
import { LAA, laa } from '../../../../../test/support/laa-drafts';
import { expectFindings } from '../../../../../test/support/rule-cases';

const RULE = 'laa/named-partners';
const EMPTY = 'has an empty list of partners: name every partner authority that agreed to help deliver it, its lead among them.';
const T1_PARTNERS = '    partners: [Exampleshire Constabulary, Exampleshire County Council]';

describe('laa/named-partners', () => {
  it('reports a target with no `partners` at its id', () => {
    const text = edit(
      edit(LAA, '    partners:\n      - Jobcentre Plus\n      - Exampleshire County Council\n', ''),
      '  - id: T2',
      '  - id: ⟦T2⟧',
    );
    expectFindings(RULE, laa(text), [
      {
        severity: 'error',
        message:
          'Target ‘T2’ names no partners: add ‘partners:’ with the name of every partner authority that agreed to help deliver it, its lead among them.',
      },
    ]);
  });

  it('reports an empty list at the list', () => {
    expectFindings(RULE, laa(edit(LAA, T1_PARTNERS, '    partners: ⟦[]⟧')), [
      { severity: 'error', message: `Target ‘T1’ ${EMPTY}` },
    ]);
  });

  it('reports `partners:` with nothing after it at the key', () => {
    expectFindings(RULE, laa(edit(LAA, T1_PARTNERS, '    ⟦partners⟧:')), [
      { severity: 'error', message: `Target ‘T1’ ${EMPTY}` },
    ]);
  });

  it('stays quiet on a correct agreement', () => {
    expectFindings(RULE, laa(LAA), []);
  });

  it('leaves partners that are not a list of names to format/schema', () => {
    expectFindings(RULE, laa(edit(LAA, T1_PARTNERS, '    partners: Exampleshire County Council')), []);
    expectFindings(RULE, laa(edit(LAA, T1_PARTNERS, '    partners: [1, 2]')), []);
  });
});
