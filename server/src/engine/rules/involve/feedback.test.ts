import { deepStrictEqual } from 'node:assert/strict';
import { MINIMAL_SCS, check, crlf, workspace } from '../../../../../test/support/harness';

const SCS = MINIMAL_SCS;

const only = ['involve/feedback'];
type Range = [number, number, number, number];

const consulted = (to: string, feedback = '') =>
  SCS.replace(
    'status: draft\n',
    `status: draft\nconsultation:\n  from: 2008-01-14\n  to: ${to}\n  groups: [residents, children-and-young-people, hard-to-reach, elected-members]\n${feedback}`,
  );
const on = (today: string, text: string) => workspace({ 'a.md': text }, today).check('a.md').filter((s) => only.includes(s.rule));
const message = (to: string) =>
  `The consultation closed on ${to} and no feedback to consultees is recorded; authorities should tell consultees the results of the consultation ` +
  'and what is happening as a result: do so, and record the date in `consultation.feedback` (YYYY-MM-DD).';

describe('involve/feedback', () => {
  it('reports a closed consultation without feedback at `consultation.to`, with LF and CRLF', () => {
    const text = consulted('2008-04-04');
    const expected = [{ rule: 'involve/feedback', severity: 'warning', range: [13, 6, 13, 16] as Range, message: message('2008-04-04') }];
    deepStrictEqual(check(text, only), expected);
    deepStrictEqual(check(crlf(text), only), expected);
  });

  it('reports a consultation that closed yesterday, and not one that closes today or later', () => {
    deepStrictEqual(on('2026-11-21', consulted('2026-11-20')).map((s) => s.message), [message('2026-11-20')]);
    deepStrictEqual(on('2026-11-21', consulted('2026-11-21')), []);
    deepStrictEqual(on('2026-11-21', consulted('2027-01-31')), []);
    deepStrictEqual(on('2008-03-01', consulted('2008-04-04')), []);
  });

  it('reads a quoted date too', () => {
    deepStrictEqual(check(consulted('"2008-04-04"'), only).map((s) => s.range), [[13, 6, 13, 18]]);
  });

  it('stays quiet once feedback is recorded', () => {
    deepStrictEqual(check(consulted('2008-04-04', '  feedback: 2008-06-02\n'), only), []);
  });

  it('stays quiet without a consultation, and leaves malformed dates to format/schema', () => {
    deepStrictEqual(check(SCS, only), []);
    for (const text of [consulted('2008-13-45'), consulted('4 April 2008'), consulted('2008-04-04', '  feedback:\n')]) {
      deepStrictEqual(check(text, ['format/schema', ...only]).map((s) => s.rule), ['format/schema']);
    }
  });

  it('checks every kind', () => {
    const housing = consulted('2008-04-04').replace('kind: sustainable-community-strategy', 'kind: housing-strategy');
    deepStrictEqual(check(housing, only).map((s) => s.range), [[13, 6, 13, 16]]);
  });
});
