import { deepStrictEqual } from 'node:assert/strict';
import { MINIMAL_SCS, check, crlf, workspace } from '../../../../../test/support/harness';
import { applyEdits } from '../support';

const SCS = MINIMAL_SCS;

const only = ['scs/full-council'];
type Range = [number, number, number, number];

const approved = (body: string, status = 'adopted') =>
  SCS.replace('status: draft', `status: ${status}`).replace(
    '    title: Safer communities\n',
    `    title: Safer communities\napproval:\n  body: ${body}\n  date: 2008-07-10\n`,
  );
const fixed = (text: string) => {
  const [finding] = workspace({ 'a.md': text }).findings('a.md').filter((f) => f.rule === 'scs/full-council');
  return { title: finding.fix!.title, text: applyEdits(text, finding.fix!.edits) };
};

describe('scs/full-council', () => {
  const MESSAGE = '`executive` approved this adopted SCS; the SCS must be agreed at full council: set `approval.body: full-council`.';

  it('reports an adopted SCS approved by the executive, at `approval.body`, with LF and CRLF', () => {
    const text = approved('executive');
    const expected = [{ rule: 'scs/full-council', severity: 'error', range: [16, 8, 16, 17] as Range, message: MESSAGE }];
    deepStrictEqual(check(text, only), expected);
    deepStrictEqual(check(crlf(text), only), expected);
  });

  it('offers to set the body to `full-council`', () => {
    deepStrictEqual(fixed(approved('executive')), { title: 'Set `approval.body` to `full-council`', text: approved('full-council') });
    deepStrictEqual(fixed(crlf(approved('executive'))), { title: 'Set `approval.body` to `full-council`', text: crlf(approved('full-council')) });
  });

  it('replaces a quoted body, quotes and all', () => {
    const text = approved('"executive"');
    deepStrictEqual(check(text, only).map((s) => s.range), [[16, 8, 16, 19]]);
    deepStrictEqual(fixed(text).text, approved('full-council'));
  });

  it('stays quiet when full council agreed it', () => {
    deepStrictEqual(check(approved('full-council'), only), []);
  });

  it('stays quiet until the SCS is adopted', () => {
    for (const status of ['draft', 'consultation', 'submitted', 'superseded']) deepStrictEqual(check(approved('executive', status), only), [], status);
  });

  it('leaves an unknown body or a missing approval to format/schema', () => {
    deepStrictEqual(check(approved('cabinet'), ['format/schema', ...only]).map((s) => s.rule), ['format/schema']);
    deepStrictEqual(check(SCS.replace('status: draft', 'status: adopted'), ['format/schema', ...only]).map((s) => s.rule), ['format/schema']);
  });

  it('checks only sustainable community strategies', () => {
    deepStrictEqual(check(approved('executive').replace('kind: sustainable-community-strategy', 'kind: housing-strategy'), only), []);
  });
});
