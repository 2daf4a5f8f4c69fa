import { MINIMAL_SCS } from '../../../../../test/support/drafts';
import { edit, md } from '../../../../../test/support/harness';
import { expectFindings } from '../../../../../test/support/rule-cases';

const RULE = 'scs/sustainable-development';
const SCS = MINIMAL_SCS;

const PRIORITIES = md`
  priorities:
    - id: P1
      title: Safer communities
      principles: [strong-healthy-and-just-society, good-governance]
    - id: P2
      title: A greener county
      principles:
        - living-within-environmental-limits
        - sound-science
        - sustainable-economy
`;
const SERVED = edit(SCS, 'priorities:\n  - id: P1\n    title: Safer communities\n', PRIORITIES);
/** The draft with its `priorities` key marked. */
const atPriorities = (text: string) => edit(text, 'priorities:', '⟦priorities⟧:');

const ADVICE =
  'the SCS should contribute to sustainable development and respect all five principles of the UK Sustainable Development Strategy.';
const NO_SOUND_SCIENCE = `No priority serves the sustainable-development principle ‘sound-science’: add it to the ‘principles’ of the priorities that serve it, or add a priority that does; ${ADVICE}`;
const NONE_SERVED =
  'No priority serves these sustainable-development principles: add ‘living-within-environmental-limits’, ‘strong-healthy-and-just-society’, ‘sustainable-economy’, ' +
  `‘good-governance’ and ‘sound-science’ to the ‘principles’ of the priorities that serve them, or add priorities that do; ${ADVICE}`;

describe('scs/sustainable-development', () => {
  it('reports one missing principle at the `priorities` key', () => {
    expectFindings(RULE, atPriorities(edit(SERVED, '      - sound-science\n', '')), [
      { severity: 'warning', message: NO_SOUND_SCIENCE },
    ]);
  });

  it('names every missing principle in one finding', () => {
    expectFindings(RULE, atPriorities(SCS), [{ severity: 'warning', message: NONE_SERVED }]);
  });

  it('reports at the opening fence when there are no priorities', () => {
    const text = edit(SCS, 'priorities:\n  - id: P1\n    title: Safer communities\n', '');
    expectFindings(RULE, edit(text, '---\n', '⟦---⟧\n'), [{ severity: 'warning', message: NONE_SERVED }]);
  });

  it('names the remedy early even for the longest principle', () => {
    expectFindings(RULE, atPriorities(edit(SERVED, '      - living-within-environmental-limits\n', '')), [
      {
        severity: 'warning',
        message: `No priority serves the sustainable-development principle ‘living-within-environmental-limits’: add it to the ‘principles’ of the priorities that serve it, or add a priority that does; ${ADVICE}`,
      },
    ]);
  });

  it('stays quiet when every principle is served', () => {
    expectFindings(RULE, SERVED, []);
  });

  it('ignores unknown principles and malformed lists, and leaves them to format/schema', () => {
    const misspelt = edit(SERVED, '      - sound-science\n', '      - sound-sciences\n');
    expectFindings(RULE, atPriorities(misspelt), [{ severity: 'warning', message: NO_SOUND_SCIENCE }]);
    expectFindings(RULE, edit(SCS, 'priorities:\n  - id: P1\n    title: Safer communities\n', 'priorities: none\n'), []);
  });

  it('checks only sustainable community strategies', () => {
    expectFindings(RULE, edit(SCS, 'kind: sustainable-community-strategy', 'kind: housing-strategy'), []);
  });
});
