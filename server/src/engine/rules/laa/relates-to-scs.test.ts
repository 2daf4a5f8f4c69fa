import { deepStrictEqual } from 'node:assert/strict';
import { crlf, edit, md } from '../../../../../test/support/harness';
import { LAA, SCS, laa } from '../../../../../test/support/laa-drafts';
import { expectFindings, findingsOf, type Expected } from '../../../../../test/support/rule-cases';

const RULE = 'laa/relates-to-scs';
const WHY = 'as a Local Area Agreement must relate to the Sustainable Community Strategy it delivers';

const HOUSING = md`
  ---
  kind: housing-strategy
  title: Exampleshire Housing Strategy
  ---
  # Housing
`;

describe('laa/relates-to-scs', () => {
  it('reports an agreement with no `related` at the opening fence', () => {
    const text = edit(
      edit(LAA, 'related:\n  scs: ./scs.md\n', ''),
      '---\nkind: local-area-agreement',
      '⟦---⟧\nkind: local-area-agreement',
    );
    expectFindings(RULE, laa(text), [
      {
        severity: 'error',
        message: `This agreement does not name its Sustainable Community Strategy: add ‘related:’ with ‘scs:’ and the relative path to the SCS draft, ${WHY}.`,
      },
    ]);
  });

  it('reports a `related` without `scs` at the `related` key', () => {
    const expected: Expected[] = [
      {
        severity: 'error',
        message: `‘related’ does not name the agreement's Sustainable Community Strategy: add ‘scs:’ under ‘related’ with the relative path to the SCS draft, ${WHY}.`,
      },
    ];
    expectFindings(RULE, laa(edit(LAA, 'related:\n  scs: ./scs.md', '⟦related⟧:\n  core-strategy: ./core.md')), expected);
    expectFindings(RULE, laa(edit(LAA, 'related:\n  scs: ./scs.md\n', '⟦related⟧:\n')), expected);
  });

  it('offers to link the only SCS in the workspace, with or without a `related` map', () => {
    const title = 'Link ‘./scs.md’ as ‘related.scs’';
    const noRelated = edit(LAA, 'related:\n  scs: ./scs.md\n', '');
    const linked = edit(noRelated, '  feedback: 2008-05-09\n---', '  feedback: 2008-05-09\nrelated: {scs: ./scs.md}\n---');
    deepStrictEqual(findingsOf(RULE, laa(noRelated))[0].fix, { title, result: linked });
    deepStrictEqual(findingsOf(RULE, laa(crlf(noRelated)))[0].fix, { title, result: crlf(linked) });
    expectFindings(RULE, laa(linked), []);

    const noScs = edit(LAA, 'related:\n  scs: ./scs.md', 'related:\n  core-strategy: ./core.md');
    const added = edit(noScs, '  core-strategy: ./core.md', '  core-strategy: ./core.md\n  scs: ./scs.md');
    deepStrictEqual(findingsOf(RULE, laa(noScs))[0].fix, { title, result: added });
    deepStrictEqual(findingsOf(RULE, laa(crlf(noScs)))[0].fix, { title, result: crlf(added) });
    expectFindings(RULE, laa(added), []);
  });

  it('reports an empty `related.scs`: at the key when nothing follows it, at the value when it is blank', () => {
    const message = `‘related.scs’ is empty: give the relative path to the SCS draft, ${WHY}.`;
    expectFindings(RULE, laa(edit(LAA, '  scs: ./scs.md', '  ⟦scs⟧:')), [{ severity: 'error', message }]);
    expectFindings(RULE, laa(edit(LAA, '  scs: ./scs.md', '  scs: ⟦""⟧')), [{ severity: 'error', message }]);
  });

  it('names the kind of draft that `related.scs` leads to when it is not an SCS, at the path', () => {
    const text = edit(LAA, '  scs: ./scs.md', '  scs: ⟦./housing.md⟧');
    expectFindings(RULE, { files: { 'scs.md': SCS, 'laa.md': text, 'housing.md': HOUSING }, check: 'laa.md' }, [
      {
        severity: 'error',
        message: `‘related.scs’ leads to a housing strategy, not an SCS: change it to the relative path to the SCS draft instead of ‘./housing.md’, ${WHY}.`,
      },
    ]);
  });

  it('points at `path` when the link is written as a map', () => {
    expectFindings(RULE, laa(edit(LAA, '  scs: ./scs.md', '  scs: {path: ⟦./laa.md⟧, version: 2}')), [
      {
        severity: 'error',
        message: `‘related.scs’ leads to a Local Area Agreement, not an SCS: change it to the relative path to the SCS draft instead of ‘./laa.md’, ${WHY}.`,
      },
    ]);
  });

  it('says so when `related.scs` leads to ordinary Markdown', () => {
    const text = edit(LAA, '  scs: ./scs.md', '  scs: ⟦./notes.md⟧');
    const notes = '# Notes\n\nNot a strategy draft.\n';
    expectFindings(RULE, { files: { 'scs.md': SCS, 'laa.md': text, 'notes.md': notes }, check: 'laa.md' }, [
      {
        severity: 'error',
        message: `‘related.scs’ leads to an ordinary Markdown file with no ‘kind’, not an SCS: change it to the relative path to the SCS draft instead of ‘./notes.md’, ${WHY}.`,
      },
    ]);
  });

  it('stays quiet on a correct agreement, with the SCS as a path or as a map with a version', () => {
    expectFindings(RULE, laa(LAA), []);
    expectFindings(RULE, laa(edit(LAA, '  scs: ./scs.md', '  scs: {path: ./scs.md, version: 1}')), []);
  });

  it('leaves links that lead nowhere or out of the workspace to align/broken-link', () => {
    expectFindings(RULE, laa(edit(LAA, '  scs: ./scs.md', '  scs: ./missing-scs.md')), []);
    expectFindings(RULE, laa(edit(LAA, '  scs: ./scs.md', '  scs: ../elsewhere/scs.md')), []);
  });

  it('leaves malformed links and drafts whose kind cannot be read to other rules', () => {
    expectFindings(RULE, laa(edit(LAA, '  scs: ./scs.md', '  scs: 42')), []);
    expectFindings(RULE, laa(edit(LAA, '  scs: ./scs.md', '  scs: {version: 2}')), []);
    expectFindings(RULE, laa(edit(LAA, 'related:\n  scs: ./scs.md', 'related: ./scs.md')), []);
    expectFindings(RULE, laa(LAA, edit(SCS, 'kind: sustainable-community-strategy', 'kind: sustainable-community-stratgy')), []);
  });
});
