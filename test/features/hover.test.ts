import { deepStrictEqual, ok, strictEqual } from 'node:assert/strict';
import { hover } from '../../server/src/engine/features/hover';
import { GuidanceLibrary } from '../../server/src/engine/guidance/guidance';
import { withChange } from '../support/linked-drafts';
import { crlf } from '../support/harness';
import { LINKED_DRAFTS } from '../support/linked-drafts';
import { linkedWorkspace } from '../support/linked-workspace';

const guidance = new GuidanceLibrary();
const link = (ruleId: string) => `https://example.org/rules#${ruleId}`;
const CLG = 'CLG, *Summary of Responses to Consultation*, July 2008';

/** The linked drafts with one change, with LF line endings and again with CRLF. */
function bothLineEndings(file: string, change: (text: string) => string): [string, Record<string, string>][] {
  const lf = withChange(file, change);
  return [
    ['LF', lf],
    ['CRLF', Object.fromEntries(Object.entries(lf).map(([name, text]) => [name, crlf(text)]))],
  ];
}

describe('hover', () => {
  const ws = linkedWorkspace();

  describe('on a diagnostic: the rule and its basis, the most authoritative ground with its source in view, and a link to the rest', () => {
    for (const [endings, files] of bothLineEndings('laa/laa.md', (t) =>
      t.replace('lead: Exampleshire Constabulary', 'lead: Jobcentre Plus'),
    )) {
      it(`a requirement (laa/lead-partner), ${endings}`, () => {
        const w = linkedWorkspace(files);
        const result = hover(w.engine, w.path('laa/laa.md'), w.offset('laa/laa.md', 'Jobcentre Plus', 3), { ruleLink: link })!;
        strictEqual(w.text('laa/laa.md', result.span), 'Jobcentre Plus');
        strictEqual(
          result.markdown,
          [
            '**laa/lead-partner** · requirement — the statutory guidance expects this',
            '',
            '> Draft LAAs will need to clearly identify, by name, which partner authorities have agreed to help deliver each target and one partner must be identified as the lead to ensure progress against targets',
            '',
            "— APSE's summary of the statutory guidance — APSE briefing (undated), §7",
            '',
            '[All the guidance behind laa/lead-partner (2 passages)](https://example.org/rules#laa/lead-partner)',
          ].join('\n'),
        );
      });
    }

    for (const [endings, files] of bothLineEndings('laa/laa.md', (t) =>
      t.replace('period: {from: 2008, to: 2011}', 'period: {from: 2008, to: 2012}'),
    )) {
      it(`a fact (laa/period): the fact and its sources before any passage, ${endings}`, () => {
        const w = linkedWorkspace(files);
        const result = hover(w.engine, w.path('laa/laa.md'), w.offset('laa/laa.md', 'period:', 2))!;
        strictEqual(w.text('laa/laa.md', result.span), 'period');
        strictEqual(
          result.markdown,
          [
            '**laa/period** · fact — a fact of the statutory regime',
            '',
            '**Fact:** A Local Area Agreement runs for three years: the agreements of 2008 cover 2008–11, with targets for 2008/9, 2009/10 and 2010/11.',
            '',
            '— Sources: [Durham County Council, Local Area Agreement 2008–2011: Review and Refresh (27 February 2009)](https://democracy.durham.gov.uk/CeListDocuments.aspx?MID=2965&RD=A9%20Local%20Area%20Agreement%20%28LAA%29%202008%20-%202011%20Review%20-%20Refresh&DF=27%2f02%2f2009&A=1&R=0); [Salford Agreement 2008–11, Refresh](https://docest.com/doc/49794/improving-educational-attainment)',
            '',
            'All the guidance behind laa/period (1 fact, 2 passages): `placeshaper explain laa/period`',
          ].join('\n'),
        );
      });
    }

    for (const [endings, files] of bothLineEndings('ldf/core.md', (t) =>
      t.replace(/vision: .*/, 'vision: Something else entirely.'),
    )) {
      it(`good practice (align/shared-vision): the quote is named as respondents' views, not a requirement, ${endings}`, () => {
        const w = linkedWorkspace(files);
        const result = hover(w.engine, w.path('ldf/core.md'), w.offset('ldf/core.md', 'Something else', 2), { ruleLink: link })!;
        strictEqual(w.text('ldf/core.md', result.span), 'Something else entirely.');
        strictEqual(
          result.markdown,
          [
            '**align/shared-vision** · good practice — what consultation respondents reported, not a requirement',
            '',
            "> Establishing a shared 'vision' – a common top-line statement setting out the long-term vision for the region – that can be used across all strategies has proved useful for alignment purposes",
            '',
            `— Consultation respondents' views — ${CLG}, §1.2.1 — not a requirement`,
            '',
            '[All the guidance behind align/shared-vision (3 passages)](https://example.org/rules#align/shared-vision)',
          ].join('\n'),
        );
      });
    }

    for (const [endings, files] of bothLineEndings('laa/laa.md', (t) =>
      t.replace('scs: ../scs/county.md', 'scs: ../scs/gone.md'),
    )) {
      it(`a consistency check (align/broken-link): no passage, said so, ${endings}`, () => {
        const w = linkedWorkspace(files);
        const result = hover(w.engine, w.path('laa/laa.md'), w.offset('laa/laa.md', 'gone.md', 1), { ruleLink: link })!;
        strictEqual(
          result.markdown,
          [
            '**align/broken-link** · consistency check — rests on no passage of the guidance',
            '',
            '[More about align/broken-link](https://example.org/rules#align/broken-link)',
          ].join('\n'),
        );
      });
    }

    it('cuts a long passage at a sentence, with "…", so that its attribution stays in view', () => {
      const files = withChange('scs/county.md', (t) =>
        t.replace(
          'groups: [residents, children-and-young-people, hard-to-reach, elected-members, parish-councils, businesses, third-sector]',
          'groups: [residents]',
        ),
      );
      const w = linkedWorkspace(files);
      const markdown = hover(w.engine, w.path('scs/county.md'), w.offset('scs/county.md', 'groups: [residents]', 12))!.markdown;
      const representatives = markdown.split('\n\n---\n\n').find((s) => s.startsWith('**involve/representatives**'))!;
      const quote = representatives.split('\n\n')[1];
      ok(quote.startsWith('> However, we have made clear that representatives of local persons includes'), quote);
      ok(quote.split(/\s+/).length <= 82, `${quote.split(/\s+/).length} words`);
      ok(representatives.includes(`\n\n— Government response — ${CLG}, §1.1.1\n\n`));
    });
  });

  it('on a frontmatter key leads with the one passage that speaks to it, cut around what it says of the key', () => {
    const result = hover(ws.engine, ws.path('laa/laa.md'), ws.offset('laa/laa.md', 'lead:', 2))!;
    strictEqual(ws.text('laa/laa.md', result.span), 'lead');
    strictEqual(
      result.markdown,
      [
        '**`targets.lead`** — the lead partner',
        '',
        '> … However, we have asked for partners to voluntarily identify themselves as ‘lead partners’ where appropriate when LAAs are submitted, in order to assist local partners in keeping track of who will be leading on each target.',
        '',
        `— Government response — ${CLG}, §1.5.1`,
      ].join('\n'),
    );
  });

  it('on the first and the last character of a key that follows another (the value before runs on to it)', () => {
    for (const shift of [0, 'partnership'.length]) {
      const result = hover(ws.engine, ws.path('laa/laa.md'), ws.offset('laa/laa.md', 'partnership:', shift));
      strictEqual(result && ws.text('laa/laa.md', result.span), 'partnership', `at ${shift}`);
    }
    for (const shift of [0, 'lead'.length]) {
      const result = hover(ws.engine, ws.path('laa/laa.md'), ws.offset('laa/laa.md', 'lead:', shift));
      strictEqual(result && ws.text('laa/laa.md', result.span), 'lead', `at ${shift}`);
    }
  });

  it('on a key quotes a passage about the draft’s own kind (full council, for an SCS)', () => {
    const scs = withChange('scs/county.md', (t) =>
      t.replace('status: submitted', 'status: adopted\napproval: {body: full-council, date: 2008-07-17}'),
    );
    const w = linkedWorkspace(scs);
    const result = hover(w.engine, w.path('scs/county.md'), w.offset('scs/county.md', 'body:', 1))!;
    strictEqual(
      result.markdown,
      [
        '**`approval.body`** — the body that approved it',
        '',
        '> The duty to prepare an SCS applies to county councils, district councils, London borough councils, the City of London council and the Council of the Isles of Scilly and the SCS must be agreed at full council.',
        '',
        "— APSE's summary of the statutory guidance — APSE briefing (undated), §5",
      ].join('\n'),
    );
  });

  it('on a priority reference shows the definition from the linked SCS', () => {
    const result = hover(ws.engine, ws.path('laa/laa.md'), ws.offset('laa/laa.md', 'priority: C1', 10))!;
    strictEqual(ws.text('laa/laa.md', result.span), 'C1');
    strictEqual(
      result.markdown,
      [
        '**Priority `C1` — Safer communities**',
        '',
        'in *Exampleshire 2020* (Sustainable Community Strategy, ../scs/county.md)',
        '',
        '- principles: strong-healthy-and-just-society, good-governance',
        '- delivered by 1 target',
      ].join('\n'),
    );
  });

  it('on a priority counts what delivers it as its code lens does, in the plural where there are several', () => {
    const files = withChange('housing/housing.md', (t) =>
      t.replace(
        '  - {id: H1, title: Affordable homes, supports: [D1, D3]}\n',
        '  - {id: H1, title: Affordable homes, supports: [D1, D3]}\n  - {id: H2, title: Warm homes, supports: [D1]}\n',
      ),
    );
    const w = linkedWorkspace(files);
    const result = hover(w.engine, w.path('ldf/core.md'), w.offset('ldf/core.md', 'delivers: [D1]', 11))!;
    strictEqual(result.markdown.split('\n').at(-1), '- delivered by 1 objective, 2 housing priorities');
  });

  it('on an NI code shows only a verified title, and the fact of the National Indicator Set with its source', () => {
    const result = hover(ws.engine, ws.path('laa/laa.md'), ws.offset('laa/laa.md', 'NI 16', 1))!;
    strictEqual(
      result.markdown,
      [
        '**NI 16 — Serious acquisitive crime rate**',
        '',
        '**Fact:** The National Indicator Set has 198 indicators: NI 31 (re-offending by registered sex offenders) was dropped and NI 199 (play) added, so the codes run from NI 1 to NI 199 without NI 31.',
        '',
        '— Source: [Communities and Local Government, National Indicators (web page, archived by The National Archives)](http://webarchive.nationalarchives.gov.uk/+/http:/www.communities.gov.uk/localgovernment/performanceframeworkpartnerships/nationalindicators/)',
      ].join('\n'),
    );
  });

  it('on a statutory term in the body quotes the most authoritative passage that says it', () => {
    const files = withChange('laa/laa.md', (t) => t + '\nThe Local Strategic Partnership agreed these targets.\n');
    const w = linkedWorkspace(files);
    const result = hover(w.engine, w.path('laa/laa.md'), w.offset('laa/laa.md', 'Strategic Partnership', 2))!;
    strictEqual(w.text('laa/laa.md', result.span), 'Local Strategic Partnership');
    strictEqual(
      result.markdown,
      [
        '**Local Strategic Partnership**',
        '',
        '> The draft guidance builds on the messages about Local Strategic Partnerships in the 2006 *Local Government White Paper*: that they need to exercise a greater strategic leadership role; be more responsive to the needs of local citizens and communities; and that local authorities must play a leading role in the partnership.',
        '',
        `— Government response — ${CLG}, §1.1.2`,
      ].join('\n'),
    );
  });

  it('on a control comment explains the rule it names, with its basis and what it rests on', () => {
    const files = withChange('laa/laa.md', (t) => t + '\n<!-- placeshaper-disable-next-line laa/baseline -->\n');
    const w = linkedWorkspace(files);
    const result = hover(w.engine, w.path('laa/laa.md'), w.offset('laa/laa.md', 'laa/baseline', 2), { ruleLink: link })!;
    strictEqual(
      result.markdown,
      [
        '**laa/baseline** · good practice — what consultation respondents reported, not a requirement',
        '',
        'A target has no `baseline` with a `value` and a `year`, or no `target` with a `value` and a `year`. (warning by default)',
        '',
        '> There should be a requirement to establish targets that have a demonstrable baseline against which to measure and to determine indicators that establish ‘root causes’ of issues as opposed to the symptoms',
        '',
        `— Consultation respondents' views — ${CLG}, §1.5.1 — not a requirement`,
        '',
        '[All the guidance behind laa/baseline (1 passage)](https://example.org/rules#laa/baseline)',
      ].join('\n'),
    );
  });

  it('says nothing on ordinary text, or in ordinary Markdown', () => {
    const files = withChange('laa/laa.md', (t) => t + '\nThe weather was fine.\n');
    const w = linkedWorkspace(files);
    strictEqual(hover(w.engine, w.path('laa/laa.md'), w.offset('laa/laa.md', 'weather')), undefined);
    strictEqual(hover(ws.engine, ws.path('housing/homelessness.md'), 3), undefined);
  });

  it('finds passages for every term in the corpus through the body', () => {
    for (const term of [
      'JSNA',
      'duty to involve',
      'representatives of local persons',
      'best value',
      'commissioning',
      'Comprehensive Area Assessment',
    ]) {
      deepStrictEqual(guidance.forTerm(term).length > 0, true, term);
    }
    ok(Object.keys(LINKED_DRAFTS).length > 0);
  });
});
