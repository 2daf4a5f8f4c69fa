import { deepStrictEqual } from 'node:assert/strict';
import { workspace } from '../../../../../test/support/harness';
import { applyEdits } from '../support';
import { findingsOf, LINKED_DRAFTS, withChange } from './fixtures';

const RULE = 'align/unknown-priority';

describe('align/unknown-priority', () => {
  it('stays quiet when every `delivers` and `supports` id is a priority of the linked SCS', () => {
    deepStrictEqual(findingsOf(LINKED_DRAFTS, 'ldf/core.md', RULE), []);
    deepStrictEqual(findingsOf(LINKED_DRAFTS, 'housing/housing.md', RULE), []);
  });

  it('reports a Core Strategy objective delivering an unknown priority, with LF and CRLF', () => {
    const files = withChange('ldf/core.md', (t) => t.replace('delivers: [D2]', 'delivers: [D2, D7]'));
    const expected = [{
      rule: RULE, severity: 'error', range: [11, 60, 11, 62] as [number, number, number, number], at: 'D7',
      message: 'Objective `O2` delivers `D7`, which is not a priority of Millbrook Matters (../scs/district.md); use one of its priority ids (`D1`, `D2`, `D3`).',
    }];
    deepStrictEqual(findingsOf(files, 'ldf/core.md', RULE), expected);
    deepStrictEqual(findingsOf(files, 'ldf/core.md', RULE, { crlf: true }), expected);
  });

  it('reports a housing priority supporting an unknown priority, points at the SCS priorities and offers the nearest id', () => {
    const files = withChange('housing/housing.md', (t) => t.replace('supports: [D1, D3]', 'supports: [D1, d3]'));
    deepStrictEqual(findingsOf(files, 'housing/housing.md', RULE).map((f) => [f.at, f.message]), [
      ['d3', 'Housing priority `H1` supports `d3`, which is not a priority of Millbrook Matters (../scs/district.md); did you mean `D3`?'],
    ]);
    const [finding] = workspace(files).findings('housing/housing.md').filter((f) => f.rule === RULE);
    const scs = files['scs/district.md'];
    deepStrictEqual(finding.related, [{ path: '/ws/scs/district.md', span: { start: scs.indexOf('priorities:'), end: scs.indexOf('priorities:') + 10 }, message: 'The SCS priorities it can name' }]);
    deepStrictEqual(applyEdits(files['housing/housing.md'], finding.fix!.edits), LINKED_DRAFTS['housing/housing.md']);
  });

  it('stays quiet when there is no SCS to resolve against', () => {
    const files = withChange('housing/housing.md', (t) => t.replace('scs: ../scs/district.md', 'scs: ../scs/missing.md').replace('[D1, D3]', '[X1]'));
    deepStrictEqual(findingsOf(files, 'housing/housing.md', RULE), []);
  });
});
