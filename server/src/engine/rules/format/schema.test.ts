import { deepStrictEqual } from 'node:assert/strict';
import { CLEAN_SCS, check, crlf, md, workspace } from '../../../../../test/support/harness';

const only = ['format/schema'];

describe('format/schema', () => {
  it('stays quiet on a correct draft', () => {
    deepStrictEqual(check(CLEAN_SCS, only), []);
  });

  it('suggests the nearest enum value inside nested frontmatter, with LF and CRLF', () => {
    const text = CLEAN_SCS.replace('status: draft', 'status: adopted\napproval:\n  body: full council\n  date: 2008-05-01');
    const expected = [
      {
        rule: 'format/schema',
        severity: 'error',
        range: [12, 8, 12, 20] as [number, number, number, number],
        message: '`full council` is not a valid `approval.body`; did you mean `full-council`?',
      },
    ];
    deepStrictEqual(check(text, only), expected);
    deepStrictEqual(check(crlf(text), only), expected);
    const [finding] = workspace({ 'a.md': text }).findings('a.md').filter((f) => f.rule === 'format/schema');
    deepStrictEqual(finding.fix?.edits.map((e) => [text.slice(e.span.start, e.span.end), e.newText]), [['full council', 'full-council']]);
  });

  it('reports a missing required key at the opening fence', () => {
    const text = CLEAN_SCS.replace('title: Exampleshire Sustainable Community Strategy\n', '');
    deepStrictEqual(check(text, only), [
      {
        rule: 'format/schema',
        severity: 'error',
        range: [0, 0, 0, 3],
        message: 'The frontmatter has no `title`, which every sustainable community strategy needs; add `title:`.',
      },
    ]);
  });

  it('reports a missing key of a list item at the item, naming it by id', () => {
    const text = CLEAN_SCS.replace('    title: Safer communities\n', '');
    deepStrictEqual(check(text, only), [
      { rule: 'format/schema', severity: 'error', range: [13, 8, 13, 10], message: 'priority `P1` of `priorities` has no `title`; add `title:`.' },
    ]);
  });

  it('asks an adopted document for its approval, at `status`', () => {
    const text = CLEAN_SCS.replace('status: draft', 'status: adopted');
    deepStrictEqual(check(text, only), [
      {
        rule: 'format/schema',
        severity: 'error',
        range: [10, 8, 10, 15],
        message: 'An adopted document needs `approval` with the `body` that approved it and the `date`: add `approval: {body: full-council, date: YYYY-MM-DD}`.',
      },
    ]);
  });

  it('explains a wrong type in the author’s words', () => {
    const text = CLEAN_SCS.replace('from: 2008', 'from: twenty-o-eight');
    deepStrictEqual(check(text, only), [
      {
        rule: 'format/schema',
        severity: 'error',
        range: [8, 8, 8, 22],
        message: '`period.from` should be a four-digit year, such as `2008`, not `twenty-o-eight`.',
      },
    ]);
  });

  it('rejects a date that is not YYYY-MM-DD', () => {
    const text = CLEAN_SCS.replace('status: draft', 'status: draft\npublished: June 2008');
    deepStrictEqual(check(text, only), [
      { rule: 'format/schema', severity: 'error', range: [11, 11, 11, 20], message: '`published` should be a date written YYYY-MM-DD, not `June 2008`.' },
    ]);
  });

  it('reports period.from after period.to at period.from', () => {
    const text = CLEAN_SCS.replace('from: 2008', 'from: 2021');
    deepStrictEqual(check(text, only), [
      { rule: 'format/schema', severity: 'error', range: [8, 8, 8, 12], message: '`period.from` (2021) is after `period.to` (2020); swap them or correct the years.' },
    ]);
  });

  it('explains a link that is neither a path nor {path, version}', () => {
    const text = CLEAN_SCS.replace('status: draft', 'status: draft\nrelated:\n  county-scs: [a, b]');
    deepStrictEqual(check(text, only), [
      {
        rule: 'format/schema',
        severity: 'error',
        range: [12, 14, 12, 20],
        message: '`related.county-scs` should be a relative path, or a map with `path` and `version`, not a list.',
      },
    ]);
  });

  it('checks kind-specific keys (an LAA target needs an indicator)', () => {
    const laa = md`
      ---
      kind: laa
      title: Exampleshire LAA
      authority: {name: Exampleshire County Council, type: county}
      partnership: Exampleshire Partnership
      period: {from: 2008, to: 2011}
      status: draft
      targets:
        - id: T1
          priority: P1
      ---
    `;
    deepStrictEqual(check(laa, only), [
      { rule: 'format/schema', severity: 'error', range: [8, 8, 8, 10], message: 'target `T1` of `targets` has no `indicator`; add `indicator:`.' },
    ]);
  });
});
