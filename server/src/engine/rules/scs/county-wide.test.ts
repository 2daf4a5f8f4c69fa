import { deepStrictEqual } from 'node:assert/strict';
import { MINIMAL_SCS } from '../../../../../test/support/drafts';
import { edit } from '../../../../../test/support/harness';
import { checklistStatusOf, expectFindings } from '../../../../../test/support/rule-cases';

const RULE = 'scs/county-wide';
const SCS = MINIMAL_SCS;

const district = (twoTier = 'true', related = '') =>
  edit(
    edit(SCS, '  type: county\n', `  type: district\n  two-tier: ${twoTier}\n`),
    'status: draft\n',
    `status: draft\n${related}`,
  );
/** The draft with its `authority.two-tier` key marked. */
const atTwoTier = (text: string) => edit(text, '  two-tier:', '  ⟦two-tier⟧:');
const MESSAGE =
  "This district SCS in a two-tier area does not link to the county-wide SCS: add ‘related.county-scs’ with the path to the county's SCS, as a county-wide SCS is the minimum expectation.";

describe('scs/county-wide', () => {
  it('reports a two-tier district SCS without a county SCS at `authority.two-tier`', () => {
    expectFindings(RULE, atTwoTier(district()), [{ severity: 'warning', message: MESSAGE }]);
  });

  it('reports it when `related` names other documents but not the county SCS', () => {
    expectFindings(RULE, atTwoTier(district('true', 'related:\n  laa: ./laa.md\n')), [{ severity: 'warning', message: MESSAGE }]);
  });

  it('stays quiet when the county SCS is linked', () => {
    expectFindings(RULE, district('true', 'related:\n  county-scs: ../county/scs.md\n'), []);
    expectFindings(RULE, district('true', 'related:\n  county-scs:\n    path: ../county/scs.md\n    version: 2\n'), []);
  });

  it('stays quiet outside two-tier districts', () => {
    expectFindings(RULE, district('false'), []);
    expectFindings(RULE, edit(SCS, '  type: county\n', '  type: district\n'), []);
    expectFindings(RULE, edit(SCS, '  type: county\n', '  type: county\n  two-tier: true\n'), []);
    expectFindings(RULE, district('"true"'), []);
  });

  it('leaves a `related` that is not a map to format/schema', () => {
    expectFindings(RULE, district('true', 'related: ../county/scs.md\n'), []);
  });

  it('checks only sustainable community strategies', () => {
    expectFindings(RULE, edit(district(), 'kind: sustainable-community-strategy', 'kind: housing-strategy'), []);
  });
});

describe('scs/county-wide in the review checklist', () => {
  it('applies to a district in a two-tier area only, and says why not', () => {
    deepStrictEqual(checklistStatusOf(RULE, SCS), {
      status: 'not-applicable',
      reason: "Applies to the SCS of a district in a two-tier area; this is a ‘county’ authority's.",
    });
    deepStrictEqual(checklistStatusOf(RULE, district('false')), {
      status: 'not-applicable',
      reason: 'Applies to the SCS of a district in a two-tier area; ‘authority.two-tier’ is not true.',
    });
    deepStrictEqual(checklistStatusOf(RULE, district()), { status: 'not-met' });
  });
});
