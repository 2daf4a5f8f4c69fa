import { deepStrictEqual, strictEqual } from 'node:assert/strict';
import { crlf, workspace } from '../../../../../test/support/harness';
import { applyEdits } from '../support';
import { findingsOf, LINKED_DRAFTS, withChange } from './fixtures';

const RULE = 'align/housing-link';

describe('align/housing-link', () => {
  it('stays quiet when the housing strategy names its SCS', () => {
    deepStrictEqual(findingsOf(LINKED_DRAFTS, 'housing/housing.md', RULE), []);
  });

  it('reports a housing strategy with no related.scs at `related`, or at the fence without it', () => {
    const files = withChange('housing/housing.md', (t) => t.replace('related:\n  scs: ../scs/district.md', 'related:\n  laa: ../laa/laa.md'));
    const expected = [{
      rule: RULE, severity: 'warning', range: [7, 0, 7, 7] as [number, number, number, number], at: 'related',
      message: 'This housing strategy names no Sustainable Community Strategy; add `related: {scs: <path to the SCS>}` so that it can be kept aligned with it.',
    }];
    deepStrictEqual(findingsOf(files, 'housing/housing.md', RULE), expected);
    deepStrictEqual(findingsOf(files, 'housing/housing.md', RULE, { crlf: true }), expected);
    const none = withChange('housing/housing.md', (t) => t.replace('related:\n  scs: ../scs/district.md\n', ''));
    deepStrictEqual(findingsOf(none, 'housing/housing.md', RULE).map((f) => f.at), ['---']);
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
    const [finding] = workspace(files).findings('housing/housing.md').filter((f) => f.rule === RULE);
    strictEqual(finding.fix!.title, 'Link `../scs/district.md` as `related.scs`');
    const fixed = applyEdits(files['housing/housing.md'], finding.fix!.edits);
    strictEqual(fixed, files['housing/housing.md'].replace('\n---\n# Millbrook Housing', '\nrelated: {scs: ../scs/district.md}\n---\n# Millbrook Housing'));
    deepStrictEqual(findingsOf({ ...files, 'housing/housing.md': fixed }, 'housing/housing.md', RULE), []);
  });

  it('adds `scs` to an existing block `related` in its indentation, with CRLF', () => {
    const files = oneScs(withChange('housing/housing.md', (t) => crlf(t.replace('related:\n  scs: ../scs/district.md', 'related:\n  laa: ../laa/laa.md'))));
    const [finding] = workspace(files).findings('housing/housing.md').filter((f) => f.rule === RULE);
    strictEqual(applyEdits(files['housing/housing.md'], finding.fix!.edits), files['housing/housing.md'].replace('  laa: ../laa/laa.md\r\n', '  laa: ../laa/laa.md\r\n  scs: ../scs/district.md\r\n'));
  });

  it('offers no fix when there are several SCSs to choose from', () => {
    const files = withChange('housing/housing.md', (t) => t.replace('related:\n  scs: ../scs/district.md\n', ''));
    const [finding] = workspace(files).findings('housing/housing.md').filter((f) => f.rule === RULE);
    strictEqual(finding.fix, undefined);
  });
});
