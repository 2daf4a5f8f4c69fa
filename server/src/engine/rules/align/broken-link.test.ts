import { LINKED_DRAFTS, linked, withChange } from '../../../../../test/support/linked-drafts';
import { expectFindings } from '../../../../../test/support/rule-cases';

const RULE = 'align/broken-link';

describe('align/broken-link', () => {
  it('stays quiet when every related, document and body link resolves (fragments by id and by heading slug)', () => {
    for (const file of Object.keys(LINKED_DRAFTS)) expectFindings(RULE, linked(file), []);
  });

  it('reports a related link to a missing file, suggesting the nearest draft', () => {
    const files = withChange('ldf/core.md', (t) => t.replace('path: ../scs/district.md', 'path: ⟦../scs/distric.md⟧'));
    expectFindings(RULE, linked('ldf/core.md', files), [
      {
        severity: 'error',
        message: '`related.scs` leads to `../scs/distric.md`, which does not exist; did you mean `../scs/district.md`?',
      },
    ]);
  });

  it('reports a link that leaves the workspace without reading it', () => {
    const files = withChange('housing/housing.md', (t) => t.replace('scs: ../scs/district.md', 'scs: ⟦../../../etc/passwd⟧'));
    expectFindings(RULE, linked('housing/housing.md', files), [
      {
        severity: 'error',
        message:
          '`related.scs` leads to `../../../etc/passwd`, outside the workspace; Placeshaper never reads files there. Link to a draft inside the workspace.',
      },
    ]);
  });

  it('reports a related link of the wrong kind for its role', () => {
    const files = withChange('scs/district.md', (t) =>
      t.replace('core-strategy: ../ldf/core.md', 'core-strategy: ⟦../laa/laa.md⟧'),
    );
    expectFindings(RULE, linked('scs/district.md', files), [
      {
        severity: 'error',
        message:
          '`related.core-strategy` should lead to an LDF Core Strategy, but `../laa/laa.md` is a Local Area Agreement; link the right document.',
      },
    ]);
  });

  it('reports a body link whose fragment the target lacks, and a missing supporting document', () => {
    const files = withChange('laa/laa.md', (t) =>
      t.replace('[safer communities](../scs/county.md#C1)', '⟦[safer communities](../scs/county.md#C9)⟧'),
    );
    expectFindings(RULE, linked('laa/laa.md', files), [
      {
        severity: 'error',
        message:
          'This link names `#C9`, but `../scs/county.md` has no heading, priority, objective or target by that name; link an existing one.',
      },
    ]);
    const missing = withChange('housing/housing.md', (t) => t.replace('./homelessness.md', '⟦./homeless.md⟧'));
    expectFindings(RULE, linked('housing/housing.md', missing), [
      {
        severity: 'error',
        message:
          '`homelessness-strategy` leads to `./homeless.md`, which does not exist; check the path, relative to this draft.',
      },
    ]);
  });
});
