import { deepStrictEqual } from 'node:assert/strict';
import { CLEAN_SCS, check, crlf, workspace } from '../../../../../test/support/harness';

const only = ['format/unknown-key'];

describe('format/unknown-key', () => {
  it('suggests `priorities` for `prioritys`, at the key, with LF and CRLF', () => {
    const text = CLEAN_SCS.replace('priorities:', 'prioritys:');
    const expected = [
      {
        rule: 'format/unknown-key',
        severity: 'warning',
        range: [12, 0, 12, 9] as [number, number, number, number],
        message: '`prioritys` is not a key of a sustainable community strategy; did you mean `priorities`?',
      },
    ];
    deepStrictEqual(check(text, only), expected);
    deepStrictEqual(check(crlf(text), only), expected);
    deepStrictEqual(check('\uFEFF' + crlf(text), only), expected);
  });

  it('offers a rename of the key alone', () => {
    const text = CLEAN_SCS.replace('priorities:', 'prioritys:');
    const [finding] = workspace({ 'a.md': text }).findings('a.md').filter((f) => f.rule === 'format/unknown-key');
    deepStrictEqual(finding.fix, {
      title: 'Rename `prioritys` to `priorities`',
      edits: [{ span: { start: text.indexOf('prioritys'), end: text.indexOf('prioritys') + 9 }, newText: 'priorities' }],
    });
  });

  it('finds unknown keys inside list items and names the item', () => {
    const text = CLEAN_SCS.replace('    title: Safer communities', '    title: Safer communities\n    spacial: true');
    deepStrictEqual(check(text, only), [
      { rule: 'format/unknown-key', severity: 'warning', range: [15, 4, 15, 11], message: '`spacial` is not a key of priority `P1` of `priorities`; did you mean `spatial`?' },
    ]);
  });

  it('lists the known keys when nothing is close', () => {
    const text = CLEAN_SCS.replace('status: draft', 'status: draft\nauthority-notes: x').replace('authority:', 'authority:');
    const [seen] = check(text, only);
    deepStrictEqual(seen.range, [11, 0, 11, 15]);
    deepStrictEqual(seen.message.startsWith('`authority-notes` is not a key of a sustainable community strategy; remove it or use one of `kind`, `id`, `title`'), true);
  });

  it('stays quiet on a correct draft', () => {
    deepStrictEqual(check(CLEAN_SCS, only), []);
  });
});
