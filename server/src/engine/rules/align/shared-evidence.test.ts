import { deepStrictEqual } from 'node:assert/strict';
import { coreWithoutScs, linked, withChange } from '../../../../../test/support/linked-drafts';
import { checklistStatusOf, expectFindings, NEEDS_THE_SCS } from '../../../../../test/support/rule-cases';

const RULE = 'align/shared-evidence';

describe('align/shared-evidence', () => {
  it('stays quiet when the Core Strategy shares an evidence id with its SCS', () => {
    expectFindings(RULE, linked('ldf/core.md'), []);
  });

  it('reports a Core Strategy that shares no evidence, at its evidence key', () => {
    const files = withChange('ldf/core.md', (t) =>
      t.replace('evidence:\n  - {id: shma-2007,', '⟦evidence⟧:\n  - {id: shma-2006,'),
    );
    expectFindings(RULE, linked('ldf/core.md', files), [
      {
        severity: 'info',
        message:
          'This Core Strategy shares no evidence with its SCS; good practice: list the studies both rest on under ‘evidence’ with the same ‘id’ as Millbrook Matters (../scs/district.md), which has ‘millbrook-jsna’ and ‘shma-2007’.',
      },
    ]);
  });
});

describe('align/shared-evidence in the review checklist', () => {
  it('needs the SCS the draft delivers, and says so when there is none', () => {
    deepStrictEqual(checklistStatusOf(RULE, coreWithoutScs()), NEEDS_THE_SCS);
    deepStrictEqual(checklistStatusOf(RULE, linked('ldf/core.md')), { status: 'met' });
  });
});
