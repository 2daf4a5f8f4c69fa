import { deepStrictEqual } from 'node:assert/strict';
import { findingsOf, LINKED_DRAFTS, withChange } from './fixtures';

const RULE = 'align/broken-link';

describe('align/broken-link', () => {
  it('stays quiet when every related, document and body link resolves (fragments by id and by heading slug)', () => {
    for (const file of Object.keys(LINKED_DRAFTS)) deepStrictEqual(findingsOf(LINKED_DRAFTS, file, RULE), [], file);
  });

  it('reports a related link to a missing file, suggesting the nearest draft, with LF and CRLF', () => {
    const files = withChange('ldf/core.md', (t) => t.replace('path: ../scs/district.md', 'path: ../scs/distric.md'));
    const expected = [{
      rule: RULE, severity: 'error', range: [8, 14, 8, 31] as [number, number, number, number], at: '../scs/distric.md',
      message: '`related.scs` leads to `../scs/distric.md`, which does not exist; did you mean `../scs/district.md`?',
    }];
    deepStrictEqual(findingsOf(files, 'ldf/core.md', RULE), expected);
    deepStrictEqual(findingsOf(files, 'ldf/core.md', RULE, { crlf: true }), expected);
  });

  it('reports a link that leaves the workspace without reading it', () => {
    const files = withChange('housing/housing.md', (t) => t.replace('scs: ../scs/district.md', 'scs: ../../../etc/passwd'));
    deepStrictEqual(findingsOf(files, 'housing/housing.md', RULE), [{
      rule: RULE, severity: 'error', range: [8, 7, 8, 26], at: '../../../etc/passwd',
      message: '`related.scs` leads to `../../../etc/passwd`, outside the workspace; Placeshaper never reads files there. Link to a draft inside the workspace.',
    }]);
  });

  it('reports a related link of the wrong kind for its role', () => {
    const files = withChange('scs/district.md', (t) => t.replace('core-strategy: ../ldf/core.md', 'core-strategy: ../laa/laa.md'));
    deepStrictEqual(findingsOf(files, 'scs/district.md', RULE), [{
      rule: RULE, severity: 'error', range: [26, 17, 26, 30], at: '../laa/laa.md',
      message: '`related.core-strategy` should lead to an LDF Core Strategy, but `../laa/laa.md` is a Local Area Agreement; link the right document.',
    }]);
  });

  it('reports a body link whose fragment the target lacks, and a missing supporting document', () => {
    const files = withChange('laa/laa.md', (t) => t.replace('county.md#C1', 'county.md#C9'));
    deepStrictEqual(findingsOf(files, 'laa/laa.md', RULE), [{
      rule: RULE, severity: 'error', range: [35, 23, 35, 63], at: '[safer communities](../scs/county.md#C9)',
      message: 'This link names `#C9`, but `../scs/county.md` has no heading, priority, objective or target by that name; link an existing one.',
    }]);
    const missing = withChange('housing/housing.md', (t) => t.replace('./homelessness.md', './homeless.md'));
    deepStrictEqual(findingsOf(missing, 'housing/housing.md', RULE).map((f) => [f.at, f.message]), [
      ['./homeless.md', '`homelessness-strategy` leads to `./homeless.md`, which does not exist; check the path, relative to this draft.'],
    ]);
  });
});
