import { deepStrictEqual } from 'node:assert/strict';
import { CLEAN_SCS, CORE } from '../../../../../test/support/drafts';
import { edit } from '../../../../../test/support/harness';
import { expectRegisterFindings, registerFindingsOf } from '../../../../../test/support/rule-cases';

const RULE = 'facts/unsourced';

/** The SCS lists `jsna-2025` as evidence; the Core Strategy lists `shma-2007`. */
const DRAFTS = {
  'scs.md': CLEAN_SCS,
  'ldf/core.md': edit(
    CORE,
    'community-involvement:',
    'evidence:\n  - {id: shma-2007, title: Strategic Housing Market Assessment, year: 2007}\ncommunity-involvement:',
  ),
};

const NO_SOURCE = (id: string) =>
  `Good practice: give ‘${id}’ a ‘source’, the id of the evidence a draft lists for it or an address, so that everyone works from one evidence base.`;
const NOT_LISTED = (source: string, id: string) =>
  `Good practice: list ‘${source}’, the source of ‘${id}’, under ‘evidence’ in the drafts that rest on it, or correct the id; no draft lists it now.`;

describe('facts/unsourced', () => {
  it('stays quiet when every fact names evidence a draft lists, or an address', () => {
    const register = [
      'housing.requirement: {value: 10060, unit: homes, source: shma-2007}',
      'health.need:',
      '  value: 12',
      '  source: jsna-2025',
      'plan.end: {value: 2026, unit: year, source: "https://example.org/regional-spatial-strategy"}',
      '',
    ].join('\n');
    expectRegisterFindings(RULE, { ...DRAFTS, 'facts.yaml': register }, []);
  });

  it('warns of a fact with no source, at its id', () => {
    const register = [
      '⟦housing.requirement⟧:',
      '  value: 10060',
      '  unit: homes',
      '⟦plan.end⟧: {value: 2026, unit: year}',
      '',
    ].join('\n');
    expectRegisterFindings(RULE, { ...DRAFTS, 'facts.yaml': register }, [
      { severity: 'warning', message: NO_SOURCE('housing.requirement') },
      { severity: 'warning', message: NO_SOURCE('plan.end') },
    ]);
  });

  it('warns of a source that no draft lists as evidence, at the source', () => {
    const register = [
      'housing.requirement:',
      '  value: 10060',
      '  source: ⟦shma-2008⟧',
      'health.need: {value: 12, source: ⟦"jsna-2026"⟧}',
      'jobs: {value: 41000, source: ⟦./employment-land-review.pdf⟧}',
      '',
    ].join('\n');
    expectRegisterFindings(RULE, { ...DRAFTS, 'facts.yaml': register }, [
      { severity: 'warning', message: NOT_LISTED('shma-2008', 'housing.requirement') },
      { severity: 'warning', message: NOT_LISTED('jsna-2026', 'health.need') },
      { severity: 'warning', message: NOT_LISTED('./employment-land-review.pdf', 'jobs') },
    ]);
  });

  it('reads the evidence of every draft, and warns when no draft is there to list it', () => {
    const register = 'housing.requirement: {value: 10060, source: ⟦shma-2007⟧}\n';
    expectRegisterFindings(RULE, { 'scs.md': CLEAN_SCS, 'facts.yaml': register }, [
      { severity: 'warning', message: NOT_LISTED('shma-2007', 'housing.requirement') },
    ]);
    expectRegisterFindings(RULE, { ...DRAFTS, 'facts.yaml': register.replace(/[⟦⟧]/g, '') }, []);
  });

  it('checks the register .placeshaper.yaml names, at its severity there', () => {
    const register = '⟦housing.requirement⟧: {value: 10060}\n';
    expectRegisterFindings(
      RULE,
      { ...DRAFTS, '.placeshaper.yaml': 'facts: data/register.yaml\n', 'data/register.yaml': register },
      [{ severity: 'warning', message: NO_SOURCE('housing.requirement') }],
    );
    const off = { ...DRAFTS, '.placeshaper.yaml': 'rules:\n  facts/unsourced: info\n', 'facts.yaml': register };
    deepStrictEqual(
      registerFindingsOf(RULE, off).map((finding) => [finding.severity, finding.at]),
      [['info', 'housing.requirement']],
    );
  });
});
