import { deepStrictEqual } from 'node:assert/strict';
import { crlf } from '../../../../../test/support/harness';
import { applyEdits } from '../support';
import { LAA, SCS, checkLaa, edit, findingsOf, type Range } from './fixtures';

const RULE = 'laa/unknown-priority';
const NOT_OF = 'is not a priority of the Sustainable Community Strategy in `related.scs` (Exampleshire 2020)';

describe('laa/unknown-priority', () => {
  it('reports a priority the SCS does not have at the value and suggests the nearest, with LF and CRLF', () => {
    const text = edit(LAA, '    priority: P2', '    priority: p2');
    const expected = [{ rule: RULE, severity: 'error', range: [36, 14, 36, 16] as Range, message: `Target \`T2\`'s priority \`p2\` ${NOT_OF}; did you mean \`P2\`?` }];
    deepStrictEqual(checkLaa(RULE, text), expected);
    deepStrictEqual(checkLaa(RULE, crlf(text), crlf(SCS)), expected);
  });

  it('offers to replace the value with the suggestion', () => {
    const text = edit(LAA, '    priority: P2', '    priority: p2');
    const [finding] = findingsOf(RULE, text);
    deepStrictEqual(finding.fix?.title, 'Change the priority to `P2`');
    deepStrictEqual(applyEdits(text, finding.fix!.edits), LAA);
    const windows = crlf(text);
    const [crlfFinding] = findingsOf(RULE, windows, crlf(SCS));
    deepStrictEqual(applyEdits(windows, crlfFinding.fix!.edits), crlf(LAA));
  });

  it("points to the SCS's priorities as related information", () => {
    const text = edit(LAA, '    priority: P2', '    priority: p2');
    const [finding] = findingsOf(RULE, text);
    const at = SCS.indexOf('priorities:');
    deepStrictEqual(finding.related, [{ path: '/ws/scs.md', span: { start: at, end: at + 'priorities'.length }, message: 'Priorities of Exampleshire 2020' }]);
  });

  it('lists the priorities when none is close, and offers no fix', () => {
    const text = edit(LAA, '    priority: P3', '    priority: neighbourhoods');
    deepStrictEqual(checkLaa(RULE, text), [
      { rule: RULE, severity: 'error', range: [45, 14, 45, 28], message: `Target \`T3\`'s priority \`neighbourhoods\` ${NOT_OF}; use the id of one of its priorities: \`P1\`, \`P2\` or \`P3\`.` },
    ]);
    deepStrictEqual(findingsOf(RULE, text)[0].fix, undefined);
  });

  it('says when the SCS has no priorities, and points at its opening fence', () => {
    const scs = edit(SCS, 'priorities:\n  - id: P1\n    title: Safer communities\n  - id: P2\n    title: Jobs and skills\n  - id: P3\n    title: Stronger neighbourhoods\n', '');
    const seen = checkLaa(RULE, LAA, scs);
    deepStrictEqual(seen.map((s) => s.range), [[22, 14, 22, 16], [36, 14, 36, 16], [45, 14, 45, 16]]);
    deepStrictEqual(seen[0].message, `Target \`T1\`'s priority \`P1\` ${NOT_OF}; it has no priorities yet, so add this priority to the SCS first.`);
    deepStrictEqual(findingsOf(RULE, LAA, scs)[0].related, [{ path: '/ws/scs.md', span: { start: 0, end: 3 }, message: 'Priorities of Exampleshire 2020' }]);
  });

  it('stays quiet on a correct agreement', () => {
    deepStrictEqual(checkLaa(RULE, LAA), []);
    deepStrictEqual(checkLaa(RULE, crlf(LAA), crlf(SCS)), []);
  });

  it('stays quiet when there is no SCS to resolve against', () => {
    const text = edit(LAA, '    priority: P2', '    priority: P9');
    deepStrictEqual(checkLaa(RULE, edit(text, 'related:\n  scs: ./scs.md\n', '')), []);
    deepStrictEqual(checkLaa(RULE, edit(text, '  scs: ./scs.md', '  scs: ./missing.md')), []);
    deepStrictEqual(checkLaa(RULE, edit(text, '  scs: ./scs.md', '  scs: ./laa.md')), []);
  });
});
