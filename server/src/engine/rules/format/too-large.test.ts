import { deepStrictEqual } from 'node:assert/strict';
import { CLEAN_SCS } from '../../../../../test/support/drafts';
import { edit } from '../../../../../test/support/harness';
import { expectFindings, findingsOf } from '../../../../../test/support/rule-cases';
import { MAX_DRAFT_LENGTH } from '../../parse/parse-draft';

const RULE = 'format/too-large';

describe('format/too-large', () => {
  // The body is one long line, so that the draft's size in MB reads the same with CRLF and with a byte order mark.
  const huge =
    CLEAN_SCS +
    '\n' +
    'Some text about the partnership. '.repeat(Math.ceil(MAX_DRAFT_LENGTH / 30)) +
    '\n[broken](./missing.md)\n';

  it('reports an oversized draft once, at the fence, and checks only its frontmatter', () => {
    const marked = edit(edit(huge, '---\n', '⟦---⟧\n'), '  - id: P1\n', '  - id: ⟦P1⟧\n');
    // The broken link in the body is never read, but the frontmatter rules still run: the draft's
    // undelivered priority is reported as in a draft of ordinary size (that rule's tests hold its wording).
    const [undelivered] = findingsOf('align/undelivered-priority', CLEAN_SCS);
    expectFindings([RULE, 'align/broken-link', 'align/undelivered-priority'], marked, [
      {
        severity: 'info',
        message: `This draft is ${(huge.length / 1_000_000).toFixed(1)} MB, more than the 5.0 MB Placeshaper reads in full: split the body into several drafts to have it checked too, as only the frontmatter is checked now.`,
      },
      {
        rule: 'align/undelivered-priority',
        severity: 'info',
        message: undelivered.message,
      },
    ]);
  });

  it('stays quiet on a draft of ordinary size', () => {
    expectFindings(RULE, CLEAN_SCS, []);
  });

  it('treats a binary file named .md as no draft at all', () => {
    const binary = `---\nkind: scs\n---\n\u0000\u0001\u0002PNG`;
    deepStrictEqual(findingsOf('*', { files: { 'image.md': binary }, check: 'image.md' }), []);
  });
});
