import { deepStrictEqual } from 'node:assert/strict';
import { coreWithoutScs, linked, withChange } from '../../../../../test/support/linked-drafts';
import { checklistStatusOf, expectFindings, NEEDS_THE_SCS } from '../../../../../test/support/rule-cases';

const RULE = 'align/joint-consultation';

describe('align/joint-consultation', () => {
  it('stays quiet when the Core Strategy and SCS consultations overlap', () => {
    expectFindings(RULE, linked('ldf/core.md'), []);
  });

  it('reports windows that do not overlap, at the Core Strategy consultation', () => {
    const files = withChange('ldf/core.md', (t) =>
      t.replace('consultation:\n  from: 2008-02-01\n  to: 2008-04-30', '⟦consultation⟧:\n  from: 2008-04-01\n  to: 2008-04-30'),
    );
    expectFindings(RULE, linked('ldf/core.md', files), [
      {
        severity: 'info',
        message:
          "This consultation does not overlap the SCS's: consult on both together to spare people consultation fatigue. This one runs 2008-04-01 to 2008-04-30; the one on Millbrook Matters (../scs/district.md) runs 2008-01-10 to 2008-03-31.",
      },
    ]);
  });
});

describe('align/joint-consultation in the review checklist', () => {
  it('needs the SCS and a consultation window, and says which is missing', () => {
    deepStrictEqual(checklistStatusOf(RULE, coreWithoutScs()), NEEDS_THE_SCS);
    const unconsulted = withChange('ldf/core.md', (text) => text.replace(/\nconsultation:[^]*?\n(?=---)/, '\n'));
    deepStrictEqual(checklistStatusOf(RULE, linked('ldf/core.md', unconsulted)), {
      status: 'not-applicable',
      reason: 'Compares consultation windows, and this draft gives none under ‘consultation’.',
    });
    deepStrictEqual(checklistStatusOf(RULE, linked('ldf/core.md')), { status: 'met' });
  });
});
