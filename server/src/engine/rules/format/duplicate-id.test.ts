import { deepStrictEqual } from 'node:assert/strict';
import { CLEAN_SCS, check, crlf, workspace } from '../../../../../test/support/harness';

describe('format/duplicate-id', () => {
  const text = CLEAN_SCS.replace('    title: Safer communities', '    title: Safer communities\n  - id: P1\n    title: Stronger communities');

  it('reports the second id and points back at the first', () => {
    const expected = [
      {
        rule: 'format/duplicate-id',
        severity: 'error',
        range: [15, 8, 15, 10] as [number, number, number, number],
        message: 'Another priority already has the id `P1`; give this priority an id of its own, so that other drafts can refer to each one.',
      },
    ];
    deepStrictEqual(check(text, ['format/duplicate-id']), expected);
    deepStrictEqual(check(crlf(text), ['format/duplicate-id']), expected);
    const [finding] = workspace({ 'a.md': text }).findings('a.md').filter((f) => f.rule === 'format/duplicate-id');
    const first = text.indexOf('id: P1') + 4;
    deepStrictEqual(finding.related, [{ path: '/ws/a.md', span: { start: first, end: first + 2 }, message: 'The first priority with the id `P1`' }]);
  });

  it('stays quiet when ids are unique', () => {
    deepStrictEqual(check(CLEAN_SCS, ['format/duplicate-id']), []);
  });
});
