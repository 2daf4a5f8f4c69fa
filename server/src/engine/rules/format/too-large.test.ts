import { deepStrictEqual, ok } from 'node:assert/strict';
import { CLEAN_SCS, check, workspace } from '../../../../../test/support/harness';
import { MAX_DRAFT_LENGTH } from '../../parse/parse-draft';

describe('format/too-large', () => {
  const huge = CLEAN_SCS + '\nSome text about the partnership. '.repeat(Math.ceil(MAX_DRAFT_LENGTH / 30)) + '\n[broken](./missing.md)\n';

  it('reports an oversized draft once, at the fence, and checks only its frontmatter', () => {
    const seen = check(huge);
    deepStrictEqual(seen.filter((s) => s.rule === 'format/too-large'), [{
      rule: 'format/too-large',
      severity: 'info',
      range: [0, 0, 0, 3],
      message: `This draft is ${(huge.length / 1_000_000).toFixed(1)} MB, more than the 5.0 MB Placeshaper reads in full: only its frontmatter is checked. Split the body into several drafts to have it checked too.`,
    }]);
    // The broken link in the body is never read.
    deepStrictEqual(seen.some((s) => s.rule === 'align/broken-link'), false);
    ok(seen.some((s) => s.rule === 'align/undelivered-priority'), 'frontmatter rules still run');
  });

  it('stays quiet on a draft of ordinary size', () => {
    deepStrictEqual(check(CLEAN_SCS, ['format/too-large']), []);
  });

  it('treats a binary file named .md as no draft at all', () => {
    const binary = `---\nkind: scs\n---\n\u0000\u0001\u0002PNG`;
    deepStrictEqual(workspace({ 'image.md': binary }).check('image.md'), []);
  });
});
