import { deepStrictEqual, strictEqual } from 'node:assert/strict';
import { Engine, MemoryFileSystem, newDraftText, scsChoices, type Kind } from '../../server/src/engine';
import { edit } from '../support/harness';
import { LINKED_DRAFTS } from '../support/linked-drafts';

const TODAY = new Date('2026-11-30T12:00:00Z');
const KINDS: Kind[] = ['sustainable-community-strategy', 'local-area-agreement', 'core-strategy', 'housing-strategy'];

/** The district SCS of the linked drafts, brought up to date: a current period and evidence. */
const CURRENT_SCS = [
  ['period: {from: 2008, to: 2026}', 'period: {from: 2025, to: 2040}'],
  ['year: 2007, type: jsna', 'year: 2025, type: jsna'],
  [
    'shma-2007, title: Strategic Housing Market Assessment, year: 2007',
    'shma-2025, title: Strategic Housing Market Assessment, year: 2025',
  ],
].reduce((text, [from, to]) => edit(text, from, to), LINKED_DRAFTS['scs/district.md']);

/** A new draft of `kind` saved at /ws/new/draft.md, and what the engine finds in it. */
function newDraft(kind: Kind, files: Record<string, string>, scs?: string) {
  const host = new MemoryFileSystem(files);
  const engine = new Engine({ host, root: '/ws', today: TODAY });
  const text = newDraftText(engine, {
    kind,
    title: 'Millbrook Test',
    authority: { name: 'Millbrook District Council', type: 'district' },
    path: '/ws/new/draft.md',
    scs,
  });
  host.write('/ws/new/draft.md', text);
  const findings = new Engine({ host, root: '/ws', today: TODAY }).check('/ws/new/draft.md');
  return { text, findings: findings.map((f) => `${f.severity} ${f.rule}`) };
}

describe('a new draft from the template', () => {
  for (const kind of KINDS) {
    it(`a ${kind} has no errors and no warnings, alone and with the workspace's SCS`, () => {
      const alone = newDraft(kind, {});
      deepStrictEqual(
        alone.findings.filter((f) => !f.startsWith('info ')),
        [],
        alone.text,
      );
      const linked = newDraft(kind, { '/ws/scs/district.md': CURRENT_SCS }, '/ws/scs/district.md');
      deepStrictEqual(
        linked.findings.filter((f) => !f.startsWith('info ')),
        [],
        linked.text,
      );
    });
  }

  it('says what to fill in next with infos only', () => {
    deepStrictEqual(newDraft('core-strategy', {}).findings, [
      'info core/community-involvement',
      'info core/sustainability-appraisal',
    ]);
    deepStrictEqual(newDraft('local-area-agreement', {}).findings, ['info laa/relates-to-scs']);
  });

  it('links the chosen SCS relative to where the draft is saved, and carries over its vision, evidence and a priority', () => {
    const { text } = newDraft('local-area-agreement', { '/ws/scs/district.md': CURRENT_SCS }, '/ws/scs/district.md');
    strictEqual(
      text,
      [
        '---',
        'kind: local-area-agreement',
        'title: Millbrook Test',
        'authority:',
        '  name: Millbrook District Council',
        '  type: district',
        'partnership: <the name of the Local Strategic Partnership>',
        'period:',
        '  from: 2026',
        '  to: 2029',
        'status: draft',
        'related:',
        '  scs: ../scs/district.md',
        'partners:',
        '  - Millbrook District Council',
        'targets:',
        '  - id: T1',
        '    indicator: local',
        '    title: <what the target measures>',
        '    designated: false',
        '    baseline:',
        '      value: <the baseline value>',
        '      year: 2026',
        '    target:',
        '      value: <the value to reach>',
        '      year: 2029',
        '    lead: Millbrook District Council',
        '    partners:',
        '      - Millbrook District Council',
        '    priority: D1',
        'consultation:',
        '  from: 2026-11-30',
        '  to: 2027-02-22',
        '  groups:',
        '    - residents',
        '    - children-and-young-people',
        '    - hard-to-reach',
        '    - third-sector',
        '    - businesses',
        '    - parish-councils',
        '    - elected-members',
        '---',
        '# Millbrook Test',
        '',
        'The delivery agreement for [Millbrook Matters](../scs/district.md).',
        '',
        '## Targets',
        '',
        'What each target measures, who leads it, and which priority of the SCS it delivers.',
        '',
      ].join('\n'),
    );
    const core = newDraft('core-strategy', { '/ws/scs/district.md': CURRENT_SCS }, '/ws/scs/district.md').text;
    strictEqual(core.includes(`vision: ${LINKED_DRAFTS['scs/district.md'].match(/vision: (.*)/)![1]}\n`), true, core);
    strictEqual(core.includes('  - id: shma-2025\n'), true, core);
  });

  it('offers the workspace’s SCS drafts to choose from', () => {
    const engine = new Engine({
      host: new MemoryFileSystem({
        '/ws/scs/district.md': CURRENT_SCS,
        '/ws/scs/county.md': LINKED_DRAFTS['scs/county.md'],
        '/ws/laa.md': LINKED_DRAFTS['laa/laa.md'],
      }),
      root: '/ws',
      today: TODAY,
    });
    deepStrictEqual(scsChoices(engine), [
      { path: '/ws/scs/county.md', title: 'Exampleshire 2020' },
      { path: '/ws/scs/district.md', title: 'Millbrook Matters' },
    ]);
  });
});
