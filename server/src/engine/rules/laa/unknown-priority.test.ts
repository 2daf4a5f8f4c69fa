import { deepStrictEqual } from 'node:assert/strict';
import { crlf, edit } from '../../../../../test/support/harness';
import { LAA, SCS, laa } from '../../../../../test/support/laa-drafts';
import { checklistStatusOf, expectFindings, findingsOf } from '../../../../../test/support/rule-cases';

const RULE = 'laa/unknown-priority';
const NOT_OF = 'which the SCS in ‘related.scs’ does not have';
const THAT_SCS = 'That SCS is Exampleshire 2020.';

describe('laa/unknown-priority', () => {
  it('reports a priority the SCS does not have at the value and suggests the nearest', () => {
    expectFindings(RULE, laa(edit(LAA, '    priority: P2', '    priority: ⟦p2⟧')), [
      { severity: 'error', message: `Target ‘T2’ has priority ‘p2’, ${NOT_OF}: did you mean ‘P2’? ${THAT_SCS}` },
    ]);
  });

  it('offers to replace the value with the suggestion', () => {
    const text = edit(LAA, '    priority: P2', '    priority: p2');
    const [finding] = findingsOf(RULE, laa(text));
    deepStrictEqual(finding.fix?.title, 'Change the priority to ‘P2’');
    deepStrictEqual(finding.fix?.result, LAA);
    deepStrictEqual(findingsOf(RULE, laa(crlf(text), crlf(SCS)))[0].fix, {
      title: 'Change the priority to ‘P2’',
      result: crlf(LAA),
    });
    expectFindings(RULE, laa(LAA), []);
  });

  it("points to the SCS's priorities as related information", () => {
    const [finding] = findingsOf(RULE, laa(edit(LAA, '    priority: P2', '    priority: p2')));
    deepStrictEqual(finding.related, [{ file: 'scs.md', at: 'priorities', message: 'Priorities of Exampleshire 2020' }]);
  });

  it('lists the priorities when none is close, and offers no fix', () => {
    const text = edit(LAA, '    priority: P3', '    priority: ⟦neighbourhoods⟧');
    expectFindings(RULE, laa(text), [
      {
        severity: 'error',
        message: `Target ‘T3’ has priority ‘neighbourhoods’, ${NOT_OF}: use the id of one of its priorities, ‘P1’, ‘P2’ or ‘P3’. ${THAT_SCS}`,
      },
    ]);
    deepStrictEqual(findingsOf(RULE, laa(text))[0].fix, undefined);
  });

  it('says when the SCS has no priorities, and points at its opening fence', () => {
    const scs = edit(
      SCS,
      'priorities:\n  - id: P1\n    title: Safer communities\n  - id: P2\n    title: Jobs and skills\n  - id: P3\n    title: Stronger neighbourhoods\n',
      '',
    );
    const text = ['P1', 'P2', 'P3'].reduce((marked, id) => edit(marked, `    priority: ${id}`, `    priority: ⟦${id}⟧`), LAA);
    const noPriorities = (target: string, id: string) =>
      `Target ‘${target}’ has priority ‘${id}’, but the SCS in ‘related.scs’ has no priorities yet: add this priority to the SCS first. ${THAT_SCS}`;
    expectFindings(RULE, laa(text, scs), [
      { severity: 'error', message: noPriorities('T1', 'P1') },
      { severity: 'error', message: noPriorities('T2', 'P2') },
      { severity: 'error', message: noPriorities('T3', 'P3') },
    ]);
    deepStrictEqual(findingsOf(RULE, laa(LAA, scs))[0].related, [
      { file: 'scs.md', at: '---', message: 'Priorities of Exampleshire 2020' },
    ]);
  });

  it('stays quiet on a correct agreement', () => {
    expectFindings(RULE, laa(LAA), []);
  });

  it('stays quiet when there is no SCS to resolve against', () => {
    const text = edit(LAA, '    priority: P2', '    priority: P9');
    expectFindings(RULE, laa(edit(text, 'related:\n  scs: ./scs.md\n', '')), []);
    expectFindings(RULE, laa(edit(text, '  scs: ./scs.md', '  scs: ./missing.md')), []);
    expectFindings(RULE, laa(edit(text, '  scs: ./scs.md', '  scs: ./laa.md')), []);
  });
});

describe('laa/unknown-priority in the review checklist', () => {
  it('needs the SCS the LAA delivers, and says so when there is none', () => {
    deepStrictEqual(checklistStatusOf(RULE, { files: { 'laa.md': LAA }, check: 'laa.md' }), {
      status: 'not-applicable',
      reason: 'Compares this draft with its SCS, and ‘related.scs’ does not lead to one.',
    });
    deepStrictEqual(checklistStatusOf(RULE, laa(LAA)), { status: 'met' });
  });
});
