import { deepStrictEqual } from 'node:assert/strict';
import { crlf } from '../../../../../test/support/harness';
import { applyEdits } from '../support';
import { LAA, checkLaa, edit, findingsOf, type Range } from './fixtures';

const RULE = 'laa/indicator';
const CHOOSE = 'choose an indicator from the set, or write `local` for a locally defined indicator';

describe('laa/indicator', () => {
  it('says that NI 31 was withdrawn, at the value, with LF and CRLF', () => {
    const text = edit(LAA, '    indicator: NI 16', '    indicator: NI 31');
    const expected = [
      {
        rule: RULE,
        severity: 'error',
        range: [16, 15, 16, 20] as Range,
        message: `Target \`T1\`'s indicator, \`NI 31\`, was withdrawn from the National Indicator Set and cannot be used; ${CHOOSE}.`,
      },
    ];
    deepStrictEqual(checkLaa(RULE, text), expected);
    deepStrictEqual(checkLaa(RULE, crlf(text)), expected);
    deepStrictEqual(findingsOf(RULE, text)[0].fix, undefined);
  });

  it('says that NI 31 was withdrawn however it is written', () => {
    const text = edit(LAA, '    indicator: NI 16', '    indicator: NI31');
    deepStrictEqual(checkLaa(RULE, text), [
      { rule: RULE, severity: 'error', range: [16, 15, 16, 19], message: `Target \`T1\`'s indicator, \`NI31\`, was withdrawn from the National Indicator Set and cannot be used; ${CHOOSE}.` },
    ]);
  });

  it('suggests the strict code for a near miss, with its verified title, at the value, with LF and CRLF', () => {
    const text = edit(LAA, '    indicator: NI 153', '    indicator: NI154');
    const expected = [
      {
        rule: RULE,
        severity: 'error',
        range: [24, 15, 24, 20] as Range,
        message: "Target `T2`'s indicator, `NI154`, is not written as a National Indicator code; did you mean NI 154 — Net additional homes provided? Write it `NI 154`.",
      },
    ];
    deepStrictEqual(checkLaa(RULE, text), expected);
    deepStrictEqual(checkLaa(RULE, crlf(text)), expected);
  });

  it('replaces a near miss with the strict code', () => {
    const text = edit(LAA, '    indicator: NI 153', '    indicator: ni 154');
    const [finding] = findingsOf(RULE, text);
    deepStrictEqual(finding.fix?.title, 'Write `NI 154`');
    deepStrictEqual(applyEdits(text, finding.fix!.edits), edit(LAA, '    indicator: NI 153', '    indicator: NI 154'));
    const windows = crlf(text);
    deepStrictEqual(applyEdits(windows, findingsOf(RULE, windows)[0].fix!.edits), crlf(edit(LAA, '    indicator: NI 153', '    indicator: NI 154')));
  });

  it('shows no title that is not verified', () => {
    const text = edit(LAA, '    indicator: NI 153', '    indicator: "NI-2"');
    deepStrictEqual(checkLaa(RULE, text), [
      { rule: RULE, severity: 'error', range: [24, 15, 24, 21], message: "Target `T2`'s indicator, `NI-2`, is not written as a National Indicator code; did you mean NI 2? Write it `NI 2`." },
    ]);
    deepStrictEqual(applyEdits(text, findingsOf(RULE, text)[0].fix!.edits), edit(LAA, '    indicator: NI 153', '    indicator: NI 2'));
  });

  it('says that the set runs from NI 1 to NI 199 for a code outside it', () => {
    const text = edit(edit(LAA, '    indicator: NI 153', '    indicator: NI 200'), '    indicator: NI 16', '    indicator: NI 0');
    deepStrictEqual(checkLaa(RULE, text), [
      { rule: RULE, severity: 'error', range: [16, 15, 16, 19], message: `Target \`T1\`'s indicator, \`NI 0\`, is not in the National Indicator Set, which runs from NI 1 to NI 199; ${CHOOSE}.` },
      { rule: RULE, severity: 'error', range: [24, 15, 24, 21], message: `Target \`T2\`'s indicator, \`NI 200\`, is not in the National Indicator Set, which runs from NI 1 to NI 199; ${CHOOSE}.` },
    ]);
    deepStrictEqual(findingsOf(RULE, text).map((f) => f.fix), [undefined, undefined]);
  });

  it('explains how to write an indicator that is not a code at all', () => {
    const text = edit(LAA, '    indicator: NI 153', '    indicator: worklessness');
    deepStrictEqual(checkLaa(RULE, text), [
      {
        rule: RULE,
        severity: 'error',
        range: [24, 15, 24, 27],
        message: "Target `T2`'s indicator, `worklessness`, is not a National Indicator code; write a code of the set such as `NI 154` (NI 1 to NI 199), or `local` for a locally defined indicator.",
      },
    ]);
  });

  it('writes `local` in lower case', () => {
    const text = edit(LAA, '    indicator: local', '    indicator: Local');
    deepStrictEqual(checkLaa(RULE, text), [
      { rule: RULE, severity: 'error', range: [38, 15, 38, 20], message: "Target `T3`'s indicator, `Local`, should be written `local` for a locally defined indicator." },
    ]);
    deepStrictEqual(applyEdits(text, findingsOf(RULE, text)[0].fix!.edits), LAA);
  });

  it('stays quiet on a correct agreement, and on an indicator that is not text (format/schema reports it)', () => {
    deepStrictEqual(checkLaa(RULE, LAA), []);
    deepStrictEqual(checkLaa(RULE, crlf(LAA)), []);
    deepStrictEqual(checkLaa(RULE, edit(LAA, '    indicator: NI 153', '    indicator: 153')), []);
    deepStrictEqual(checkLaa(RULE, edit(LAA, '    indicator: NI 153\n', '')), []);
  });
});
