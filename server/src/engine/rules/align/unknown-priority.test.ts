import { deepStrictEqual, strictEqual } from 'node:assert/strict';
import { coreWithoutScs, linked, LINKED_DRAFTS, withChange } from '../../../../../test/support/linked-drafts';
import { checklistStatusOf, expectFindings, findingsOf, NEEDS_THE_SCS } from '../../../../../test/support/rule-cases';

const RULE = 'align/unknown-priority';

describe('align/unknown-priority', () => {
  it('stays quiet when every `delivers` and `supports` id is a priority of the linked SCS', () => {
    expectFindings(RULE, linked('ldf/core.md'), []);
    expectFindings(RULE, linked('housing/housing.md'), []);
  });

  it('reports a Core Strategy objective delivering an unknown priority', () => {
    const files = withChange('ldf/core.md', (t) => t.replace('delivers: [D2]', 'delivers: [D2, ⟦D7⟧]'));
    expectFindings(RULE, linked('ldf/core.md', files), [
      {
        severity: 'error',
        message:
          "Objective ‘O2’ delivers ‘D7’, which is not a priority of its SCS; use one of the SCS's priority ids (‘D1’, ‘D2’, ‘D3’). The SCS is Millbrook Matters (../scs/district.md).",
      },
    ]);
  });

  it('reports a housing priority supporting an unknown priority, points at the SCS priorities and offers the nearest id', () => {
    const files = withChange('housing/housing.md', (t) => t.replace('supports: [D1, D3]', 'supports: [D1, ⟦d3⟧]'));
    expectFindings(RULE, linked('housing/housing.md', files), [
      {
        severity: 'error',
        message:
          'Housing priority ‘H1’ supports ‘d3’, which is not a priority of its SCS; did you mean ‘D3’? The SCS is Millbrook Matters (../scs/district.md).',
      },
    ]);
    const [finding] = findingsOf(RULE, linked('housing/housing.md', files));
    deepStrictEqual(finding.related, [{ file: 'scs/district.md', at: 'priorities', message: 'The SCS priorities it can name' }]);
    strictEqual(finding.fix!.result, LINKED_DRAFTS['housing/housing.md']);
  });

  it('says so when the SCS has no priorities yet', () => {
    const changed = withChange('scs/district.md', (t) => t.replace(/priorities:\n[\s\S]*?(?=evidence:)/, 'priorities: []\n'));
    const files = {
      ...changed,
      'ldf/core.md': changed['ldf/core.md']
        .replace('delivers: [D1]', 'delivers: [⟦D1⟧]')
        .replace('delivers: [D2]', 'delivers: [⟦D2⟧]'),
    };
    expectFindings(RULE, linked('ldf/core.md', files), [
      {
        severity: 'error',
        message:
          "Objective ‘O1’ delivers ‘D1’, which is not a priority of its SCS; use one of the SCS's priority ids (it has none yet). The SCS is Millbrook Matters (../scs/district.md).",
      },
      {
        severity: 'error',
        message:
          "Objective ‘O2’ delivers ‘D2’, which is not a priority of its SCS; use one of the SCS's priority ids (it has none yet). The SCS is Millbrook Matters (../scs/district.md).",
      },
    ]);
  });

  it('stays quiet when there is no SCS to resolve against', () => {
    const files = withChange('housing/housing.md', (t) =>
      t.replace('scs: ../scs/district.md', 'scs: ../scs/missing.md').replace('[D1, D3]', '[X1]'),
    );
    expectFindings(RULE, linked('housing/housing.md', files), []);
  });
});

describe('align/unknown-priority in the review checklist', () => {
  it('needs the SCS the draft delivers, and says so when there is none', () => {
    deepStrictEqual(checklistStatusOf(RULE, coreWithoutScs()), NEEDS_THE_SCS);
    deepStrictEqual(checklistStatusOf(RULE, linked('ldf/core.md')), { status: 'met' });
  });
});
