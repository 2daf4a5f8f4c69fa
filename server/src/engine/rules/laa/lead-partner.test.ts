import { deepStrictEqual } from 'node:assert/strict';
import { crlf } from '../../../../../test/support/harness';
import { applyEdits } from '../support';
import { LAA, checkLaa, edit, findingsOf, type Range } from './fixtures';

const RULE = 'laa/lead-partner';

/** T1 (flow list) without its lead among its partners. */
const FLOW = edit(LAA, '    partners: [Exampleshire Constabulary, Exampleshire County Council]', '    partners: [Exampleshire County Council, Jobcentre Plus]');
/** T2 (block list) without its lead among its partners. */
const BLOCK = edit(LAA, '      - Jobcentre Plus\n      - Exampleshire County Council\n', '      - Exampleshire County Council\n      - Exampleshire Primary Care Trust\n');

describe('laa/lead-partner', () => {
  it('reports a target with no lead at its id, with LF and CRLF', () => {
    const text = edit(LAA, '    lead: Exampleshire Constabulary\n', '');
    const expected = [
      {
        rule: RULE,
        severity: 'error',
        range: [15, 8, 15, 10] as Range,
        message: 'Target `T1` has no lead partner; add `lead:` with the one partner, from among its `partners`, that is accountable for progress on it.',
      },
    ];
    deepStrictEqual(checkLaa(RULE, text), expected);
    deepStrictEqual(checkLaa(RULE, crlf(text)), expected);
    deepStrictEqual(findingsOf(RULE, text)[0].fix, undefined);
  });

  it('reports an empty `lead` at the key', () => {
    deepStrictEqual(checkLaa(RULE, edit(LAA, '    lead: Jobcentre Plus', '    lead:')), [
      {
        rule: RULE,
        severity: 'error',
        range: [32, 4, 32, 8],
        message: 'Target `T2` has no lead partner; write in `lead` the one partner, from among its `partners`, that is accountable for progress on it.',
      },
    ]);
  });

  it('reports a lead that is not among the partners at the lead, with LF and CRLF', () => {
    const expected = [
      {
        rule: RULE,
        severity: 'error',
        range: [32, 10, 32, 24] as Range,
        message: "Target `T2`'s lead, Jobcentre Plus, is not among its partners; add it to the target's `partners`, or choose one of them as the lead.",
      },
    ];
    deepStrictEqual(checkLaa(RULE, BLOCK), expected);
    deepStrictEqual(checkLaa(RULE, crlf(BLOCK)), expected);
    deepStrictEqual(checkLaa(RULE, FLOW), [
      {
        rule: RULE,
        severity: 'error',
        range: [20, 10, 20, 35],
        message: "Target `T1`'s lead, Exampleshire Constabulary, is not among its partners; add it to the target's `partners`, or choose one of them as the lead.",
      },
    ]);
  });

  it('adds the lead to a flow list of partners', () => {
    const [finding] = findingsOf(RULE, FLOW);
    deepStrictEqual(finding.fix?.title, 'Add Exampleshire Constabulary to the partners of target `T1`');
    const fixed = edit(LAA, '    partners: [Exampleshire Constabulary, Exampleshire County Council]', '    partners: [Exampleshire County Council, Jobcentre Plus, Exampleshire Constabulary]');
    deepStrictEqual(applyEdits(FLOW, finding.fix!.edits), fixed);
    deepStrictEqual(applyEdits(crlf(FLOW), findingsOf(RULE, crlf(FLOW))[0].fix!.edits), crlf(fixed));
    deepStrictEqual(checkLaa(RULE, fixed), []);
  });

  it('adds the lead to a block list of partners, in its indentation and line endings', () => {
    const [finding] = findingsOf(RULE, BLOCK);
    deepStrictEqual(finding.fix?.title, 'Add Jobcentre Plus to the partners of target `T2`');
    const fixed = edit(
      LAA,
      '      - Jobcentre Plus\n      - Exampleshire County Council\n',
      '      - Exampleshire County Council\n      - Exampleshire Primary Care Trust\n      - Jobcentre Plus\n',
    );
    deepStrictEqual(applyEdits(BLOCK, finding.fix!.edits), fixed);
    deepStrictEqual(applyEdits(crlf(BLOCK), findingsOf(RULE, crlf(BLOCK))[0].fix!.edits), crlf(fixed));
    deepStrictEqual(checkLaa(RULE, fixed), []);
  });

  it('quotes a lead whose name needs it when adding it to a flow list', () => {
    const text = edit(FLOW, '    lead: Exampleshire Constabulary', '    lead: "Police, Exampleshire"');
    const [finding] = findingsOf(RULE, text);
    deepStrictEqual(
      applyEdits(text, finding.fix!.edits),
      edit(text, '    partners: [Exampleshire County Council, Jobcentre Plus]', '    partners: [Exampleshire County Council, Jobcentre Plus, "Police, Exampleshire"]'),
    );
  });

  it('offers to match the spelling when the lead is among the partners written differently', () => {
    const text = edit(LAA, '    lead: Jobcentre Plus', '    lead: Jobcentre  plus');
    deepStrictEqual(checkLaa(RULE, text), [
      {
        rule: RULE,
        severity: 'error',
        range: [32, 10, 32, 25],
        message: "Target `T2`'s lead, Jobcentre  plus, is written differently in its partners (Jobcentre Plus); write the partner's name the same way in both.",
      },
    ]);
    const [finding] = findingsOf(RULE, text);
    deepStrictEqual(finding.fix?.title, 'Write the lead as Jobcentre Plus');
    deepStrictEqual(applyEdits(text, finding.fix!.edits), LAA);
  });

  it('stays quiet on a correct agreement', () => {
    deepStrictEqual(checkLaa(RULE, LAA), []);
    deepStrictEqual(checkLaa(RULE, crlf(LAA)), []);
  });

  it('leaves a target with no partners to laa/named-partners, so the two never fire together', () => {
    const noPartners = edit(LAA, '    partners:\n      - Jobcentre Plus\n      - Exampleshire County Council\n', '');
    const emptyPartners = edit(LAA, '    partners: [Exampleshire Constabulary, Exampleshire County Council]', '    partners: []');
    for (const text of [noPartners, emptyPartners, edit(LAA, '    partners: [Exampleshire Constabulary, Exampleshire County Council]', '    partners:')]) {
      deepStrictEqual(checkLaa(RULE, text), []);
      deepStrictEqual(checkLaa('laa/named-partners', text).length, 1);
    }
  });

  it('leaves a lead or partners of the wrong type to format/schema', () => {
    deepStrictEqual(checkLaa(RULE, edit(LAA, '    lead: Jobcentre Plus', '    lead: [Jobcentre Plus, Learning and Skills Council]')), []);
    deepStrictEqual(checkLaa(RULE, edit(LAA, '    partners: [Exampleshire Constabulary, Exampleshire County Council]', '    partners: Exampleshire County Council')), []);
  });
});
