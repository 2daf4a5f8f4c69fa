import { deepStrictEqual } from 'node:assert/strict';
import { MINIMAL_SCS, check, crlf } from '../../../../../test/support/harness';

const SCS = MINIMAL_SCS;

const only = ['scs/preparing-authority'];
type Range = [number, number, number, number];

const REST =
  'no duty to prepare a sustainable community strategy; the duty falls on county, district, unitary, metropolitan district and London borough councils, ' +
  'the City of London and the Isles of Scilly: name the council that prepares this SCS in `authority` and set its `type` to one of those.';

describe('scs/preparing-authority', () => {
  it('reports a parish council at `authority.type`, with LF and CRLF', () => {
    const text = SCS.replace('type: county', 'type: parish');
    const expected = [
      { rule: 'scs/preparing-authority', severity: 'error', range: [5, 8, 5, 14] as Range, message: `A parish council (\`authority.type: parish\`) has ${REST}` },
    ];
    deepStrictEqual(check(text, only), expected);
    deepStrictEqual(check(crlf(text), only), expected);
  });

  it('reports `other` too', () => {
    deepStrictEqual(check(SCS.replace('type: county', 'type: other'), only), [
      { rule: 'scs/preparing-authority', severity: 'error', range: [5, 8, 5, 13], message: `\`authority.type: other\` names an authority with ${REST}` },
    ]);
  });

  it('stays quiet for every authority the duty applies to', () => {
    for (const type of ['county', 'district', 'unitary', 'metropolitan-district', 'london-borough', 'city-of-london', 'isles-of-scilly']) {
      deepStrictEqual(check(SCS.replace('type: county', `type: ${type}`), only), [], type);
    }
  });

  it('leaves an unknown type to format/schema', () => {
    const seen = check(SCS.replace('type: county', 'type: countty'), ['format/schema', ...only]);
    deepStrictEqual(seen.map((s) => s.rule), ['format/schema']);
  });

  it('stays quiet when there is no authority type', () => {
    deepStrictEqual(check(SCS.replace('  type: county\n', ''), only), []);
    deepStrictEqual(check(SCS.replace('  type: county\n', '  type: [parish]\n'), only), []);
  });

  it('checks only sustainable community strategies', () => {
    const housing = SCS.replace('kind: sustainable-community-strategy', 'kind: housing-strategy').replace('type: county', 'type: parish');
    deepStrictEqual(check(housing, only), []);
    deepStrictEqual(check(SCS.replace('kind: sustainable-community-strategy', 'kind: scs').replace('type: county', 'type: parish'), only).length, 1);
  });
});
