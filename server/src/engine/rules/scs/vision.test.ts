import { deepStrictEqual } from 'node:assert/strict';
import { MINIMAL_SCS, check, crlf } from '../../../../../test/support/harness';

const SCS = MINIMAL_SCS;

const only = ['scs/vision'];
type Range = [number, number, number, number];
const VISION = 'vision: A prosperous, safe and healthy Exampleshire.';
const EMPTY =
  'The `vision` of this SCS is empty: write the long-term vision for the area, a top-line statement based firmly on local needs that the key priorities follow from.';

describe('scs/vision', () => {
  it('reports a missing vision at the opening fence, with LF and CRLF', () => {
    const text = SCS.replace(`${VISION}\n`, '');
    const expected = [
      {
        rule: 'scs/vision',
        severity: 'error',
        range: [0, 0, 0, 3] as Range,
        message:
          'This SCS has no `vision`: add `vision:` with the long-term vision for the area, a top-line statement based firmly on local needs that the key priorities follow from.',
      },
    ];
    deepStrictEqual(check(text, only), expected);
    deepStrictEqual(check(crlf(text), only), expected);
    // format/schema no longer reports it as well.
    deepStrictEqual(check(text, ['format/schema']), []);
  });

  it('reports an empty vision at its value, with LF and CRLF', () => {
    const text = SCS.replace(VISION, 'vision: ""');
    const expected = [{ rule: 'scs/vision', severity: 'error', range: [11, 8, 11, 10] as Range, message: EMPTY }];
    deepStrictEqual(check(text, only), expected);
    deepStrictEqual(check(crlf(text), only), expected);
  });

  it('reports a vision of spaces alone', () => {
    deepStrictEqual(check(SCS.replace(VISION, "vision: '   '"), only), [{ rule: 'scs/vision', severity: 'error', range: [11, 8, 11, 13], message: EMPTY }]);
  });

  it('leaves `vision:` with no value, or a number, to format/schema', () => {
    for (const written of ['vision:', 'vision: 42']) {
      deepStrictEqual(check(SCS.replace(VISION, written), ['format/schema', ...only]).map((s) => s.rule), ['format/schema'], written);
    }
  });

  it('stays quiet on a vision, also one written over several lines', () => {
    deepStrictEqual(check(SCS, only), []);
    deepStrictEqual(check(SCS.replace(VISION, 'vision: >-\n  A prosperous,\n  safe Exampleshire.'), only), []);
  });

  it('checks only sustainable community strategies', () => {
    const housing = SCS.replace('kind: sustainable-community-strategy', 'kind: housing-strategy').replace(`${VISION}\n`, '');
    deepStrictEqual(check(housing, only), []);
  });
});
