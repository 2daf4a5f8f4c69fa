import { MINIMAL_SCS } from '../../../../../test/support/drafts';
import { edit } from '../../../../../test/support/harness';
import { expectFindings } from '../../../../../test/support/rule-cases';

const RULE = 'scs/vision';
const SCS = MINIMAL_SCS;

const VISION = 'vision: A prosperous, safe and healthy Exampleshire.';
const EMPTY =
  'The ‘vision’ of this SCS is empty: write the long-term vision for the area, a top-line statement based firmly on local needs that the key priorities follow from.';

describe('scs/vision', () => {
  it('reports a missing vision at the opening fence', () => {
    const text = edit(SCS, `${VISION}\n`, '');
    expectFindings(RULE, edit(text, '---\n', '⟦---⟧\n'), [
      {
        severity: 'error',
        message:
          'This SCS has no ‘vision’: add ‘vision:’ with the long-term vision for the area, a top-line statement based firmly on local needs that the key priorities follow from.',
      },
    ]);
    // format/schema no longer reports it as well.
    expectFindings('format/schema', text, []);
  });

  it('reports an empty vision at its value', () => {
    expectFindings(RULE, edit(SCS, VISION, 'vision: ⟦""⟧'), [{ severity: 'error', message: EMPTY }]);
  });

  it('reports a vision of spaces alone', () => {
    expectFindings(RULE, edit(SCS, VISION, "vision: ⟦'   '⟧"), [{ severity: 'error', message: EMPTY }]);
  });

  it('leaves `vision:` with no value, or a number, to format/schema', () => {
    expectFindings(['format/schema', RULE], edit(SCS, VISION, 'vision:⟦⟧'), [
      {
        rule: 'format/schema',
        severity: 'error',
        message: '‘vision’ has the wrong form: make it the vision statement, not nothing.',
      },
    ]);
    expectFindings(['format/schema', RULE], edit(SCS, VISION, 'vision: ⟦42⟧'), [
      {
        rule: 'format/schema',
        severity: 'error',
        message: '‘vision’ has the wrong form: make it the vision statement, not ‘42’.',
      },
    ]);
  });

  it('stays quiet on a vision, also one written over several lines', () => {
    expectFindings(RULE, SCS, []);
    expectFindings(RULE, edit(SCS, VISION, 'vision: >-\n  A prosperous,\n  safe Exampleshire.'), []);
  });

  it('checks only sustainable community strategies', () => {
    expectFindings(
      RULE,
      edit(edit(SCS, 'kind: sustainable-community-strategy', 'kind: housing-strategy'), `${VISION}\n`, ''),
      [],
    );
  });
});
