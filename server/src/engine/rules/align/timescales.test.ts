import { deepStrictEqual } from 'node:assert/strict';
import { edit } from '../../../../../test/support/harness';
import { coreWithoutScs, linked, withChange } from '../../../../../test/support/linked-drafts';
import { checklistStatusOf, expectFindings, NEEDS_THE_SCS } from '../../../../../test/support/rule-cases';

const RULE = 'align/timescales';

describe('align/timescales', () => {
  it('stays quiet when the LAA lies within its SCS period and the others overlap theirs', () => {
    for (const file of ['laa/laa.md', 'ldf/core.md', 'housing/housing.md']) expectFindings(RULE, linked(file), []);
  });

  it('reports an LAA that runs past its SCS, at `period`', () => {
    const changed = withChange('scs/county.md', (t) => t.replace('to: 2020}', 'to: 2010}'));
    const files = { ...changed, 'laa/laa.md': edit(changed['laa/laa.md'], '\nperiod:', '\n⟦period⟧:') };
    expectFindings(RULE, linked('laa/laa.md', files), [
      {
        severity: 'warning',
        message:
          'This LAA runs 2008 to 2011, outside the SCS it delivers (2008 to 2010); good practice: keep the agreement within the SCS period. The SCS is Exampleshire 2020 (../scs/county.md).',
      },
    ]);
  });

  it('reports a housing strategy whose period does not overlap the SCS, and accepts one that just touches it', () => {
    const apart = withChange('housing/housing.md', (t) =>
      t.replace('period: {from: 2009, to: 2014}', '⟦period⟧: {from: 2001, to: 2007}'),
    );
    expectFindings(RULE, linked('housing/housing.md', apart), [
      {
        severity: 'warning',
        message:
          "This draft's 2001 to 2007 does not overlap its SCS's 2008 to 2026; good practice: align the periods so that the documents plan for the same years. The SCS is Millbrook Matters (../scs/district.md).",
      },
    ]);
    const touching = withChange('housing/housing.md', (t) => t.replace('{from: 2009, to: 2014}', '{from: 2001, to: 2008}'));
    expectFindings(RULE, linked('housing/housing.md', touching), []);
  });
});

describe('align/timescales in the review checklist', () => {
  it('needs the SCS the draft delivers, and says so when there is none', () => {
    deepStrictEqual(checklistStatusOf(RULE, coreWithoutScs()), NEEDS_THE_SCS);
    deepStrictEqual(checklistStatusOf(RULE, linked('ldf/core.md')), { status: 'met' });
  });
});
