import { deepStrictEqual } from 'node:assert/strict';
import { MINIMAL_SCS, check, crlf } from '../../../../../test/support/harness';
import { CORE } from './fixtures';

const SCS = MINIMAL_SCS;

const only = ['core/community-involvement'];
type Range = [number, number, number, number];

const WITHOUT = CORE.replace('community-involvement:\n  adopted: 2007-05-01\n', '');

describe('core/community-involvement', () => {
  it('reports a Core Strategy without a Statement of Community Involvement at the opening fence, with LF and CRLF', () => {
    const expected = [
      {
        rule: 'core/community-involvement',
        severity: 'info',
        range: [0, 0, 0, 3] as Range,
        message:
          'This Core Strategy does not name its Statement of Community Involvement, which the authority must prepare and follow: ' +
          'add `community-involvement:` with the path to the statement, or `{adopted: YYYY-MM-DD}` with the date it was adopted.',
      },
    ];
    deepStrictEqual(check(WITHOUT, only), expected);
    deepStrictEqual(check(crlf(WITHOUT), only), expected);
  });

  it('stays quiet when the statement is dated or linked', () => {
    deepStrictEqual(check(CORE, only), []);
    deepStrictEqual(check(CORE.replace('community-involvement:\n  adopted: 2007-05-01', 'community-involvement: ../sci.md'), only), []);
  });

  it('leaves a key with no value to format/schema', () => {
    const text = CORE.replace('community-involvement:\n  adopted: 2007-05-01', 'community-involvement:');
    deepStrictEqual(check(text, ['format/schema', ...only]).map((s) => s.rule), ['format/schema']);
  });

  it('checks only Core Strategies', () => {
    deepStrictEqual(check(SCS, only), []);
  });
});
