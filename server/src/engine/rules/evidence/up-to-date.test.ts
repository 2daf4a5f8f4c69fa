import { deepStrictEqual } from 'node:assert/strict';
import { MINIMAL_SCS } from '../../../../../test/support/drafts';
import { edit } from '../../../../../test/support/harness';
import { checklistStatusOf, expectFindings } from '../../../../../test/support/rule-cases';

const SCS = MINIMAL_SCS;

const RULE = 'evidence/up-to-date';

/** An SCS (period 2008 to 2020) with evidence from `first` and `second`. */
const withEvidence = (first: number | string, second: number | string, status = 'submitted') =>
  edit(
    SCS,
    'status: draft\n',
    `status: ${status}\nevidence:\n  - id: place-survey\n    title: Place Survey\n    year: ${first}\n  - id: census-2001\n    title: Census 2001\n    year: ${second}\n`,
  );
/** The drafts with a `.placeshaper.yaml` beside the checked draft. */
const withConfig = (text: string, config: string) => ({
  files: { 'draft.md': text, '.placeshaper.yaml': config },
  check: 'draft.md',
});
const started = (id: string, year: number, age: number) =>
  `Evidence from ${year} is ${age} years old when this document's period starts (2008): replace ‘${id}’ with evidence from 2005 or later, ` +
  'or bring it up to date; the shared evidence base should be kept up to date, at most 3 years old.';
const unfinished = (id: string, year: number, age: number) =>
  `Evidence from ${year} is ${age} years old in 2026, as this document is still being written: replace ‘${id}’ with evidence from 2023 or later, ` +
  'or bring it up to date; the shared evidence base should be kept up to date, at most 3 years old.';

describe('evidence/up-to-date', () => {
  it('reports evidence older than three years at the start of the period, at its year', () => {
    expectFindings(RULE, withEvidence(2005, '⟦2001⟧'), [{ severity: 'warning', message: started('census-2001', 2001, 7) }]);
  });

  it('accepts evidence exactly at the limit and reports it one year over', () => {
    expectFindings(RULE, withEvidence(2005, 2005), []);
    expectFindings(RULE, withEvidence('⟦2004⟧', 2005), [{ severity: 'warning', message: started('place-survey', 2004, 4) }]);
  });

  it('reports each old item', () => {
    expectFindings(RULE, withEvidence('⟦2003⟧', '⟦2001⟧'), [
      { severity: 'warning', message: started('place-survey', 2003, 5) },
      { severity: 'warning', message: started('census-2001', 2001, 7) },
    ]);
  });

  it('measures a draft, or one out for consultation, against today', () => {
    for (const status of ['draft', 'consultation']) {
      expectFindings(RULE, withEvidence(2023, '⟦2022⟧', status), [
        { severity: 'warning', message: unfinished('census-2001', 2022, 4) },
      ]);
    }
    // Evidence from the period's start is old by now, but only for a draft.
    expectFindings(RULE, withEvidence('⟦2008⟧', '⟦2008⟧', 'draft'), [
      { severity: 'warning', message: unfinished('place-survey', 2008, 18) },
      { severity: 'warning', message: unfinished('census-2001', 2008, 18) },
    ]);
    expectFindings(RULE, withEvidence(2008, 2008, 'adopted'), []);
  });

  it('takes the limit from `evidence-max-age`', () => {
    expectFindings(RULE, withConfig(withEvidence(2005, 2001), 'evidence-max-age: 7\n'), []);
    expectFindings(RULE, withConfig(withEvidence(2005, '⟦2001⟧'), 'evidence-max-age: 5\n'), [
      {
        severity: 'warning',
        message:
          "Evidence from 2001 is 7 years old when this document's period starts (2008): replace ‘census-2001’ with evidence from 2003 or later, " +
          'or bring it up to date; the shared evidence base should be kept up to date, at most 5 years old.',
      },
    ]);
  });

  it('names an item by its title, or by its place in the list, when it has no id', () => {
    expectFindings(RULE, edit(withEvidence(2005, '⟦2001⟧'), '  - id: census-2001\n    title', '  - title'), [
      {
        severity: 'warning',
        message:
          "Evidence from 2001 is 7 years old when this document's period starts (2008): replace “Census 2001” with evidence from 2005 or later, " +
          'or bring it up to date; the shared evidence base should be kept up to date, at most 3 years old.',
      },
    ]);
    expectFindings(
      RULE,
      edit(withEvidence(2005, '⟦2001⟧'), '  - id: census-2001\n    title: Census 2001\n    year:', '  - year:'),
      [
        {
          severity: 'warning',
          message:
            "Evidence from 2001 is 7 years old when this document's period starts (2008): replace item 2 with evidence from 2005 or later, " +
            'or bring it up to date; the shared evidence base should be kept up to date, at most 3 years old.',
        },
      ],
    );
  });

  it('stays quiet on evidence from after the period starts', () => {
    expectFindings(RULE, withEvidence(2009, 2012), []);
  });

  it('stays quiet when a year or the period is missing or malformed', () => {
    expectFindings(RULE, withEvidence('"2001"', 'around 2000'), []);
    expectFindings(RULE, edit(withEvidence(2001, 2001), '  from: 2008\n', ''), []);
    expectFindings(RULE, edit(SCS, 'status: draft\n', 'status: submitted\nevidence: the 2001 census\n'), []);
  });

  it('checks every kind', () => {
    const housing = edit(withEvidence(2005, '⟦2001⟧'), 'kind: sustainable-community-strategy', 'kind: housing-strategy');
    expectFindings(RULE, housing, [{ severity: 'warning', message: started('census-2001', 2001, 7) }]);
  });
});

describe('evidence/up-to-date in the review checklist', () => {
  it('is not applicable to a draft that lists no evidence', () => {
    deepStrictEqual(checklistStatusOf(RULE, SCS), {
      status: 'not-applicable',
      reason: 'Applies to listed evidence; the draft lists none under ‘evidence’.',
    });
    deepStrictEqual(checklistStatusOf(RULE, withEvidence(2007, 2006)), { status: 'met' });
    deepStrictEqual(checklistStatusOf(RULE, withEvidence(2007, 2001)), { status: 'not-met' });
  });
});
