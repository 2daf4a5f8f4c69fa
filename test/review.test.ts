// The review of a draft set: its checklist, header, links and delivery as data, and the page made
// from it — sanitised, self-contained, each finding marked at its place.
import { deepStrictEqual, ok, strictEqual } from 'node:assert/strict';
import * as path from 'node:path';
import { checklistOf, reviewHtml, reviewMarkdown, reviewReport, type ReviewReport } from '../server/src/engine';
import { MINIMAL_SCS } from './support/drafts';
import { crlf, edit, md, ROOT, workspace } from './support/harness';
import { LAA, SCS as LAA_SCS } from './support/laa-drafts';
import { LINKED_DRAFTS, withChange } from './support/linked-drafts';

const TODAY = '2026-11-30';
const BOM = '\uFEFF';

function review(files: Record<string, string>, only?: string[]) {
  const harness = workspace(files, TODAY);
  const paths = (only ?? harness.engine.workspace.files().map((f) => path.relative(ROOT, f))).map((f) => path.join(ROOT, f));
  return { harness, ...reviewReport(harness.engine, paths, { base: ROOT }) };
}

const draftOf = (report: ReviewReport, file: string) => report.drafts.find((d) => d.file === file)!;
const statuses = (report: ReviewReport, file: string) =>
  Object.fromEntries(draftOf(report, file).checklist.flatMap((a) => a.items.map((i) => [i.rule, i.status])));

