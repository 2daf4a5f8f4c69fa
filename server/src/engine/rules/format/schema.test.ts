import { strictEqual } from 'node:assert/strict';
import { CLEAN_SCS } from '../../../../../test/support/drafts';
import { edit, md } from '../../../../../test/support/harness';
import { expectFindings, findingsOf } from '../../../../../test/support/rule-cases';

const RULE = 'format/schema';

describe('format/schema', () => {
  it('stays quiet on a correct draft', () => {
    expectFindings(RULE, CLEAN_SCS, []);
  });

  it('suggests the nearest enum value inside nested frontmatter', () => {
    const adopted = (body: string) =>
      edit(CLEAN_SCS, 'status: draft', `status: adopted\napproval:\n  body: ${body}\n  date: 2008-05-01`);
    expectFindings(RULE, adopted('⟦full council⟧'), [
      { severity: 'error', message: '`full council` is not a valid `approval.body`; did you mean `full-council`?' },
    ]);
    const [finding] = findingsOf(RULE, adopted('full council'));
    strictEqual(finding.fix?.title, 'Replace with `full-council`');
    strictEqual(finding.fix?.result, adopted('full-council'));
  });

  it('reports a missing required key at the opening fence', () => {
    const text = edit(
      CLEAN_SCS,
      '---\nkind: sustainable-community-strategy\ntitle: Exampleshire Sustainable Community Strategy\n',
      '⟦---⟧\nkind: sustainable-community-strategy\n',
    );
    expectFindings(RULE, text, [
      {
        severity: 'error',
        message: 'The frontmatter has no `title`, which every sustainable community strategy needs; add `title:`.',
      },
    ]);
  });

  it('reports a missing key of a list item at the item, naming it by id', () => {
    const text = edit(CLEAN_SCS, '  - id: P1\n    title: Safer communities\n', '  - id: ⟦P1⟧\n');
    expectFindings(RULE, text, [{ severity: 'error', message: 'priority `P1` of `priorities` has no `title`; add `title:`.' }]);
  });

  it('asks an adopted document for its approval, at `status`', () => {
    expectFindings(RULE, edit(CLEAN_SCS, 'status: draft', 'status: ⟦adopted⟧'), [
      {
        severity: 'error',
        message:
          'An adopted document needs `approval` with the `body` that approved it and the `date`: add `approval: {body: full-council, date: YYYY-MM-DD}`.',
      },
    ]);
  });

  it('explains a wrong type in the author’s words', () => {
    expectFindings(RULE, edit(CLEAN_SCS, 'from: 2008', 'from: ⟦twenty-o-eight⟧'), [
      { severity: 'error', message: '`period.from` should be a four-digit year, such as `2008`, not `twenty-o-eight`.' },
    ]);
  });

  it('rejects a date that is not YYYY-MM-DD', () => {
    expectFindings(RULE, edit(CLEAN_SCS, 'status: draft', 'status: draft\npublished: ⟦June 2008⟧'), [
      { severity: 'error', message: '`published` should be a date written YYYY-MM-DD, not `June 2008`.' },
    ]);
  });

  it('reports period.from after period.to at period.from', () => {
    expectFindings(RULE, edit(CLEAN_SCS, 'from: 2008', 'from: ⟦2021⟧'), [
      { severity: 'error', message: '`period.from` (2021) is after `period.to` (2020); swap them or correct the years.' },
    ]);
  });

  it('explains a link that is neither a path nor {path, version}', () => {
    expectFindings(RULE, edit(CLEAN_SCS, 'status: draft', 'status: draft\nrelated:\n  county-scs: ⟦[a, b]⟧'), [
      {
        severity: 'error',
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
        - id: ⟦T1⟧
          priority: P1
      ---
    `;
    expectFindings(RULE, laa, [{ severity: 'error', message: 'target `T1` of `targets` has no `indicator`; add `indicator:`.' }]);
  });
});
