import { deepStrictEqual } from 'node:assert/strict';
import { MINIMAL_SCS, check, crlf } from '../../../../../test/support/harness';

const SCS = MINIMAL_SCS;

const only = ['scs/jsna'];
type Range = [number, number, number, number];

const withEvidence = (type: string) =>
  SCS.replace(
    'status: draft\n',
    `status: draft\nevidence:\n  - id: place-survey-2008\n    title: Place Survey 2008\n    year: 2008\n    type: survey\n  - id: needs-2008\n    title: Needs Assessment 2008\n    year: 2008\n    type: ${type}\n`,
  );

describe('scs/jsna', () => {
  it('reports an evidence base without a JSNA at the `evidence` key, with LF and CRLF', () => {
    const text = withEvidence('housing-market-assessment');
    const expected = [
      {
        rule: 'scs/jsna',
        severity: 'warning',
        range: [11, 0, 11, 8] as Range,
        message: 'No item of the `evidence` base is a Joint Strategic Needs Assessment; the JSNA should feed into the SCS: add it to `evidence` with `type: jsna`.',
      },
    ];
    deepStrictEqual(check(text, only), expected);
    deepStrictEqual(check(crlf(text), only), expected);
  });

  it('reports a missing evidence base at the opening fence, with LF and CRLF', () => {
    const expected = [
      {
        rule: 'scs/jsna',
        severity: 'warning',
        range: [0, 0, 0, 3] as Range,
        message: 'This SCS lists no `evidence`, so no Joint Strategic Needs Assessment feeds into it: add an `evidence` list with the JSNA as an item of `type: jsna`.',
      },
    ];
    deepStrictEqual(check(SCS, only), expected);
    deepStrictEqual(check(crlf(SCS), only), expected);
  });

  it('stays quiet when an item is of `type: jsna`, however it is capitalised', () => {
    deepStrictEqual(check(withEvidence('jsna'), only), []);
    deepStrictEqual(check(withEvidence('JSNA'), only), []);
  });

  it('leaves an evidence base that is not a list to format/schema', () => {
    deepStrictEqual(check(SCS.replace('status: draft\n', 'status: draft\nevidence: the JSNA\n'), only), []);
  });

  it('checks only sustainable community strategies', () => {
    deepStrictEqual(check(SCS.replace('kind: sustainable-community-strategy', 'kind: housing-strategy'), only), []);
  });
});