describe('the review checklist', () => {
  it('lists every rule the draft’s kind is checked against, by area, and no other', () => {
    const { report } = review(LINKED_DRAFTS, ['laa/laa.md']);
    const areas = draftOf(report, 'laa/laa.md').checklist.map((area) => [area.title, area.items.map((i) => i.rule)] as const);
    deepStrictEqual(
      areas.map(([title, ids]) => [title, ids.length]),
      [
        ['Format', 6],
        ['Local Area Agreement', 9],
        ['Alignment with the other documents', 3],
        ['Involving people', 3],
        ['Evidence', 1],
        ['Facts and figures', 4],
      ],
    );
    deepStrictEqual(areas[2][1], ['align/broken-link', 'align/timescales', 'align/stale']);
    deepStrictEqual(
      areas.flatMap(([, ids]) => ids).filter((id) => /^(scs|core)\//.test(id)),
      [],
      'no rule of another kind',
    );
  });

  it('describes each rule once: its expectation, basis and most authoritative ground, with its standing', () => {
    const { report } = review(LINKED_DRAFTS, ['laa/laa.md', 'ldf/core.md']);
    strictEqual(report.rules.length, new Set(report.rules.map((r) => r.id)).size);
    const rule = (id: string) => report.rules.find((r) => r.id === id)!;
    deepStrictEqual(rule('laa/lead-partner'), {
      id: 'laa/lead-partner',
      expectation: 'Every target has a lead partner, among its partners.',
      description: 'A target has no `lead`, or its lead is not among its `partners`.',
      basis: 'requirement',
      ground: {
        type: 'passage',
        id: 'b7-lead-partner',
        standing: 'guidance-summary',
        quote:
          'Draft LAAs will need to clearly identify, by name, which partner authorities have agreed to help deliver each target and one partner must be identified as the lead to ensure progress against targets',
        attribution: "APSE's summary of the statutory guidance — APSE briefing (undated), §7",
      },
    });
    deepStrictEqual([rule('laa/designated-limit').basis, rule('laa/designated-limit').ground?.type], ['fact', 'fact']);
    deepStrictEqual([rule('align/broken-link').basis, rule('align/broken-link').ground], ['check', undefined]);
    const vision = rule('align/shared-vision').ground;
    strictEqual(vision?.type === 'passage' && vision.standing, 'respondents');
  });

  it('says met, not met with the numbers of the findings, and not applicable with why', () => {
    const changed = withChange('laa/laa.md', (text) => edit(text, '    lead: Exampleshire Constabulary\n', ''));
    const { report } = review(changed, ['laa/laa.md']);
    const laa = draftOf(report, 'laa/laa.md');
    const lead = laa.checklist.flatMap((a) => a.items).find((i) => i.rule === 'laa/lead-partner')!;
    deepStrictEqual([lead.status, lead.findings], ['not-met', [1]]);
    deepStrictEqual(laa.findings[0], {
      number: 1,
      rule: 'laa/lead-partner',
      severity: 'error',
      message:
        'Target ‘T1’ has no lead partner: add ‘lead:’ with the one partner, from among its ‘partners’, that is accountable for progress on it.',
      line: 13,
      column: 9,
      endLine: 13,
      endColumn: 11,
    });
    strictEqual(statuses(report, 'laa/laa.md')['laa/period'], 'met');
    deepStrictEqual(laa.notMet, { requirement: 1, fact: 0, practice: 0, check: 0 });
  });

  it('says which control comment silences a rule', () => {
    const silenced = withChange('ldf/core.md', (text) =>
      edit(text, 'vision: A thriving', '# placeshaper-disable-next-line align/shared-vision\nvision: A busy'),
    );
    const harness = workspace(silenced, TODAY);
    const entry = checklistOf(harness.engine, path.join(ROOT, 'ldf/core.md'))!.entries.find(
      (e) => e.rule.id === 'align/shared-vision',
    )!;
    deepStrictEqual(
      [entry.status, entry.reason, entry.findings.length, entry.silenced.length],
      ['silenced', 'Its finding is silenced by a control comment in the draft (line 8).', 0, 1],
    );
  });

  it('says which configuration file or editor setting turned a rule off', () => {
    const files = { ...LINKED_DRAFTS, '.placeshaper.yaml': 'rules:\n  involve/*: off\n  laa/period: warning\n' };
    const { report, harness } = review(files, ['laa/laa.md']);
    const items = draftOf(report, 'laa/laa.md').checklist.flatMap((a) => a.items);
    deepStrictEqual(
      items.filter((i) => i.status === 'off').map((i) => [i.rule, i.reason]),
      ['involve/representatives', 'involve/feedback', 'involve/elected-members'].map((rule) => [
        rule,
        'Turned off in .placeshaper.yaml (‘involve/*: off’).',
      ]),
    );
    harness.engine.setRuleOverrides({ 'laa/period': 'off' });
    const again = reviewReport(harness.engine, [path.join(ROOT, 'laa/laa.md')], { base: ROOT }).report;
    const period = draftOf(again, 'laa/laa.md')
      .checklist.flatMap((a) => a.items)
      .find((i) => i.rule === 'laa/period')!;
    deepStrictEqual(
      [period.status, period.reason],
      ['off', "Turned off in the editor's settings (‘placeshaper.rules’: ‘laa/period’)."],
    );
  });

  it('says what was not checked, and why, in a draft whose frontmatter is broken or incomplete', () => {
    const broken = review({ 'scs.md': edit(MINIMAL_SCS, 'status: draft', 'status: [draft') }).report;
    const scs = draftOf(broken, 'scs.md');
    strictEqual(scs.scope, 'format-problems');
    deepStrictEqual(
      scs.checklist[0].items.map((i) => [i.rule, i.status]),
      [
        ['format/yaml-syntax', 'not-met'],
        ['format/unknown-kind', 'met'],
        ['format/schema', 'not-checked'],
        ['format/unknown-key', 'not-checked'],
        ['format/duplicate-id', 'not-checked'],
        ['format/too-large', 'met'],
      ],
    );
    strictEqual(scs.checklist[0].items[2].reason, 'The frontmatter cannot be read; correct the format problems first.');
    const incomplete = review({ 'laa.md': '---\nkind: laa\n---\n' }).report;
    const laa = draftOf(incomplete, 'laa.md');
    const period = laa.checklist.flatMap((a) => a.items).find((i) => i.rule === 'laa/period')!;
    deepStrictEqual(
      [period.status, period.reason],
      ['not-checked', 'Checked once the frontmatter has every key a Local Area Agreement needs (see ‘format/schema’).'],
    );
  });
});

describe('the review of a draft set', () => {
  it('gives each draft a header from its frontmatter, and leaves ordinary Markdown out', () => {
    const { report } = review(LINKED_DRAFTS);
    deepStrictEqual(
      report.drafts.map((d) => d.file),
      ['housing/housing.md', 'laa/laa.md', 'ldf/core.md', 'scs/county.md', 'scs/district.md'],
    );
    const {
      checklist: _checklist,
      findings: _findings,
      links: _links,
      facts: _facts,
      notMet: _notMet,
      ...header
    } = draftOf(report, 'ldf/core.md');
    deepStrictEqual(header, {
      file: 'ldf/core.md',
      anchor: 'draft-3',
      kind: 'LDF Core Strategy',
      title: 'Millbrook Core Strategy',
      authority: 'Millbrook District Council (district)',
      partnership: undefined,
      status: 'submitted',
      period: '2006 to 2026',
      version: undefined,
      revision: undefined,
      scope: 'full',
      delivery: undefined,
    });
    deepStrictEqual(report.summary, {
      drafts: 5,
      notMet: { requirement: 0, fact: 0, practice: 0, check: 0 },
      findings: { error: 0, warning: 0, info: 0, hint: 0 },
    });
  });

  it('lists the links a draft writes and those that lead to it, with their state', () => {
    const stale = withChange('scs/district.md', (text) => edit(text, 'version: 2', 'version: 3'));
    const { report } = review(stale);
    const district = draftOf(report, 'scs/district.md');
    deepStrictEqual(
      district.links.out.map((l) => [l.via, l.line, l.file, l.state]),
      [
        ['related.county-scs', 26, 'scs/county.md', 'ok'],
        ['related.core-strategy', 27, 'ldf/core.md', 'ok'],
        ['related.housing-strategy', 28, 'housing/housing.md', 'ok'],
      ],
    );
    deepStrictEqual(
      district.links.in.map((l) => [l.from, l.via, l.line, l.state]),
      [
        ['housing/housing.md', 'related.scs', 9, 'ok'],
        ['ldf/core.md', 'related.scs', 9, 'stale'],
        ['ldf/core.md', 'body link', 25, 'ok'],
        ['ldf/core.md', 'body link', 25, 'ok'],
      ],
    );
    strictEqual(
      district.links.in[1].problem,
      'This draft was aligned with version 2 of the linked draft, now out of date: review what changed, then record version 3; Millbrook Matters (../scs/district.md) is now at version 3.',
    );
    const housing = draftOf(report, 'housing/housing.md');
    deepStrictEqual(
      housing.links.out.map((l) => [l.via, l.target, l.state, l.title]),
      [
        ['related.scs', '../scs/district.md', 'ok', 'Millbrook Matters'],
        ['homelessness-strategy', './homelessness.md', 'ok', undefined],
      ],
    );
  });

  it('lists the facts a draft relies on: the register’s value, as-of and source, where the draft states it, and whether it agrees', () => {
    const files = {
      ...withChange('ldf/core.md', (text) =>
        edit(
          text,
          '# Millbrook Core Strategy\n',
          '# Millbrook Core Strategy\n\nIt plans for :fact[8,060 new homes]{#housing.requirement} by :fact[2026]{#plan.end}.\n\nIn all, :fact[8,600 homes]{#housing.requirement} and :fact[12 pitches]{#gypsy.pitches}.\n',
        ),
      ),
      'laa/laa.md': edit(
        LINKED_DRAFTS['laa/laa.md'],
        'target: {value: 18.9, year: 2011}',
        'target: {value: {fact: crime.target}, year: 2011}',
      ),
      'facts.yaml': md`
        housing.requirement: {value: 8600, unit: homes, as-of: 2008, source: shma-2007}
        plan.end: {value: 2026, unit: year}
        crime.target: {value: 18.9, as-of: 2008}
      `,
    };
    const { report, sources } = review(files);
    const core = draftOf(report, 'ldf/core.md');
    const numberOf = (rule: string) => core.findings.filter((f) => f.rule === rule).map((f) => f.number);
    deepStrictEqual(core.facts, [
      {
        id: 'housing.requirement',
        value: '8,600 homes',
        unit: 'homes',
        asOf: '2008',
        source: 'shma-2007',
        places: [
          {
            line: 25,
            in: 'body',
            stated: '8,060 new homes',
            state: 'differs',
            difference: 'states 8,060',
            findings: numberOf('facts/mismatch'),
          },
          { line: 27, in: 'body', stated: '8,600 homes', state: 'agrees', difference: undefined, findings: [] },
        ],
      },
      {
        id: 'plan.end',
        value: '2026',
        unit: 'year',
        asOf: undefined,
        source: undefined,
        places: [{ line: 25, in: 'body', stated: '2026', state: 'agrees', difference: undefined, findings: [] }],
      },
      {
        id: 'gypsy.pitches',
        value: undefined,
        unit: undefined,
        asOf: undefined,
        source: undefined,
        places: [
          {
            line: 27,
            in: 'body',
            stated: '12 pitches',
            state: 'unknown',
            difference: 'not in the register',
            findings: numberOf('facts/unknown'),
          },
        ],
      },
    ]);
    deepStrictEqual([numberOf('facts/mismatch').length, numberOf('facts/unknown').length], [1, 1]);
    deepStrictEqual(draftOf(report, 'laa/laa.md').facts, [
      {
        id: 'crime.target',
        value: '18.9',
        unit: undefined,
        asOf: '2008',
        source: undefined,
        places: [{ line: 17, in: 'frontmatter', stated: undefined, state: 'agrees', difference: undefined, findings: [] }],
      },
    ]);
    deepStrictEqual(draftOf(report, 'scs/district.md').facts, []);

    const markdown = reviewMarkdown(report, 'Placeshaper test').split('\n');
    // The Core Strategy's section comes after the LAA's: the drafts are in the order of their paths.
    const at = markdown.lastIndexOf('### Facts and figures');
    const section = markdown.slice(at, at + 8);
    const [mismatch] = numberOf('facts/mismatch');
    const [unknown] = numberOf('facts/unknown');
    deepStrictEqual(section, [
      '### Facts and figures',
      '',
      '| Fact | Register | As of | Source | Stated in the draft | Agrees |',
      '| --- | --- | --- | --- | --- | --- |',
      `| \`housing.requirement\` | 8,600 homes | 2008 | \`shma-2007\` | 8,060 new homes (line 25)<br>8,600 homes (line 27) | **no: line 25 states 8,060** (finding ${mismatch}) |`,
      '| `plan.end` | 2026 | — | — | 2026 (line 25) | yes |',
      `| \`gypsy.pitches\` | — | — | — | 12 pitches (line 27) | **not in the register** (finding ${unknown}) |`,
      '',
    ]);
    strictEqual(markdown.filter((line) => line === '### Facts and figures').length, 2, 'only the drafts that refer to a fact');
    ok(markdown.includes('| `crime.target` | 18.9 | 2008 | — | frontmatter (line 17) | yes |'));

    const html = reviewHtml(report, sources, { tool: 'Placeshaper test', openAt: (file, line) => `#open:${file}:${line}` });
    const anchor = core.anchor;
    ok(html.includes(`<h3 id="${anchor}-facts">Facts and figures</h3>`));
    ok(
      html.includes(
        `<tr><td><code>housing.requirement</code></td><td>8,600 homes</td><td>2008</td><td><code>shma-2007</code></td><td><ul class="places"><li>8,060 new homes (line <a href="#open:ldf/core.md:25">25</a>)</li><li>8,600 homes (line <a href="#open:ldf/core.md:27">27</a>)</li></ul></td><td><span class="fact-differs">no: line 25 states 8,060</span> Finding <a href="#${anchor}-note-${mismatch}">${mismatch}</a></td></tr>`,
      ),
    );
    ok(
      html.includes(
        '<caption class="skip">The facts of the register of facts this draft refers to, and whether it states the register’s value</caption>',
      ),
    );
    strictEqual(html.match(/<table class="figures">/g)?.length, 2, 'only the drafts that refer to a fact');
  });

  it('says how an SCS’s priorities are delivered, with the gaps', () => {
    const undelivered = withChange('laa/laa.md', (text) => edit(text, 'priority: C2', 'priority: C1'));
    const { report } = review(undelivered);
    deepStrictEqual(draftOf(report, 'scs/county.md').delivery, {
      priorities: 2,
      delivered: 1,
      gaps: [{ priority: 'C2', title: 'Greener economy', gap: 'delivered by nothing' }],
    });
    deepStrictEqual(draftOf(report, 'scs/district.md').delivery, { priorities: 3, delivered: 3, gaps: [] });
  });

  it('reviews a draft too large to read on its frontmatter alone, and shows none of its body', () => {
    const large = `${MINIMAL_SCS}\n${'Secret words of a very long body. '.repeat(160_000)}\n`;
    const { report, sources } = review({ 'scs.md': large });
    strictEqual(draftOf(report, 'scs.md').scope, 'frontmatter-only');
    const html = reviewHtml(report, sources, { tool: 'Placeshaper test' });
    ok(html.includes('too large to be read whole: only its frontmatter was checked'));
    ok(html.includes('kind: sustainable-community-strategy'));
    ok(!html.includes('Secret words'));
  });
});

/** A draft whose body tries everything a page could be made to run or fetch. */
const HOSTILE = edit(
  MINIMAL_SCS,
  '## P1 Safer communities\n',
  md`
    ## P1 Safer communities

    <script>window.pwned = 'script'</script>

    <img src="https://evil.example/pixel.png" onerror="window.pwned = 'onerror'">

    <div onclick="window.pwned = 'onclick'" style="position:fixed;inset:0">Click anywhere</div>

    <iframe src="https://evil.example/frame"></iframe>

    <style>body { visibility: hidden }</style>

    <svg><script>window.pwned = 'svg'</script></svg>

    <object data="https://evil.example/object"></object>

    <form action="https://evil.example/form"><input name="q"></form>

    <meta http-equiv="refresh" content="0; url=https://evil.example/refresh">

    <base href="https://evil.example/">

    <link rel="stylesheet" href="https://evil.example/style.css">

    [a link](javascript:window.pwned='link') and ![a chart](https://evil.example/chart.png)

    <a href="#open:scs.md:1">a forged editor link</a>
  `,
);

describe('the review page', () => {
  const page = (files: Record<string, string>) => {
    const { report, sources } = review(files);
    return reviewHtml(report, sources, { tool: 'Placeshaper test' });
  };

  it('keeps nothing of a draft that could run, load or restyle the page', () => {
    const html = page({ 'scs.md': HOSTILE });
    for (const forbidden of [
      '<script',
      'onerror',
      'onclick',
      'javascript:',
      '<iframe',
      '<object',
      '<form',
      'name="q"',
      '<base',
      '<link',
      'evil.example',
      'http-equiv="refresh"',
      'visibility: hidden',
      'position:fixed',
      'href="#open:',
    ])
      ok(!html.includes(forbidden), `the page contains ${forbidden}`);
    strictEqual(html.match(/<style>/g)?.length, 1, 'only the page’s own styles');
    strictEqual(html.match(/<meta /g)?.length, 4, 'only the page’s own meta tags');
    ok(html.includes('<span class="image">[Image: a chart]</span>'), 'an image is shown as its description');
    ok(html.includes('Click anywhere'), 'the words of the draft stay');
    ok(
      html.includes(
        `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'">`,
      ),
    );
  });

  it('marks each finding at its place, with LF, CRLF and a byte order mark', () => {
    const changed = (text: string) => edit(text, 'indicator: NI 16', 'indicator: NI 31');
    for (const variant of [(t: string) => t, crlf, (t: string) => BOM + t]) {
      const html = page({ 'scs.md': variant(LAA_SCS), 'laa.md': variant(changed(LAA)) });
      ok(
        html.includes(
          '<mark class="sev-error">NI 31</mark><sup class="ref sev-error"><a href="#draft-1-note-1" id="draft-1-ref-1">1</a></sup>',
        ),
        'the indicator is marked and numbered',
      );
      ok(html.includes('<p class="note sev-error" id="draft-1-note-1">'), 'its note is in the margin');
    }
  });

  it('marks a finding in the body, and moves the draft’s headings below the page’s own', () => {
    const text = edit(MINIMAL_SCS, '## P1 Safer communities\n', '## P1 Safer communities\n\nSee [the county](./county.md).\n');
    const html = page({ 'scs.md': text });
    ok(
      html.includes(
        '<p>See <a href="./county.md" rel="noopener noreferrer nofollow" class="marked sev-error">the county</a><sup class="ref sev-error"><a href="#draft-1-note-5" id="draft-1-ref-5">5</a></sup>.</p>',
      ),
      'the broken link is marked',
    );
    ok(html.includes('<h4>Exampleshire SCS</h4>'));
    ok(html.includes('<h5>P1 Safer communities</h5>'));
  });

  it('keeps a draft’s footnotes and anchors working: each link leads to an id the page has', () => {
    const text = edit(
      MINIMAL_SCS,
      '## P1 Safer communities\n',
      '## P1 Safer communities\n\nText[^1] and [a jump](#anchor) to <a id="anchor">here</a>.\n\n[^1]: The note.\n',
    );
    const html = page({ 'scs.md': text });
    const ids = new Set([...html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]));
    const inPage = [...html.matchAll(/ href="#([^"]+)"/g)].map((m) => m[1]);
    deepStrictEqual(
      inPage.filter((id) => !ids.has(id)),
      [],
    );
    ok(inPage.includes('draft-1-user-content-fn-1'), 'the footnote’s reference');
    ok(inPage.includes('draft-1-anchor'), 'the anchor');
    ok(html.includes('aria-describedby="draft-1-footnote-label"'), 'the footnote label, named as the page names it');
  });

  it('shows none of a draft too large to read, even when its frontmatter cannot be read either', () => {
    const large = `${edit(MINIMAL_SCS, 'status: draft', 'status: [draft')}\n${'Secret words of a very long body. '.repeat(160_000)}\n`;
    const html = page({ 'scs.md': large });
    ok(!html.includes('Secret words'));
    ok(html.includes('The frontmatter of this draft cannot be read'));
    ok(html.includes('This draft is too large to be read whole'));
  });

  it('gives every element of a review of several drafts an id of its own, and sends links between them to their place', () => {
    const html = page(LINKED_DRAFTS);
    ok(html.includes('<a href="#draft-5">homes for everyone</a>'), 'the Core Strategy’s link to the district SCS');
    const ids = [...html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);
    deepStrictEqual(
      ids.filter((id, index) => ids.indexOf(id) !== index),
      [],
    );
  });
});

describe('the review in Markdown', () => {
  it('escapes what a draft says, so that nothing becomes a link, HTML or a table border', () => {
    const title = 'Evil <img src=x onerror=alert(1)> | [link](javascript:alert(2)) `code`';
    const { report } = review({
      'scs.md': edit(MINIMAL_SCS, 'title: Exampleshire Sustainable Community Strategy', `title: "${title}"`),
    });
    const text = reviewMarkdown(report, 'Placeshaper test');
    ok(
      text.includes(
        '| Evil \\<img src=x onerror=alert(1)\\> \\| \\[link\\](javascript:alert(2)) \\`code\\`<br>`scs.md` | Sustainable Community Strategy |',
      ),
      text.split('\n').find((line) => line.startsWith('| Evil')),
    );
  });
});
