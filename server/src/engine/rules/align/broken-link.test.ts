import { deepStrictEqual, strictEqual } from 'node:assert/strict';
import * as path from 'node:path';
import { ROOT } from '../../../../../test/support/harness';
import { LINKED_DRAFTS, linked, withChange } from '../../../../../test/support/linked-drafts';
import { messageStyleProblem } from '../../../../../test/support/message-style';
import { checklistStatusOf, expectFindings } from '../../../../../test/support/rule-cases';
import { Engine, MemoryFileSystem } from '../../../engine';

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
        message:
          '‘related.scs’ leads to a file that does not exist: did you mean ‘../scs/district.md’ rather than ‘../scs/distric.md’?',
      },
    ]);
  });

  it('reports a link that leaves the workspace without reading it', () => {
    const files = withChange('housing/housing.md', (t) => t.replace('scs: ../scs/district.md', 'scs: ⟦../../../etc/passwd⟧'));
    expectFindings(RULE, linked('housing/housing.md', files), [
      {
        severity: 'error',
        message:
          '‘related.scs’ leads outside the workspace: link to a draft inside it instead of ‘../../../etc/passwd’; Placeshaper never reads files outside the workspace.',
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
          '‘related.core-strategy’ should lead to an LDF Core Strategy: link one instead of ‘../laa/laa.md’, which is a Local Area Agreement.',
      },
    ]);
    const plain = withChange('scs/district.md', (t) =>
      t.replace('core-strategy: ../ldf/core.md', 'core-strategy: ⟦../housing/homelessness.md⟧'),
    );
    expectFindings(RULE, linked('scs/district.md', plain), [
      {
        severity: 'error',
        message:
          '‘related.core-strategy’ should lead to an LDF Core Strategy: link one instead of ‘../housing/homelessness.md’, which is an ordinary Markdown file.',
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
          'This link names a fragment the linked draft lacks: link an existing heading, priority, objective or target of ‘../scs/county.md’ instead of ‘#C9’.',
      },
    ]);
    const missing = withChange('housing/housing.md', (t) => t.replace('./homelessness.md', '⟦./homeless.md⟧'));
    expectFindings(RULE, linked('housing/housing.md', missing), [
      {
        severity: 'error',
        message:
          '‘homelessness-strategy’ leads to a file that does not exist: check the path ‘./homeless.md’, which is relative to this draft.',
      },
    ]);
  });

  it('only notes a link beyond a folder read around a draft opened on its own, unchecked', () => {
    // expectFindings reads every workspace as a folder given; a root inferred for a lone draft needs an engine of its own.
    const files = withChange('housing/housing.md', (t) => t.replace('./homelessness.md', '../../../etc/passwd.md'));
    const fs = new MemoryFileSystem(
      Object.fromEntries(Object.entries(files).map(([name, text]) => [path.join(ROOT, name), text])),
    );
    const engine = new Engine({ host: fs, root: ROOT, rootIsInferred: true, today: new Date('2026-11-21T12:00:00Z') });
    const findings = engine.check(path.join(ROOT, 'housing/housing.md')).filter((f) => f.rule === RULE);
    const text = files['housing/housing.md'];
    deepStrictEqual(
      findings.map((f) => ({ severity: f.severity, at: text.slice(f.span.start, f.span.end), message: f.message })),
      [
        {
          severity: 'info',
          at: '../../../etc/passwd.md',
          message:
            '‘homelessness-strategy’ was not checked: open the folder that holds both drafts as a workspace to check it; ‘../../../etc/passwd.md’ lies beyond the folder Placeshaper reads around this draft.',
        },
      ],
    );
    strictEqual(messageStyleProblem(findings[0].message), undefined);
  });
});

describe('align/broken-link in the review checklist', () => {
  it('is not applicable to a draft that links to nothing', () => {
    const alone = { files: { 'scs.md': LINKED_DRAFTS['scs/county.md'].replace(/\n#[^]*$/, '\n') }, check: 'scs.md' };
    deepStrictEqual(checklistStatusOf(RULE, alone), { status: 'not-applicable', reason: 'The draft links to no other file.' });
    deepStrictEqual(checklistStatusOf(RULE, linked('ldf/core.md')), { status: 'met' });
  });
});
