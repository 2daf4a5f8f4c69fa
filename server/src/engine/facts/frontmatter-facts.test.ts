// `{fact: id}` in the frontmatter takes the register's value: the rules check that value.
import { deepStrictEqual } from 'node:assert/strict';
import { LAA } from '../../../../test/support/laa-drafts';
import { workspace } from '../../../../test/support/harness';
import { expectFindings } from '../../../../test/support/rule-cases';
import { reviewReport } from '../reports/review-report';

/** The LAA with the end of its period taken from the register, and a register (or none). */
const laaWith = (register: string | undefined, end = '⟦{fact: plan.end}⟧'): { files: Record<string, string>; check: string } => ({
  files: { 'laa.md': LAA.replace('  to: 2011\n', `  to: ${end}\n`), ...(register ? { 'facts.yaml': register } : {}) },
  check: 'laa.md',
});

describe('a value written {fact: id} in the frontmatter', () => {
  it('is checked as the register’s value: a four-year period is one', () => {
    const fourYears = laaWith('plan.end: {value: 2012, unit: year}\n', '{fact: plan.end}') as {
      files: Record<string, string>;
      check: string;
    };
    fourYears.files['laa.md'] = fourYears.files['laa.md'].replace('period:', '⟦period⟧:');
    expectFindings('laa/period', fourYears, [
      {
        severity: 'warning',
        message:
          'This agreement runs from 2008 to 2012, which is four years; make the period three years (from 2008 to 2011), as a Local Area Agreement sets three-year improvement targets.',
      },
    ]);
    expectFindings(['laa/period', 'format/schema'], laaWith('plan.end: {value: 2011, unit: year}\n', '{fact: plan.end}'), []);
  });

  it('that is not the form the key needs is a format problem at the reference', () => {
    expectFindings('format/schema', laaWith('plan.end: {value: soon}\n'), [
      { severity: 'error', message: '‘period.to’ has the wrong form: make it a four-digit year, such as ‘2020’, not ‘soon’.' },
    ]);
  });

  it('that the register does not have is for facts/unknown alone, not the format or the period', () => {
    expectFindings(['facts/unknown', 'format/schema', 'laa/period'], laaWith('other.fact: {value: 1}\n', '{fact: ⟦plan.end⟧}'), [
      { severity: 'error', message: '‘plan.end’ is not in the register of facts (facts.yaml): add it there, or correct the id.' },
    ]);
  });

  it('shows in the review’s header as the register’s value', () => {
    const { files } = laaWith('plan.end: {value: 2011, unit: year}\n', '{fact: plan.end}');
    const h = workspace(files);
    const { report } = reviewReport(h.engine, ['/ws/laa.md'], { base: '/ws' });
    deepStrictEqual(report.drafts[0].period, '2008 to 2011');
  });
});
