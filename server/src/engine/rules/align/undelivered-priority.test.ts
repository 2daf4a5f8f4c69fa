import { edit } from '../../../../../test/support/harness';
import { linked, withChange } from '../../../../../test/support/linked-drafts';
import { expectFindings } from '../../../../../test/support/rule-cases';

const RULE = 'align/undelivered-priority';

describe('align/undelivered-priority', () => {
  it('stays quiet when LAA targets, objectives and housing priorities name every priority', () => {
    expectFindings(RULE, linked('scs/county.md'), []);
    expectFindings(RULE, linked('scs/district.md'), []);
  });

  it('reports a priority nothing in the workspace delivers, looking into drafts that are not open', () => {
    const changed = withChange('housing/housing.md', (t) => t.replace('supports: [D1, D3]', 'supports: [D1]'));
    const files = { ...changed, 'scs/district.md': edit(changed['scs/district.md'], 'id: D3', 'id: ⟦D3⟧') };
    expectFindings(RULE, linked('scs/district.md', files), [
      {
        severity: 'info',
        message:
          'Nothing in the workspace delivers priority ‘D3’: name it in the ‘priority’, ‘delivers’ or ‘supports’ of the LAA target, Core Strategy objective or housing priority that does.',
      },
    ]);
  });

  it('does not count references from drafts that link to another SCS', () => {
    const changed = withChange('laa/laa.md', (t) =>
      t.replace('scs: ../scs/county.md', 'scs: ../scs/district.md').replace('priority: C2', 'priority: D1'),
    );
    const files = {
      ...changed,
      'scs/county.md': edit(edit(changed['scs/county.md'], 'id: C1', 'id: ⟦C1⟧'), 'id: C2', 'id: ⟦C2⟧'),
    };
    expectFindings(RULE, linked('scs/county.md', files), [
      {
        severity: 'info',
        message:
          'Nothing in the workspace delivers priority ‘C1’: name it in the ‘priority’, ‘delivers’ or ‘supports’ of the LAA target, Core Strategy objective or housing priority that does.',
      },
      {
        severity: 'info',
        message:
          'Nothing in the workspace delivers priority ‘C2’: name it in the ‘priority’, ‘delivers’ or ‘supports’ of the LAA target, Core Strategy objective or housing priority that does.',
      },
    ]);
  });
});
