import { deepStrictEqual } from 'node:assert/strict';
import { MINIMAL_SCS, check, crlf, md } from '../../../../../test/support/harness';

const SCS = MINIMAL_SCS;

const only = ['scs/sustainable-development'];
type Range = [number, number, number, number];

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
const SERVED = SCS.replace('priorities:\n  - id: P1\n    title: Safer communities\n', PRIORITIES);

const ADVICE =
  'the SCS should contribute to sustainable development and respect all five principles of the UK Sustainable Development Strategy: ';

describe('scs/sustainable-development', () => {
  it('reports one missing principle at the `priorities` key, with LF and CRLF', () => {
    const text = SERVED.replace('      - sound-science\n', '');
    const expected = [
      {
        rule: 'scs/sustainable-development',
        severity: 'warning',
        range: [12, 0, 12, 10] as Range,
        message: `No priority serves the sustainable-development principle \`sound-science\`; ${ADVICE}add it to the \`principles\` of the priorities that serve it, or add a priority that does.`,
      },
    ];
    deepStrictEqual(check(text, only), expected);
    deepStrictEqual(check(crlf(text), only), expected);
  });

  it('names every missing principle in one finding', () => {
    deepStrictEqual(check(SCS, only), [
      {
        rule: 'scs/sustainable-development',
        severity: 'warning',
        range: [12, 0, 12, 10],
        message:
          'No priority serves the sustainable-development principles `living-within-environmental-limits`, `strong-healthy-and-just-society`, `sustainable-economy`, ' +
          `\`good-governance\` and \`sound-science\`; ${ADVICE}add each to the \`principles\` of the priorities that serve them, or add a priority that does.`,
      },
    ]);
  });

  it('reports at the opening fence when there are no priorities', () => {
    const text = SCS.replace('priorities:\n  - id: P1\n    title: Safer communities\n', '');
    deepStrictEqual(check(text, only).map((s) => s.range), [[0, 0, 0, 3]]);
  });

  it('stays quiet when every principle is served', () => {
    deepStrictEqual(check(SERVED, only), []);
  });

  it('ignores unknown principles and malformed lists, and leaves them to format/schema', () => {
    const misspelt = SERVED.replace('      - sound-science\n', '      - sound-sciences\n');
    deepStrictEqual(check(misspelt, only).map((s) => s.message.split(';')[0]), ['No priority serves the sustainable-development principle `sound-science`']);
    deepStrictEqual(check(SCS.replace('priorities:\n  - id: P1\n    title: Safer communities\n', 'priorities: none\n'), only), []);
  });

  it('checks only sustainable community strategies', () => {
    deepStrictEqual(check(SCS.replace('kind: sustainable-community-strategy', 'kind: housing-strategy'), only), []);
  });
});
