import { deepStrictEqual } from 'node:assert/strict';
import { crlf, edit } from '../../../../../test/support/harness';
import { LAA, laa } from '../../../../../test/support/laa-drafts';
import { expectFindings, findingsOf } from '../../../../../test/support/rule-cases';

const RULE = 'laa/lead-partner';

/** T1 (flow list) without its lead among its partners. */
const FLOW = edit(
  LAA,
  '    partners: [Exampleshire Constabulary, Exampleshire County Council]',
  '    partners: [Exampleshire County Council, Jobcentre Plus]',
);
/** T2 (block list) without its lead among its partners. */
const BLOCK = edit(
  LAA,
  '      - Jobcentre Plus\n      - Exampleshire County Council\n',
  '      - Exampleshire County Council\n      - Exampleshire Primary Care Trust\n',
);

describe('laa/lead-partner', () => {
  it('reports a target with no lead at its id', () => {
    const text = edit(edit(LAA, '    lead: Exampleshire Constabulary\n', ''), '  - id: T1', '  - id: ⟦T1⟧');
    expectFindings(RULE, laa(text), [
      {
        severity: 'error',
        message:
          'Target ‘T1’ has no lead partner: add ‘lead:’ with the one partner, from among its ‘partners’, that is accountable for progress on it.',
      },
    ]);
    deepStrictEqual(findingsOf(RULE, laa(text))[0].fix, undefined);
  });

  it('reports an empty `lead` at the key', () => {
    expectFindings(RULE, laa(edit(LAA, '    lead: Jobcentre Plus', '    ⟦lead⟧:')), [
      {
        severity: 'error',
        message:
          'Target ‘T2’ has no lead partner: write in ‘lead’ the one partner, from among its ‘partners’, that is accountable for progress on it.',
      },
    ]);
  });

  it('reports a lead that is not among the partners at the lead', () => {
    expectFindings(RULE, laa(edit(BLOCK, '    lead: Jobcentre Plus', '    lead: ⟦Jobcentre Plus⟧')), [
      {
        severity: 'error',
        message:
          "The lead of target ‘T2’ is not among its partners: add ‘Jobcentre Plus’ to the target's ‘partners’, or choose one of them as the lead.",
      },
    ]);
    expectFindings(RULE, laa(edit(FLOW, '    lead: Exampleshire Constabulary', '    lead: ⟦Exampleshire Constabulary⟧')), [
      {
        severity: 'error',
        message:
          "The lead of target ‘T1’ is not among its partners: add ‘Exampleshire Constabulary’ to the target's ‘partners’, or choose one of them as the lead.",
      },
    ]);
  });

  it('adds the lead to a flow list of partners', () => {
    const [finding] = findingsOf(RULE, laa(FLOW));
    deepStrictEqual(finding.fix?.title, 'Add ‘Exampleshire Constabulary’ to the partners of target ‘T1’');
    const fixed = edit(
      LAA,
      '    partners: [Exampleshire Constabulary, Exampleshire County Council]',
      '    partners: [Exampleshire County Council, Jobcentre Plus, Exampleshire Constabulary]',
    );
    deepStrictEqual(finding.fix?.result, fixed);
    deepStrictEqual(findingsOf(RULE, laa(crlf(FLOW)))[0].fix?.result, crlf(fixed));
    expectFindings(RULE, laa(fixed), []);
  });

  it('adds the lead to a block list of partners, in its indentation and line endings', () => {
    const [finding] = findingsOf(RULE, laa(BLOCK));
    deepStrictEqual(finding.fix?.title, 'Add ‘Jobcentre Plus’ to the partners of target ‘T2’');
    const fixed = edit(
      LAA,
      '      - Jobcentre Plus\n      - Exampleshire County Council\n',
      '      - Exampleshire County Council\n      - Exampleshire Primary Care Trust\n      - Jobcentre Plus\n',
    );
    deepStrictEqual(finding.fix?.result, fixed);
    deepStrictEqual(findingsOf(RULE, laa(crlf(BLOCK)))[0].fix?.result, crlf(fixed));
    expectFindings(RULE, laa(fixed), []);
  });

  it('quotes a lead whose name needs it when adding it to a flow list', () => {
    const text = edit(FLOW, '    lead: Exampleshire Constabulary', '    lead: "Police, Exampleshire"');
    deepStrictEqual(
      findingsOf(RULE, laa(text))[0].fix?.result,
      edit(
        text,
        '    partners: [Exampleshire County Council, Jobcentre Plus]',
        '    partners: [Exampleshire County Council, Jobcentre Plus, "Police, Exampleshire"]',
      ),
    );
  });

  it('offers to match the spelling when the lead is among the partners written differently', () => {
    const text = edit(LAA, '    lead: Jobcentre Plus', '    lead: ⟦Jobcentre  plus⟧');
    expectFindings(RULE, laa(text), [
      {
        severity: 'error',
        message:
          "The lead of target ‘T2’ is written differently in its partners: write the partner's name the same way in both (lead ‘Jobcentre  plus’, partner ‘Jobcentre Plus’).",
      },
    ]);
    const [finding] = findingsOf(RULE, laa(text));
    deepStrictEqual(finding.fix?.title, 'Write the lead as ‘Jobcentre Plus’');
    deepStrictEqual(finding.fix?.result, LAA);
    deepStrictEqual(findingsOf(RULE, laa(crlf(text)))[0].fix, { title: 'Write the lead as ‘Jobcentre Plus’', result: crlf(LAA) });
    expectFindings(RULE, laa(LAA), []);
  });

  it('stays quiet on a correct agreement', () => {
    expectFindings(RULE, laa(LAA), []);
  });

  it('leaves a target with no partners to laa/named-partners, so the two never fire together', () => {
    const noPartners = edit(LAA, '    partners:\n      - Jobcentre Plus\n      - Exampleshire County Council\n', '');
    const emptyPartners = edit(LAA, '    partners: [Exampleshire Constabulary, Exampleshire County Council]', '    partners: []');
    const bareKey = edit(LAA, '    partners: [Exampleshire Constabulary, Exampleshire County Council]', '    partners:');
    for (const text of [noPartners, emptyPartners, bareKey]) {
      expectFindings(RULE, laa(text), []);
      deepStrictEqual(findingsOf('laa/named-partners', laa(text)).length, 1);
    }
  });

  it('leaves a lead or partners of the wrong type to format/schema', () => {
    expectFindings(
      RULE,
      laa(edit(LAA, '    lead: Jobcentre Plus', '    lead: [Jobcentre Plus, Learning and Skills Council]')),
      [],
    );
    expectFindings(
      RULE,
      laa(
        edit(
          LAA,
          '    partners: [Exampleshire Constabulary, Exampleshire County Council]',
          '    partners: Exampleshire County Council',
        ),
      ),
      [],
    );
  });
});
