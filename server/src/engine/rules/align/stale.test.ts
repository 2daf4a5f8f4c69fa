import { deepStrictEqual, strictEqual } from 'node:assert/strict';
import { edit } from '../../../../../test/support/harness';
import { linked, withChange } from '../../../../../test/support/linked-drafts';
import { checklistStatusOf, expectFindings, findingsOf } from '../../../../../test/support/rule-cases';

const RULE = 'align/stale';

describe('align/stale', () => {
  it('stays quiet when the recorded version is current', () => {
    expectFindings(RULE, linked('ldf/core.md'), []);
  });

  it('reports a link whose target has moved on, at the recorded version', () => {
    const changed = withChange('scs/district.md', (t) => t.replace('version: 2', 'version: 3'));
    const files = { ...changed, 'ldf/core.md': edit(changed['ldf/core.md'], 'version: 2}', 'version: ⟦2⟧}') };
    expectFindings(RULE, linked('ldf/core.md', files), [
      {
        severity: 'warning',
        message:
          'This draft was aligned with version 2 of the linked draft, now out of date: review what changed, then record version 3; Millbrook Matters (../scs/district.md) is now at version 3.',
      },
    ]);
  });

  it('“Mark as aligned with version N” records the current version and nothing else', () => {
    const files = withChange('scs/district.md', (t) => t.replace('version: 2', 'version: 3'));
    const [finding] = findingsOf(RULE, linked('ldf/core.md', files));
    strictEqual(finding.fix!.title, 'Mark as aligned with version 3');
    strictEqual(finding.fix!.result, files['ldf/core.md'].replace('version: 2}', 'version: 3}'));
  });
});

describe('align/stale in the review checklist', () => {
  it('is not applicable where no link records a version', () => {
    deepStrictEqual(checklistStatusOf(RULE, linked('housing/housing.md')), {
      status: 'not-applicable',
      reason: 'Applies to ‘related’ links that record a ‘version’; this draft’s record none.',
    });
    deepStrictEqual(checklistStatusOf(RULE, linked('ldf/core.md')), { status: 'met' });
  });
});
