import { MINIMAL_SCS } from '../../../../../test/support/drafts';
import { expectFindings, expectRegisterFindings } from '../../../../../test/support/rule-cases';

const RULE = 'facts/register-invalid';

/** A valid register with every key a fact may have, and the schema's own `$schema`. */
const VALID = [
  '# The register of facts and figures.',
  '$schema: https://example.org/facts.schema.json',
  'housing.requirement:',
  '  value: 10060',
  '  unit: homes',
  '  as-of: 2009-03-31',
  '  source: https://example.org/rss',
  '  owner: Planning Policy Team',
  '  aliases: [housing requirement, new homes]',
  '  earlier: [5720, {from: 5000, to: 6000}]',
  'plan.end: {value: 2028, unit: year, as-of: 2009, source: https://example.org/rss}',
  'plan.period: {value: {from: 2006, to: 2026}, source: https://example.org/rss}',
  'lsp_name-2: {value: Millbrook Partnership, source: https://example.org/rss}',
  '',
].join('\n');

/** The register beside a draft that reads it. */
const files = (register: string) => ({ 'scs.md': MINIMAL_SCS, 'facts.yaml': register });

const NOT_YAML = 'The register of facts is not valid YAML: ';

describe('facts/register-invalid', () => {
  it('stays quiet on a valid register, an empty one and one of comments only', () => {
    expectRegisterFindings(RULE, files(VALID), []);
    expectRegisterFindings(RULE, files(''), []);
    expectRegisterFindings(RULE, files('# Facts will be added here.\n'), []);
  });

  it('reports YAML that does not parse, at the place', () => {
    expectRegisterFindings(RULE, files('housing.requirement:\n\t⟦value: 10060⟧\n'), [
      { severity: 'error', message: `${NOT_YAML}a tab is used for indentation: replace it with spaces, which YAML needs.` },
    ]);
    expectRegisterFindings(RULE, files('housing.requirement:\n  value: 10060\n ⟦- homes⟧\n'), [
      {
        severity: 'error',
        message: `${NOT_YAML}a value is written where a key was expected: check the ‘key: value’ form and the indentation.`,
      },
    ]);
  });

  it('reports a key written twice, at the second', () => {
    expectRegisterFindings(
      RULE,
      files('plan.end: {value: 2028}\nhousing.requirement: {value: 10060}\n⟦plan.end⟧: {value: 2026}\n'),
      [{ severity: 'error', message: `${NOT_YAML}the same key appears twice in one map: keep one (‘plan.end’).` }],
    );
    expectRegisterFindings(RULE, files('plan.end:\n  value: 2028\n  ⟦value⟧: 2026\n'), [
      { severity: 'error', message: `${NOT_YAML}the same key appears twice in one map: keep one (‘value’).` },
    ]);
  });

  it('reports a register that is not a map, at its first line after the comments', () => {
    expectRegisterFindings(RULE, files('# Facts\n⟦- housing.requirement⟧\n- plan.end\n'), [
      {
        severity: 'error',
        message:
          'The register of facts is a map from each fact’s id to the fact: write it as ‘housing.requirement: {value: 10060, unit: homes}’.',
      },
    ]);
  });

  it('reports a fact without its value at the fact’s id', () => {
    expectRegisterFindings(RULE, files('⟦housing.requirement⟧:\n  unit: homes\n  source: https://example.org/rss\n'), [
      { severity: 'error', message: '‘housing.requirement’ lacks ‘value’: add ‘value’.' },
    ]);
  });

  it('reports a key that is not a fact id once, at the key', () => {
    expectRegisterFindings(
      RULE,
      files('⟦1st.plan⟧: {value: 1}\n⟦"housing requirement"⟧:\n  value: 10060\n⟦2026⟧: {value: 2}\nok.id: {value: 3}\n'),
      [
        { severity: 'error', message: '‘1st.plan’ is not a fact id: write it as dotted words, such as ‘housing.requirement’.' },
        {
          severity: 'error',
          message: '‘housing requirement’ is not a fact id: write it as dotted words, such as ‘housing.requirement’.',
        },
        { severity: 'error', message: '‘2026’ is not a fact id: write it as dotted words, such as ‘housing.requirement’.' },
      ],
    );
  });

  it('reports a value of the wrong type at the value', () => {
    const register = [
      'housing.requirement:',
      '  value: ⟦true⟧',
      '  unit: ⟦5⟧',
      '  as-of: ⟦March 2009⟧',
      'plan.period: {value: ⟦{from: 2006}⟧}',
      'plan.end: ⟦2028⟧',
      '',
    ].join('\n');
    expectRegisterFindings(RULE, files(register), [
      {
        severity: 'error',
        message:
          '‘housing.requirement.value’ has the wrong form: make it a number, a four-digit year, an ISO date (‘2009-03-31’), text, or a range ‘{from, to}’, not ‘true’.',
      },
      {
        severity: 'error',
        message:
          '‘housing.requirement.unit’ has the wrong form: make it the unit the value is in, as drafts write it (‘homes’, ‘year’, ‘%’), not ‘5’.',
      },
      {
        severity: 'error',
        message:
          '‘housing.requirement.as-of’ has the wrong form: make it the date (‘2009-03-31’) or year the value was established, not ‘March 2009’.',
      },
      {
        severity: 'error',
        message:
          '‘plan.period.value’ has the wrong form: make it a number, a four-digit year, an ISO date (‘2009-03-31’), text, or a range ‘{from, to}’, not a map.',
      },
      {
        severity: 'error',
        message: '‘plan.end’ has the wrong form: make it a fact with its ‘value’, and where it comes from, not ‘2028’.',
      },
    ]);
  });

  it('reports a key a fact does not have, suggesting the nearest', () => {
    expectRegisterFindings(RULE, files('housing.requirement:\n  value: 10060\n  ⟦sorce⟧: https://example.org/rss\n'), [
      { severity: 'error', message: '‘sorce’ is not a key of ‘housing.requirement’; did you mean ‘source’?' },
    ]);
  });

  it('reports nothing in the drafts that read the register', () => {
    const text = `${MINIMAL_SCS}\nIt provides :fact[10,060 homes]{#housing.requirement}.\n`;
    expectFindings(
      RULE,
      { files: { 'scs.md': text, 'facts.yaml': 'housing.requirement:\n\tvalue: 10060\n' }, check: 'scs.md' },
      [],
    );
  });
});
