import { deepStrictEqual } from 'node:assert/strict';
import { edit } from '../../../../../test/support/harness';
import { linked, withChange } from '../../../../../test/support/linked-drafts';
import { checklistStatusOf, expectFindings, findingsOf } from '../../../../../test/support/rule-cases';

const RULE = 'align/spatial-delivery';

/** The district SCS's spatial priority D2 (marked) is reported as delivered by no objective, pointing at the objectives. */
function undeliveredD2(files: Record<string, string>, where: string): void {
  expectFindings(RULE, linked('scs/district.md', files), [
    {
      severity: 'warning',
      message: `Spatial priority ‘D2’ is delivered by no Core Strategy objective; good practice: add it to the ‘delivers’ of the objective that does${where}.`,
    },
  ]);
  const [finding] = findingsOf(RULE, linked('scs/district.md', files));
  deepStrictEqual(finding.related, [{ file: 'ldf/core.md', at: 'objectives', message: 'The Core Strategy objectives' }]);
}

describe('align/spatial-delivery', () => {
  it('stays quiet when the linked Core Strategy delivers every spatial priority', () => {
    expectFindings(RULE, linked('scs/district.md'), []);
  });

  it('reports a spatial priority no objective delivers, at the priority id, even with the Core Strategy closed', () => {
    const changed = withChange('ldf/core.md', (t) => t.replace('delivers: [D2]', 'delivers: [D1]'));
    const files = { ...changed, 'scs/district.md': edit(changed['scs/district.md'], 'id: D2', 'id: ⟦D2⟧') };
    undeliveredD2(files, ', in Millbrook Core Strategy (../ldf/core.md)');
  });

  it('says so when no Core Strategy is linked or delivers anything', () => {
    const files = withChange('scs/district.md', (t) =>
      t.replace('  core-strategy: ../ldf/core.md\n', '').replace('id: D1', 'id: ⟦D1⟧').replace('id: D2', 'id: ⟦D2⟧'),
    );
    delete files['ldf/core.md'];
    expectFindings(RULE, linked('scs/district.md', files), [
      {
        severity: 'warning',
        message:
          'Spatial priority ‘D1’ has no Core Strategy linked to deliver it; good practice: link one in ‘related.core-strategy’ and name this priority in an objective’s ‘delivers’.',
      },
      {
        severity: 'warning',
        message:
          'Spatial priority ‘D2’ has no Core Strategy linked to deliver it; good practice: link one in ‘related.core-strategy’ and name this priority in an objective’s ‘delivers’.',
      },
    ]);
  });

  it('reports a spatial priority that Core Strategies naming the SCS leave undelivered when none is linked', () => {
    const changed = withChange('scs/district.md', (t) => t.replace('  core-strategy: ../ldf/core.md\n', ''));
    const files = {
      'ldf/core.md': edit(changed['ldf/core.md'], 'delivers: [D2]', 'delivers: [D1]'),
      'scs/district.md': edit(changed['scs/district.md'], 'id: D2', 'id: ⟦D2⟧'),
    };
    undeliveredD2(files, '');
  });
});

describe('align/spatial-delivery in the review checklist', () => {
  it('is not applicable to an SCS with no spatial priority', () => {
    deepStrictEqual(checklistStatusOf(RULE, linked('scs/county.md')), {
      status: 'not-applicable',
      reason: 'Applies to priorities marked ‘spatial: true’; this SCS has none.',
    });
    deepStrictEqual(checklistStatusOf(RULE, linked('scs/district.md')), { status: 'met' });
  });
});
