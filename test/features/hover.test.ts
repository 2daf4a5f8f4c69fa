import { deepStrictEqual, ok, strictEqual } from 'node:assert/strict';
import { hover } from '../../server/src/engine/features/hover';
import { GuidanceLibrary } from '../../server/src/engine/guidance/guidance';
import { withChange } from '../../server/src/engine/rules/align/fixtures';
import { linked } from './support';

const guidance = new GuidanceLibrary();
const quote = (id: string) => guidance.quote(guidance.passage(id)!);

describe('hover', () => {
  const ws = linked();

  it('on a frontmatter key quotes the guidance for that key verbatim, with source and section', () => {
    const result = hover(ws.engine, ws.path('laa/laa.md'), ws.offset('laa/laa.md', 'lead:', 2))!;
    strictEqual(ws.text('laa/laa.md', result.span), 'lead');
    const passages = guidance.forKey('targets.lead').slice(0, 2);
    strictEqual(result.markdown, `**\`targets.lead\`** — the lead partner\n\n${passages.map((p) => guidance.quote(p)).join('\n\n---\n\n')}`);
    ok(result.markdown.includes('— Creating Strong, Safe and Prosperous Communities'));
  });

  it('on a priority reference shows the definition from the linked SCS', () => {
    const result = hover(ws.engine, ws.path('laa/laa.md'), ws.offset('laa/laa.md', 'priority: C1', 10))!;
    strictEqual(ws.text('laa/laa.md', result.span), 'C1');
    strictEqual(result.markdown, [
      '**Priority `C1` — Safer communities**',
      '',
      'in *Exampleshire 2020* (Sustainable Community Strategy, ../scs/county.md)',
      '',
      '- principles: strong-healthy-and-just-society, good-governance',
      '- delivered by 1 target',
    ].join('\n'));
  });

  it('on an NI code shows only a verified title', () => {
    const result = hover(ws.engine, ws.path('laa/laa.md'), ws.offset('laa/laa.md', 'NI 16', 1))!;
    ok(result.markdown.startsWith('**NI 16 — Serious acquisitive crime rate**\n\n'), result.markdown);
  });

  it('on a diagnostic quotes the passage its rule rests on', () => {
    const files = withChange('laa/laa.md', (t) => t.replace('lead: Exampleshire Constabulary', 'lead: Jobcentre Plus'));
    const ws2 = linked(files);
    const result = hover(ws2.engine, ws2.path('laa/laa.md'), ws2.offset('laa/laa.md', 'Jobcentre Plus', 3))!;
    strictEqual(ws2.text('laa/laa.md', result.span), 'Jobcentre Plus');
    strictEqual(result.markdown, `**laa/lead-partner** (error): Target \`T1\`'s lead, Jobcentre Plus, is not among its partners; add it to the target's \`partners\`, or choose one of them as the lead.\n\n${quote('b7-lead-partner')}\n\n---\n\n${quote('c151-lead-partners')}`);
  });

  it('on a statutory term in the body quotes a passage that uses it', () => {
    const files = withChange('laa/laa.md', (t) => t + '\nThe Local Strategic Partnership agreed these targets.\n');
    const ws2 = linked(files);
    const result = hover(ws2.engine, ws2.path('laa/laa.md'), ws2.offset('laa/laa.md', 'Strategic Partnership', 2))!;
    strictEqual(ws2.text('laa/laa.md', result.span), 'Local Strategic Partnership');
    const passages = guidance.forTerm('Local Strategic Partnership').slice(0, 2);
    strictEqual(result.markdown, `**Local Strategic Partnership**\n\n${passages.map((p) => guidance.quote(p)).join('\n\n---\n\n')}`);
  });

  it('says nothing on ordinary text, or in ordinary Markdown', () => {
    const files = withChange('laa/laa.md', (t) => t + '\nThe weather was fine.\n');
    const ws2 = linked(files);
    strictEqual(hover(ws2.engine, ws2.path('laa/laa.md'), ws2.offset('laa/laa.md', 'weather')), undefined);
    strictEqual(hover(ws.engine, ws.path('housing/homelessness.md'), 3), undefined);
  });

  it('finds passages for every term in the corpus through the body', () => {
    for (const term of ['JSNA', 'duty to involve', 'representatives of local persons', 'best value', 'commissioning', 'Comprehensive Area Assessment']) {
      deepStrictEqual(guidance.forTerm(term).length > 0, true, term);
    }
  });
});
