import { deepStrictEqual } from 'node:assert/strict';
import { crlf, md, workspace } from '../../../../../test/support/harness';
import { LAA, SCS, checkLaa, edit, type Range } from './fixtures';

const RULE = 'laa/relates-to-scs';
const WHY = 'a Local Area Agreement must relate to the Sustainable Community Strategy it delivers';

const HOUSING = md`
  ---
  kind: housing-strategy
  title: Exampleshire Housing Strategy
  ---
  # Housing
`;

/** The LAA's findings for this rule in a workspace with extra files beside `scs.md` and `laa.md`. */
function checkWith(laa: string, files: Record<string, string>) {
  return workspace({ 'scs.md': SCS, 'laa.md': laa, ...files }).check('laa.md').filter((s) => s.rule === RULE);
}

describe('laa/relates-to-scs', () => {
  it('reports an agreement with no `related` at the opening fence, with LF and CRLF', () => {
    const text = edit(LAA, 'related:\n  scs: ./scs.md\n', '');
    const expected = [
      {
        rule: RULE,
        severity: 'error',
        range: [0, 0, 0, 3] as Range,
        message: `This agreement does not name its Sustainable Community Strategy; ${WHY}, so add \`related:\` with \`scs:\` and the relative path to the SCS draft.`,
      },
    ];
    deepStrictEqual(checkLaa(RULE, text), expected);
    deepStrictEqual(checkLaa(RULE, crlf(text), crlf(SCS)), expected);
  });

  it('reports a `related` without `scs` at the `related` key, with LF and CRLF', () => {
    const text = edit(LAA, '  scs: ./scs.md', '  core-strategy: ./core.md');
    const expected = [
      {
        rule: RULE,
        severity: 'error',
        range: [11, 0, 11, 7] as Range,
        message: `\`related\` does not name the agreement's Sustainable Community Strategy; ${WHY}, so add \`scs:\` under \`related\` with the relative path to the SCS draft.`,
      },
    ];
    deepStrictEqual(checkLaa(RULE, text), expected);
    deepStrictEqual(checkLaa(RULE, crlf(text)), expected);
    deepStrictEqual(checkLaa(RULE, edit(LAA, 'related:\n  scs: ./scs.md\n', 'related:\n')), expected);
  });

  it('reports an empty `related.scs`: at the key when nothing follows it, at the value when it is blank', () => {
    const message = `\`related.scs\` is empty; ${WHY}, so give the relative path to the SCS draft.`;
    deepStrictEqual(checkLaa(RULE, edit(LAA, '  scs: ./scs.md', '  scs:')), [{ rule: RULE, severity: 'error', range: [12, 2, 12, 5], message }]);
    deepStrictEqual(checkLaa(RULE, crlf(edit(LAA, '  scs: ./scs.md', '  scs: ""'))), [{ rule: RULE, severity: 'error', range: [12, 7, 12, 9], message }]);
  });

  it('names the kind of draft that `related.scs` leads to when it is not an SCS, at the path, with LF and CRLF', () => {
    const text = edit(LAA, '  scs: ./scs.md', '  scs: ./housing.md');
    const expected = [
      {
        rule: RULE,
        severity: 'error',
        range: [12, 7, 12, 19] as Range,
        message: `\`related.scs\` leads to \`./housing.md\`, which is a housing strategy, not a Sustainable Community Strategy; ${WHY}, so point \`related.scs\` at the SCS draft.`,
      },
    ];
    deepStrictEqual(checkWith(text, { 'housing.md': HOUSING }), expected);
    deepStrictEqual(checkWith(crlf(text), { 'housing.md': crlf(HOUSING) }), expected);
  });

  it('points at `path` when the link is written as a map', () => {
    const text = edit(LAA, '  scs: ./scs.md', '  scs: {path: ./laa.md, version: 2}');
    deepStrictEqual(checkLaa(RULE, text), [
      {
        rule: RULE,
        severity: 'error',
        range: [12, 14, 12, 22],
        message: `\`related.scs\` leads to \`./laa.md\`, which is a Local Area Agreement, not a Sustainable Community Strategy; ${WHY}, so point \`related.scs\` at the SCS draft.`,
      },
    ]);
  });

  it('says so when `related.scs` leads to ordinary Markdown', () => {
    const text = edit(LAA, '  scs: ./scs.md', '  scs: ./notes.md');
    deepStrictEqual(checkWith(text, { 'notes.md': '# Notes\n\nNot a strategy draft.\n' }), [
      {
        rule: RULE,
        severity: 'error',
        range: [12, 7, 12, 17],
        message: `\`related.scs\` leads to \`./notes.md\`, which is an ordinary Markdown file with no \`kind\`, not a Sustainable Community Strategy; ${WHY}, so point \`related.scs\` at the SCS draft.`,
      },
    ]);
  });

  it('stays quiet on a correct agreement, with the SCS as a path or as a map with a version', () => {
    deepStrictEqual(checkLaa(RULE, LAA), []);
    deepStrictEqual(checkLaa(RULE, crlf(LAA)), []);
    deepStrictEqual(checkLaa(RULE, edit(LAA, '  scs: ./scs.md', '  scs: {path: ./scs.md, version: 1}')), []);
  });

  it('leaves links that lead nowhere or out of the workspace to align/broken-link', () => {
    deepStrictEqual(checkLaa(RULE, edit(LAA, '  scs: ./scs.md', '  scs: ./missing-scs.md')), []);
    deepStrictEqual(checkLaa(RULE, edit(LAA, '  scs: ./scs.md', '  scs: ../elsewhere/scs.md')), []);
  });

  it('leaves malformed links and drafts whose kind cannot be read to other rules', () => {
    deepStrictEqual(checkLaa(RULE, edit(LAA, '  scs: ./scs.md', '  scs: 42')), []);
    deepStrictEqual(checkLaa(RULE, edit(LAA, '  scs: ./scs.md', '  scs: {version: 2}')), []);
    deepStrictEqual(checkLaa(RULE, edit(LAA, 'related:\n  scs: ./scs.md', 'related: ./scs.md')), []);
    deepStrictEqual(checkLaa(RULE, LAA, edit(SCS, 'kind: sustainable-community-strategy', 'kind: sustainable-community-stratgy')), []);
  });
});
