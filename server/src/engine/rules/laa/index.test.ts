import { deepStrictEqual } from 'node:assert/strict';
import { LAA, SCS, laa } from '../../../../../test/support/laa-drafts';
import { expectFindings } from '../../../../../test/support/rule-cases';
import { RULE_IDS } from '../registry';
import { laaRules } from '.';

describe('laa rules', () => {
  it('are exported in catalogue order, each for local area agreements only', () => {
    deepStrictEqual(
      laaRules.map((rule) => rule.id),
      [
        'laa/relates-to-scs',
        'laa/unknown-priority',
        'laa/designated-limit',
        'laa/indicator',
        'laa/lead-partner',
        'laa/named-partners',
        'laa/baseline',
        'laa/period',
        'laa/duty-to-consult',
      ],
    );
    deepStrictEqual(
      laaRules.map((rule) => rule.kinds),
      laaRules.map(() => ['local-area-agreement']),
    );
  });

  it('find nothing wrong with the clean fixtures, which pass the format rules too', () => {
    const relevant = RULE_IDS.filter((rule) => rule.startsWith('laa/') || rule.startsWith('format/'));
    expectFindings(relevant, laa(LAA), []);
    expectFindings(relevant, { files: { 'scs.md': SCS, 'laa.md': LAA }, check: 'scs.md' }, []);
  });
});
