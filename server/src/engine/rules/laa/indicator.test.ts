import { deepStrictEqual } from 'node:assert/strict';
import { crlf, edit } from '../../../../../test/support/harness';
import { LAA, laa } from '../../../../../test/support/laa-drafts';
import { expectFindings, findingsOf } from '../../../../../test/support/rule-cases';

const RULE = 'laa/indicator';
const CHOOSE = 'choose an indicator from the set, or write `local` for a locally defined indicator';

describe('laa/indicator', () => {
  it('says that NI 31 was withdrawn, at the value', () => {
    const text = edit(LAA, '    indicator: NI 16', '    indicator: ⟦NI 31⟧');
    expectFindings(RULE, laa(text), [
      {
        severity: 'error',
        message: `Target \`T1\`'s indicator, \`NI 31\`, was withdrawn from the National Indicator Set and cannot be used; ${CHOOSE}.`,
      },
    ]);
    deepStrictEqual(findingsOf(RULE, laa(text))[0].fix, undefined);
  });

  it('says that NI 31 was withdrawn however it is written', () => {
    const text = edit(LAA, '    indicator: NI 16', '    indicator: ⟦NI31⟧');
    expectFindings(RULE, laa(text), [
      {
        severity: 'error',
        message: `Target \`T1\`'s indicator, \`NI31\`, was withdrawn from the National Indicator Set and cannot be used; ${CHOOSE}.`,
      },
    ]);
  });

  it('suggests the strict code for a near miss, with its verified title, at the value', () => {
    const text = edit(LAA, '    indicator: NI 153', '    indicator: ⟦NI154⟧');
    expectFindings(RULE, laa(text), [
      {
        severity: 'error',
        message:
          "Target `T2`'s indicator, `NI154`, is not written as a National Indicator code; did you mean NI 154 — Net additional homes provided? Write it `NI 154`.",
      },
    ]);
  });

  it('replaces a near miss with the strict code', () => {
    const text = edit(LAA, '    indicator: NI 153', '    indicator: ni 154');
    const fixed = edit(LAA, '    indicator: NI 153', '    indicator: NI 154');
    const [finding] = findingsOf(RULE, laa(text));
    deepStrictEqual(finding.fix?.title, 'Write `NI 154`');
    deepStrictEqual(finding.fix?.result, fixed);
    deepStrictEqual(findingsOf(RULE, laa(crlf(text)))[0].fix?.result, crlf(fixed));
  });

  it('shows no title that is not verified', () => {
    const text = edit(LAA, '    indicator: NI 153', '    indicator: ⟦"NI-2"⟧');
    expectFindings(RULE, laa(text), [
      {
        severity: 'error',
        message:
          "Target `T2`'s indicator, `NI-2`, is not written as a National Indicator code; did you mean NI 2? Write it `NI 2`.",
      },
    ]);
    deepStrictEqual(findingsOf(RULE, laa(text))[0].fix?.result, edit(LAA, '    indicator: NI 153', '    indicator: NI 2'));
  });

  it('says that the set runs from NI 1 to NI 199 for a code outside it', () => {
    const text = edit(
      edit(LAA, '    indicator: NI 153', '    indicator: ⟦NI 200⟧'),
      '    indicator: NI 16',
      '    indicator: ⟦NI 0⟧',
    );
    expectFindings(RULE, laa(text), [
      {
        severity: 'error',
        message: `Target \`T1\`'s indicator, \`NI 0\`, is not in the National Indicator Set, which runs from NI 1 to NI 199; ${CHOOSE}.`,
      },
      {
        severity: 'error',
        message: `Target \`T2\`'s indicator, \`NI 200\`, is not in the National Indicator Set, which runs from NI 1 to NI 199; ${CHOOSE}.`,
      },
    ]);
    deepStrictEqual(
      findingsOf(RULE, laa(text)).map((f) => f.fix),
      [undefined, undefined],
    );
  });

  it('explains how to write an indicator that is not a code at all', () => {
    const text = edit(LAA, '    indicator: NI 153', '    indicator: ⟦worklessness⟧');
    expectFindings(RULE, laa(text), [
      {
        severity: 'error',
        message:
          "Target `T2`'s indicator, `worklessness`, is not a National Indicator code; write a code of the set such as `NI 154` (NI 1 to NI 199), or `local` for a locally defined indicator.",
      },
    ]);
  });

  it('writes `local` in lower case', () => {
    const text = edit(LAA, '    indicator: local', '    indicator: ⟦Local⟧');
    expectFindings(RULE, laa(text), [
      {
        severity: 'error',
        message: "Target `T3`'s indicator, `Local`, should be written `local` for a locally defined indicator.",
      },
    ]);
    deepStrictEqual(findingsOf(RULE, laa(text))[0].fix?.result, LAA);
  });

  it('stays quiet on a correct agreement, and on an indicator that is not text (format/schema reports it)', () => {
    expectFindings(RULE, laa(LAA), []);
    expectFindings(RULE, laa(edit(LAA, '    indicator: NI 153', '    indicator: 153')), []);
    expectFindings(RULE, laa(edit(LAA, '    indicator: NI 153\n', '')), []);
  });
});
