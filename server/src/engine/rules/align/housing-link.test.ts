import { strictEqual } from 'node:assert/strict';
import { crlf } from '../../../../../test/support/harness';
import { linked, withChange } from '../../../../../test/support/linked-drafts';
import { expectFindings, findingsOf } from '../../../../../test/support/rule-cases';

const RULE = 'align/housing-link';

describe('align/housing-link', () => {
  it('stays quiet when the housing strategy names its SCS', () => {
    expectFindings(RULE, linked('housing/housing.md'), []);
  });

  it('reports a housing strategy with no related.scs at `related`, or at the fence without it', () => {
    const files = withChange('housing/housing.md', (t) =>
      t.replace('related:\n  scs: ../scs/district.md', '⟦related⟧:\n  laa: ../laa/laa.md'),
    );
    expectFindings(RULE, linked('housing/housing.md', files), [
      {
        severity: 'warning',
        message:
          'This housing strategy names no Sustainable Community Strategy; add ‘related: {scs: <path to the SCS>}’ so that it can be kept aligned with it.',
      },
    ]);
    const none = withChange('housing/housing.md', (t) =>
      t.replace('related:\n  scs: ../scs/district.md\n', '').replace(/^---/, '⟦---⟧'),
    );
    expectFindings(RULE, linked('housing/housing.md', none), [
      {
        severity: 'warning',
        message:
          'This housing strategy names no Sustainable Community Strategy; add ‘related: {scs: <path to the SCS>}’ so that it can be kept aligned with it.',
      },
    ]);
  });
});

describe('align/housing-link fix', () => {
  const oneScs = (files: Record<string, string>) => {
    const copy = { ...files };
    delete copy['scs/county.md'];
    return copy;
  };

  it('links the only SCS of the workspace, creating `related`', () => {
    const files = oneScs(withChange('housing/housing.md', (t) => t.replace('related:\n  scs: ../scs/district.md\n', '')));
    const [finding] = findingsOf(RULE, linked('housing/housing.md', files));
    strictEqual(finding.fix!.title, 'Link ‘../scs/district.md’ as ‘related.scs’');
    const fixed = finding.fix!.result;
    strictEqual(
      fixed,
      files['housing/housing.md'].replace(
        '\n---\n# Millbrook Housing',
        '\nrelated: {scs: ../scs/district.md}\n---\n# Millbrook Housing',
      ),
    );
    expectFindings(RULE, linked('housing/housing.md', { ...files, 'housing/housing.md': fixed }), []);
  });

  it('adds `scs` to an existing block `related` in its indentation, with CRLF', () => {
    const files = oneScs(
      withChange('housing/housing.md', (t) =>
        crlf(t.replace('related:\n  scs: ../scs/district.md', 'related:\n  laa: ../laa/laa.md')),
      ),
    );
    const [finding] = findingsOf(RULE, linked('housing/housing.md', files));
    strictEqual(
      finding.fix!.result,
      files['housing/housing.md'].replace('  laa: ../laa/laa.md\r\n', '  laa: ../laa/laa.md\r\n  scs: ../scs/district.md\r\n'),
    );
  });

  it('offers no fix when there are several SCSs to choose from', () => {
    const files = withChange('housing/housing.md', (t) => t.replace('related:\n  scs: ../scs/district.md\n', ''));
    const [finding] = findingsOf(RULE, linked('housing/housing.md', files));
    strictEqual(finding.fix, undefined);
  });
});
