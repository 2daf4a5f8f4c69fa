import { deepStrictEqual } from 'node:assert/strict';
import { crlf, edit } from '../../../../../test/support/harness';
import { LAA, laa } from '../../../../../test/support/laa-drafts';
import { expectFindings, findingsOf } from '../../../../../test/support/rule-cases';

const RULE = 'laa/indicator';
const CHOOSE = 'choose an indicator from the set, or write ‘local’ for a locally defined indicator';
const RANGE = 'choose an indicator from ‘NI 1’ to ‘NI 199’, or write ‘local’ for a locally defined indicator';
/** A fourth target in flow style, after T3, with `indicator` written as given. */
const flowTarget = (indicator: string) =>
  edit(
    LAA,
    '    priority: P3\n',
    `    priority: P3\n  - {id: T4, indicator: ${indicator}, designated: false, baseline: {value: 1, year: 2008}, target: {value: 2, year: 2011}, lead: Exampleshire County Council, partners: [Exampleshire County Council], priority: P1}\n`,
  );

describe('laa/indicator', () => {
  it('says that NI 31 was withdrawn, at the value', () => {
    const text = edit(LAA, '    indicator: NI 16', '    indicator: ⟦NI 31⟧');
    expectFindings(RULE, laa(text), [
      {
        severity: 'error',
        message: `Target ‘T1’ has indicator ‘NI 31’, withdrawn from the National Indicator Set: ${CHOOSE}.`,
      },
    ]);
  });

  it('offers to use ‘local’ in place of a withdrawn indicator', () => {
    const text = edit(LAA, '    indicator: NI 16', '    indicator: NI 31');
    const fixed = edit(LAA, '    indicator: NI 16', '    indicator: local');
    const [finding] = findingsOf(RULE, laa(text));
    deepStrictEqual(finding.fix, { title: 'Use ‘local’', result: fixed });
    deepStrictEqual(findingsOf(RULE, laa(crlf(text)))[0].fix, { title: 'Use ‘local’', result: crlf(fixed) });
    expectFindings(RULE, laa(fixed), []);
  });

  it('keeps the quotation marks and the flow style of a withdrawn indicator it replaces with ‘local’', () => {
    for (const [written, local] of [
      ["'NI 31'", "'local'"],
      ['"NI31"', '"local"'],
    ]) {
      const text = flowTarget(written);
      const fixed = flowTarget(local);
      deepStrictEqual(findingsOf(RULE, laa(text))[0].fix, { title: 'Use ‘local’', result: fixed });
      deepStrictEqual(findingsOf(RULE, laa(crlf(text)))[0].fix, { title: 'Use ‘local’', result: crlf(fixed) });
      expectFindings(RULE, laa(fixed), []);
    }
  });

  it('says that NI 31 was withdrawn however it is written', () => {
    const text = edit(LAA, '    indicator: NI 16', '    indicator: ⟦NI31⟧');
    expectFindings(RULE, laa(text), [
      {
        severity: 'error',
        message: `Target ‘T1’ has indicator ‘NI31’, withdrawn from the National Indicator Set: ${CHOOSE}.`,
      },
    ]);
  });

  it('suggests the strict code for a near miss, with its verified title, at the value', () => {
    const text = edit(LAA, '    indicator: NI 153', '    indicator: ⟦NI154⟧');
    expectFindings(RULE, laa(text), [
      {
        severity: 'error',
        message:
          'Target ‘T2’ has indicator ‘NI154’, not written as a National Indicator code: did you mean ‘NI 154’ — Net additional homes provided? Write it ‘NI 154’.',
      },
    ]);
  });

  it('replaces a near miss with the strict code', () => {
    const text = edit(LAA, '    indicator: NI 153', '    indicator: ni 154');
    const fixed = edit(LAA, '    indicator: NI 153', '    indicator: NI 154');
    const [finding] = findingsOf(RULE, laa(text));
    deepStrictEqual(finding.fix?.title, 'Write ‘NI 154’');
    deepStrictEqual(finding.fix?.result, fixed);
    deepStrictEqual(findingsOf(RULE, laa(crlf(text)))[0].fix, { title: 'Write ‘NI 154’', result: crlf(fixed) });
    expectFindings(RULE, laa(fixed), []);
  });

  it('shows no title that is not verified', () => {
    const text = edit(LAA, '    indicator: NI 153', '    indicator: ⟦"NI-2"⟧');
    expectFindings(RULE, laa(text), [
      {
        severity: 'error',
        message:
          'Target ‘T2’ has indicator ‘NI-2’, not written as a National Indicator code: did you mean ‘NI 2’? Write it ‘NI 2’.',
      },
    ]);
    const fixed = edit(LAA, '    indicator: NI 153', '    indicator: NI 2');
    deepStrictEqual(findingsOf(RULE, laa(text))[0].fix, { title: 'Write ‘NI 2’', result: fixed });
    expectFindings(RULE, laa(fixed), []);
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
        message: `Target ‘T1’ has indicator ‘NI 0’, outside the National Indicator Set: ${RANGE}.`,
      },
      {
        severity: 'error',
        message: `Target ‘T2’ has indicator ‘NI 200’, outside the National Indicator Set: ${RANGE}.`,
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
          'Target ‘T2’ has an indicator that is not a National Indicator code: write a code of the set such as ‘NI 154’ (‘NI 1’ to ‘NI 199’), ' +
          'or ‘local’ for a locally defined indicator, in place of ‘worklessness’.',
      },
    ]);
  });

  it('writes `local` in lower case', () => {
    const text = edit(LAA, '    indicator: local', '    indicator: ⟦Local⟧');
    expectFindings(RULE, laa(text), [
      {
        severity: 'error',
        message: 'Target ‘T3’ has indicator ‘Local’: write it ‘local’ for a locally defined indicator.',
      },
    ]);
    deepStrictEqual(findingsOf(RULE, laa(text))[0].fix, { title: 'Write ‘local’', result: LAA });
    deepStrictEqual(findingsOf(RULE, laa(crlf(text)))[0].fix, { title: 'Write ‘local’', result: crlf(LAA) });
  });

  it('stays quiet on a correct agreement, and on an indicator that is not text (format/schema reports it)', () => {
    expectFindings(RULE, laa(LAA), []);
    expectFindings(RULE, laa(edit(LAA, '    indicator: NI 153', '    indicator: 153')), []);
    expectFindings(RULE, laa(edit(LAA, '    indicator: NI 153\n', '')), []);
  });
});
