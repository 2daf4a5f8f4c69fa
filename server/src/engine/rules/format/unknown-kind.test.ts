import { deepStrictEqual } from 'node:assert/strict';
import { md } from '../../../../../test/support/harness';
import { expectFindings, findingsOf } from '../../../../../test/support/rule-cases';
import { RULE_IDS } from '../registry';

const RULE = 'format/unknown-kind';

describe('format/unknown-kind', () => {
  const misspelt = md`
    ---
    title: A strategy
    kind: ⟦sustainable-community-stratgy⟧
    ---
  `;

  it('suggests the nearest kind at the value', () => {
    // No other rule reports anything about a draft of no known kind.
    expectFindings(RULE_IDS, misspelt, [
      {
        rule: RULE,
        severity: 'error',
        message:
          '‘sustainable-community-stratgy’ is not a kind of strategy draft; did you mean ‘sustainable-community-strategy’?',
      },
    ]);
  });

  it('offers the suggestion as a fix that replaces only the value', () => {
    const [finding] = findingsOf(RULE, misspelt);
    deepStrictEqual(finding.fix, {
      title: 'Replace with ‘sustainable-community-strategy’',
      result: '---\ntitle: A strategy\nkind: sustainable-community-strategy\n---\n',
    });
  });

  it('lists the kinds when nothing is close', () => {
    expectFindings(RULE_IDS, '---\nkind: ⟦minutes⟧\n---\n', [
      {
        rule: RULE,
        severity: 'error',
        message:
          '‘minutes’ is not a kind of strategy draft; use ‘sustainable-community-strategy’, ‘scs’, ‘local-area-agreement’, ‘laa’, ‘core-strategy’, ‘ldf-core-strategy’ or ‘housing-strategy’.',
      },
    ]);
  });

  it('quotes a number, and calls a list or map “this value”', () => {
    expectFindings(RULE, '---\nkind: ⟦2008⟧\n---\n', [
      {
        severity: 'error',
        message:
          '‘2008’ is not a kind of strategy draft; use ‘sustainable-community-strategy’, ‘scs’, ‘local-area-agreement’, ‘laa’, ‘core-strategy’, ‘ldf-core-strategy’ or ‘housing-strategy’.',
      },
    ]);
    expectFindings(RULE, '---\nkind: ⟦[scs, laa]⟧\n---\n', [
      {
        severity: 'error',
        message:
          'This value is not a kind of strategy draft; use ‘sustainable-community-strategy’, ‘scs’, ‘local-area-agreement’, ‘laa’, ‘core-strategy’, ‘ldf-core-strategy’ or ‘housing-strategy’.',
      },
    ]);
  });

  it('stays quiet on every known kind and alias', () => {
    for (const kind of ['scs', 'laa', 'ldf-core-strategy', 'core-strategy', 'housing-strategy', 'local-area-agreement']) {
      expectFindings(RULE, `---\nkind: ${kind}\n---\n`, []);
    }
  });
});
