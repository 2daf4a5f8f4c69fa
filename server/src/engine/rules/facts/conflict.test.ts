import { deepStrictEqual } from 'node:assert/strict';
import { CORE, MINIMAL_SCS } from '../../../../../test/support/drafts';
import { checklistStatusOf, expectFindings, findingsOf, type Drafts } from '../../../../../test/support/rule-cases';

const RULE = 'facts/conflict';

/** A register without `housing.plan`, the fact the drafts below state. */
const REGISTER = 'plan.end: {value: 2026, unit: year, source: https://example.org/rss}\n';

/** The SCS (`scs.md`) and the Core Strategy (`ldf/core.md`), each with a sentence after its last heading, and the register. */
function drafts(
  scs: string,
  core: string,
  check: 'scs.md' | 'ldf/core.md' = 'ldf/core.md',
  register: string | null = REGISTER,
): Exclude<Drafts, string> {
  const files: Record<string, string> = { 'scs.md': `${MINIMAL_SCS}\n${scs}\n`, 'ldf/core.md': `${CORE}\n${core}\n` };
  if (register !== null) files['facts.yaml'] = register;
  return { files, check };
}

const message = (here: string, other: string, there: string) =>
  `‘housing.plan’ differs between drafts: agree one value and add it to the register of facts; this draft states “${here}”, ${other} “${there}”.`;

describe('facts/conflict', () => {
  it('reports a value another draft states otherwise for a fact not in the register, at the label, in each draft', () => {
    const scs = 'The district must plan for :fact[8,600 homes]{#housing.plan} by 2026.';
    const core = 'The strategy provides :fact[⟦9,000 homes⟧]{#housing.plan} by 2026.';
    expectFindings(RULE, drafts(scs, core), [{ severity: 'error', message: message('9,000 homes', 'scs.md', '8,600 homes') }]);
    const [finding] = findingsOf(RULE, drafts(scs, core));
    deepStrictEqual(finding.related, [
      { file: 'scs.md', at: ':fact[8,600 homes]{#housing.plan}', message: '‘housing.plan’ as scs.md states it' },
    ]);
    deepStrictEqual(finding.fix, undefined);
    expectFindings(
      RULE,
      drafts('The district must plan for :fact[⟦8,600 homes⟧]{#housing.plan} by 2026.', core.replace(/[⟦⟧]/g, ''), 'scs.md'),
      [{ severity: 'error', message: message('8,600 homes', 'ldf/core.md', '9,000 homes') }],
    );
  });

  it('reports a conflict when there is no register at all', () => {
    const core = 'The strategy provides :fact[⟦9,000 homes⟧]{#housing.plan}.';
    expectFindings(RULE, drafts('It needs :fact[8,600 homes]{#housing.plan}.', core, 'ldf/core.md', null), [
      { severity: 'error', message: message('9,000 homes', 'scs.md', '8,600 homes') },
    ]);
  });

  it('reports an empty label at the whole reference', () => {
    expectFindings(RULE, drafts('It needs :fact[8,600 homes]{#housing.plan}.', 'It provides ⟦:fact[]{#housing.plan}⟧.'), [
      { severity: 'error', message: message('', 'scs.md', '8,600 homes') },
    ]);
  });

  it('stays quiet when the drafts agree, numbers compared as numbers', () => {
    expectFindings(
      RULE,
      drafts('It needs :fact[8,600 homes]{#housing.plan}.', 'It provides :fact[8600  Homes]{#housing.plan}.'),
      [],
    );
    expectFindings(
      RULE,
      drafts('It needs :fact[8,600 homes]{#housing.plan}.', 'It provides :fact[8,600 homes]{#housing.plan}.'),
      [],
    );
  });

  it('stays quiet when the register has the fact: facts/mismatch says which draft is wrong', () => {
    const register = `${REGISTER}housing.plan: {value: 8600, unit: homes, source: https://example.org/rss}\n`;
    const both = drafts(
      'It needs :fact[8,600 homes]{#housing.plan}.',
      'It provides :fact[⟦9,000 homes⟧]{#housing.plan}.',
      'ldf/core.md',
      register,
    );
    expectFindings([RULE, 'facts/mismatch'], both, [
      {
        rule: 'facts/mismatch',
        severity: 'error',
        message:
          'States 9,000, but the register has 8,600 homes for ‘housing.plan’: write the register’s value, or correct the register (facts.yaml, no date given).',
      },
    ]);
  });

  it('stays quiet on a fact no other draft states, in its text or in its frontmatter, and on values that differ within one draft only', () => {
    expectFindings(RULE, drafts('The SCS states no figure.', 'It provides :fact[9,000 homes]{#housing.plan}.'), []);
    const frontmatter = drafts('', 'It provides :fact[9,000 homes]{#housing.plan}.');
    const files = {
      ...frontmatter.files,
      'scs.md': frontmatter.files['scs.md'].replace('  to: 2020', '  to: {fact: housing.plan}'),
    };
    expectFindings(RULE, { files, check: 'ldf/core.md' }, []);
    expectFindings(RULE, drafts('', 'It provides :fact[9,000 homes]{#housing.plan}, not :fact[8,600 homes]{#housing.plan}.'), []);
  });

  it('is not applicable to a draft whose text states no fact', () => {
    deepStrictEqual(checklistStatusOf(RULE, drafts('It needs :fact[8,600 homes]{#housing.plan}.', 'No figure.')), {
      status: 'not-applicable',
      reason: 'States no fact of the register in its text.',
    });
  });
});
