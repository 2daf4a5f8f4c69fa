// The register of facts in the editor, at the engine: hover, definition, references, rename,
// completion and code lens over a register (`facts.yaml`) and the drafts that refer to it.
import { deepStrictEqual, ok, strictEqual } from 'node:assert/strict';
import { complete } from '../../server/src/engine';
import { factHover, factLenses } from '../../server/src/engine/features/facts';
import { hover, ruleHover } from '../../server/src/engine/features/hover';
import { definition, prepareRename, references, rename } from '../../server/src/engine/features/navigation';
import { applyEdits, type TextEdit } from '../../server/src/engine/text/edits';
import { crlf, edit } from '../support/harness';
import { FACT_FILES as FILES, HOUSING_REQUIREMENT, REGISTER } from '../support/fact-drafts';
import { linkedWorkspace } from '../support/linked-workspace';

const DRAFTS = Object.keys(FILES).filter((file) => file.endsWith('.md'));

/** The files with LF line endings, and again with CRLF. */
function bothLineEndings(files: Record<string, string> = FILES): [string, Record<string, string>][] {
  return [
    ['LF', files],
    ['CRLF', Object.fromEntries(Object.entries(files).map(([name, text]) => [name, crlf(text)]))],
  ];
}

/** Every file after a rename's edits, by name relative to /ws. */
function applied(files: Record<string, string>, edits: Map<string, TextEdit[]>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(files).map(([file, text]) => [file, applyEdits(text, edits.get(`/ws/${file}`) ?? [])]),
  );
}

const PLAN_END = [
  '**plan.end**: 2026',
  '',
  'source: `https://example.org/regional-spatial-strategy`',
  '',
  'Used in 3 places in 2 drafts: ldf/core.md, scs/district.md.',
  '',
  '*From the register of facts, facts.yaml.*',
].join('\n');

describe('the register of facts in the editor', () => {
  it('the workspace it is tested on is clean: no finding in any draft or in the register', () => {
    const ws = linkedWorkspace(FILES);
    deepStrictEqual(
      DRAFTS.flatMap((file) => ws.check(file).map((f) => `${file} ${f.rule}: ${f.message}`)),
      [],
    );
    deepStrictEqual(ws.engine.registerFindings('/ws/facts.yaml'), []);
  });

  describe('hover', () => {
    for (const [endings, files] of bothLineEndings()) {
      it(`on a body reference: the value with its unit, as-of, source, owner, earlier values and where it is used, ${endings}`, () => {
        const ws = linkedWorkspace(files);
        for (const offset of [
          ws.offset('ldf/core.md', '{#housing.requirement}', 2),
          ws.offset('ldf/core.md', '{#housing.requirement}', 21),
          // Anywhere on the reference, its label too.
          ws.offset('ldf/core.md', ':fact[10,060 homes]', 8),
        ]) {
          const result = hover(ws.engine, ws.path('ldf/core.md'), offset)!;
          strictEqual(result.markdown, HOUSING_REQUIREMENT);
          deepStrictEqual(result.span, {
            start: ws.offset('ldf/core.md', '{#housing.requirement}', 2),
            end: ws.offset('ldf/core.md', '{#housing.requirement}', 21),
          });
        }
      });

      it(`on a frontmatter reference and on the register's own key, ${endings}`, () => {
        const ws = linkedWorkspace(files);
        const fromFrontmatter = hover(
          ws.engine,
          ws.path('scs/district.md'),
          ws.offset('scs/district.md', '{fact: plan.end}', 9),
        )!;
        deepStrictEqual(fromFrontmatter, {
          span: {
            start: ws.offset('scs/district.md', '{fact: plan.end}', 7),
            end: ws.offset('scs/district.md', '{fact: plan.end}', 15),
          },
          markdown: PLAN_END,
        });
        const fromRegister = hover(ws.engine, ws.path('facts.yaml'), ws.offset('facts.yaml', 'plan.end:', 4))!;
        deepStrictEqual(fromRegister, {
          span: { start: ws.offset('facts.yaml', 'plan.end:'), end: ws.offset('facts.yaml', 'plan.end:', 8) },
          markdown: PLAN_END,
        });
        deepStrictEqual(hover(ws.engine, ws.path('facts.yaml'), ws.offset('facts.yaml', 'affordable.need:', 3)), {
          span: { start: ws.offset('facts.yaml', 'affordable.need:'), end: ws.offset('facts.yaml', 'affordable.need:', 15) },
          markdown: [
            '**affordable.need**: 410 affordable homes',
            '',
            'source: `shma-2007`',
            '',
            'Not used in any draft.',
            '',
            '*From the register of facts, facts.yaml.*',
          ].join('\n'),
        });
      });
    }

    it('on one use in one draft, in the singular', () => {
      const files = { ...FILES, 'laa/laa.md': FILES['laa/laa.md'] + '\nBy :fact[410 affordable homes]{#affordable.need}.\n' };
      const ws = linkedWorkspace(files);
      strictEqual(
        hover(ws.engine, ws.path('laa/laa.md'), ws.offset('laa/laa.md', '#affordable', 3))!.markdown.split('\n\n')[2],
        'Used in 1 place in 1 draft: laa/laa.md.',
      );
    });

    it('on a reference that states another value: the rule’s hover first, then the fact', () => {
      const files = {
        ...FILES,
        'scs/district.md': edit(FILES['scs/district.md'], ':fact[10,060 new homes]', ':fact[8,600 new homes]'),
      };
      const ws = linkedWorkspace(files);
      const label = {
        start: ws.offset('scs/district.md', '8,600 new homes'),
        end: ws.offset('scs/district.md', '8,600 new homes', 15),
      };
      deepStrictEqual(
        ws.findings('scs/district.md').map((f) => [f.rule, f.span]),
        [['facts/mismatch', label]],
      );
      const result = hover(ws.engine, ws.path('scs/district.md'), ws.offset('scs/district.md', '8,600', 2))!;
      const rule = ruleHover(ws.engine.rule('facts/mismatch')!, ws.engine.guidance, {});
      ok(rule.startsWith('**facts/mismatch** · '), rule);
      strictEqual(result.markdown, `${rule}\n\n---\n\n${HOUSING_REQUIREMENT}`);
      // The span is the finding's: the label that states the wrong value.
      deepStrictEqual(result.span, label);
      // On the id, where there is no finding, the fact alone.
      strictEqual(
        hover(ws.engine, ws.path('scs/district.md'), ws.offset('scs/district.md', '#housing', 3))!.markdown,
        HOUSING_REQUIREMENT,
      );
    });

    it('on a fact the register does not have: says so, after the finding that reports it', () => {
      const files = { ...FILES, 'ldf/core.md': FILES['ldf/core.md'] + '\nAnd :fact[3 sites]{#housing.sites}.\n' };
      const ws = linkedWorkspace(files);
      const offset = ws.offset('ldf/core.md', '#housing.sites', 4);
      deepStrictEqual(factHover(ws.engine, ws.path('ldf/core.md'), offset), {
        span: { start: ws.offset('ldf/core.md', '#housing.sites', 1), end: ws.offset('ldf/core.md', '#housing.sites', 14) },
        markdown: '**housing.sites** is not in the register of facts (facts.yaml).',
      });
      const rule = ruleHover(ws.engine.rule('facts/unknown')!, ws.engine.guidance, {});
      strictEqual(
        hover(ws.engine, ws.path('ldf/core.md'), offset)!.markdown,
        `${rule}\n\n---\n\n**housing.sites** is not in the register of facts (facts.yaml).`,
      );
      // Without any register, the file to create is named.
      const none = linkedWorkspace(Object.fromEntries(Object.entries(files).filter(([file]) => file !== 'facts.yaml')));
      strictEqual(
        factHover(none.engine, none.path('ldf/core.md'), none.offset('ldf/core.md', '#housing.requirement', 3))!.markdown,
        '**housing.requirement** is not in the register of facts (facts.yaml).',
      );
    });

    it('says nothing of facts away from a reference', () => {
      const ws = linkedWorkspace(FILES);
      strictEqual(factHover(ws.engine, ws.path('ldf/core.md'), ws.offset('ldf/core.md', 'The plan provides', 4)), undefined);
      strictEqual(factHover(ws.engine, ws.path('facts.yaml'), ws.offset('facts.yaml', 'unit: homes', 8)), undefined);
      strictEqual(hover(ws.engine, ws.path('facts.yaml'), ws.offset('facts.yaml', 'value: 410', 8)), undefined);
    });
  });

  describe('definition and references', () => {
    for (const [endings, files] of bothLineEndings()) {
      it(`goes from a body or frontmatter reference to the fact’s key in the register, ${endings}`, () => {
        const ws = linkedWorkspace(files);
        const key = (id: string) => ({
          path: '/ws/facts.yaml',
          span: { start: ws.offset('facts.yaml', `${id}:`), end: ws.offset('facts.yaml', `${id}:`, id.length) },
        });
        deepStrictEqual(definition(ws.engine, ws.path('ldf/core.md'), ws.offset('ldf/core.md', '#housing.requirement', 5)), [
          key('housing.requirement'),
        ]);
        deepStrictEqual(definition(ws.engine, ws.path('ldf/core.md'), ws.offset('ldf/core.md', 'id="plan.end"', 6)), [
          key('plan.end'),
        ]);
        deepStrictEqual(definition(ws.engine, ws.path('ldf/core.md'), ws.offset('ldf/core.md', '{fact: plan.end}', 10)), [
          key('plan.end'),
        ]);
        deepStrictEqual(definition(ws.engine, ws.path('facts.yaml'), ws.offset('facts.yaml', 'plan.end:', 2)), [key('plan.end')]);
        strictEqual(ws.text('facts.yaml', key('housing.requirement').span), 'housing.requirement');
      });

      it(`lists every reference across drafts, with the register’s key when the declaration is asked for, ${endings}`, () => {
        const ws = linkedWorkspace(files);
        const seen = (locations: { path: string; span: { start: number; end: number } }[]) =>
          locations.map((l) => [l.path.slice(4), l.span.start, ws.text(l.path.slice(4), l.span)]);
        deepStrictEqual(seen(references(ws.engine, ws.path('ldf/core.md'), ws.offset('ldf/core.md', '#housing', 4), true)), [
          ['facts.yaml', ws.offset('facts.yaml', 'housing.requirement:'), 'housing.requirement'],
          ['ldf/core.md', ws.offset('ldf/core.md', '#housing.requirement', 1), 'housing.requirement'],
          ['scs/district.md', ws.offset('scs/district.md', '#housing.requirement', 1), 'housing.requirement'],
        ]);
        deepStrictEqual(seen(references(ws.engine, ws.path('ldf/core.md'), ws.offset('ldf/core.md', '#housing', 4), false)), [
          ['ldf/core.md', ws.offset('ldf/core.md', '#housing.requirement', 1), 'housing.requirement'],
          ['scs/district.md', ws.offset('scs/district.md', '#housing.requirement', 1), 'housing.requirement'],
        ]);
        // From the register: the drafts in path order, each in the order it writes them.
        deepStrictEqual(seen(references(ws.engine, ws.path('facts.yaml'), ws.offset('facts.yaml', 'plan.end:', 3), false)), [
          ['ldf/core.md', ws.offset('ldf/core.md', '{fact: plan.end}', 7), 'plan.end'],
          ['ldf/core.md', ws.offset('ldf/core.md', 'id="plan.end"', 4), 'plan.end'],
          ['scs/district.md', ws.offset('scs/district.md', '{fact: plan.end}', 7), 'plan.end'],
        ]);
        deepStrictEqual(references(ws.engine, ws.path('facts.yaml'), ws.offset('facts.yaml', 'affordable.need:', 3), false), []);
      });
    }

    it('a fact the register lacks has no definition, but its references are found', () => {
      const files = { ...FILES, 'ldf/core.md': FILES['ldf/core.md'] + '\nAnd :fact[3 sites]{#housing.sites}.\n' };
      const ws = linkedWorkspace(files);
      const offset = ws.offset('ldf/core.md', '#housing.sites', 3);
      deepStrictEqual(definition(ws.engine, ws.path('ldf/core.md'), offset), []);
      deepStrictEqual(references(ws.engine, ws.path('ldf/core.md'), offset, true), [
        { path: '/ws/ldf/core.md', span: { start: offset - 2, end: offset + 11 } },
      ]);
    });
  });

  describe('rename', () => {
    for (const [endings, files] of bothLineEndings()) {
      it(`renames a fact in the register, the frontmatter and the body, {#id} and {id="id"} alike, ${endings}`, () => {
        const ws = linkedWorkspace(files);
        const result = rename(ws.engine, ws.path('ldf/core.md'), ws.offset('ldf/core.md', 'id="plan.end"', 6), 'plan.horizon');
        if ('error' in result) throw new Error(result.error);
        const at = (file: string, needle: string, shift: number) => ({
          start: ws.offset(file, needle, shift),
          end: ws.offset(file, needle, shift + 'plan.end'.length),
        });
        deepStrictEqual(
          [...result.edits].sort(([a], [b]) => a.localeCompare(b)),
          [
            ['/ws/facts.yaml', [{ span: at('facts.yaml', 'plan.end:', 0), newText: 'plan.horizon' }]],
            [
              '/ws/ldf/core.md',
              [
                { span: at('ldf/core.md', '{fact: plan.end}', 7), newText: 'plan.horizon' },
                { span: at('ldf/core.md', 'id="plan.end"', 4), newText: 'plan.horizon' },
              ],
            ],
            ['/ws/scs/district.md', [{ span: at('scs/district.md', '{fact: plan.end}', 7), newText: 'plan.horizon' }]],
          ],
        );
        const after = applied(files, result.edits);
        const nl = endings === 'CRLF' ? crlf : (text: string) => text;
        deepStrictEqual(after, {
          ...files,
          'facts.yaml': nl(edit(REGISTER, 'plan.end:', 'plan.horizon:')),
          'ldf/core.md': nl(
            edit(edit(FILES['ldf/core.md'], '{fact: plan.end}', '{fact: plan.horizon}'), 'id="plan.end"', 'id="plan.horizon"'),
          ),
          'scs/district.md': nl(edit(FILES['scs/district.md'], '{fact: plan.end}', '{fact: plan.horizon}')),
        });
        // The renamed workspace is as clean as before, and the new id is found where the old one was.
        const renamed = linkedWorkspace(after);
        deepStrictEqual(
          DRAFTS.flatMap((file) => renamed.check(file).map((f) => `${file} ${f.rule}`)),
          [],
        );
        deepStrictEqual(renamed.engine.registerFindings('/ws/facts.yaml'), []);
        strictEqual(
          references(renamed.engine, '/ws/facts.yaml', renamed.offset('facts.yaml', 'plan.horizon', 1), true).length,
          4,
        );
      });

      it(`renames from the register’s own key, ${endings}`, () => {
        const ws = linkedWorkspace(files);
        const result = rename(
          ws.engine,
          ws.path('facts.yaml'),
          ws.offset('facts.yaml', 'housing.requirement:', 8),
          'housing.target',
        );
        if ('error' in result) throw new Error(result.error);
        const at = (file: string, needle: string, shift: number) => ({
          start: ws.offset(file, needle, shift),
          end: ws.offset(file, needle, shift + 'housing.requirement'.length),
        });
        deepStrictEqual(
          [...result.edits].sort(([a], [b]) => a.localeCompare(b)),
          [
            ['/ws/facts.yaml', [{ span: at('facts.yaml', 'housing.requirement:', 0), newText: 'housing.target' }]],
            ['/ws/ldf/core.md', [{ span: at('ldf/core.md', '{#housing.requirement}', 2), newText: 'housing.target' }]],
            ['/ws/scs/district.md', [{ span: at('scs/district.md', '{#housing.requirement}', 2), newText: 'housing.target' }]],
          ],
        );
        const nl = endings === 'CRLF' ? crlf : (text: string) => text;
        deepStrictEqual(applied(files, result.edits), {
          ...files,
          'facts.yaml': nl(edit(REGISTER, 'housing.requirement:', 'housing.target:')),
          'ldf/core.md': nl(edit(FILES['ldf/core.md'], '{#housing.requirement}', '{#housing.target}')),
          'scs/district.md': nl(edit(FILES['scs/district.md'], '{#housing.requirement}', '{#housing.target}')),
        });
      });
    }

    it('quotes a new id that YAML would read as something else in the frontmatter and the register, never in the body', () => {
      for (const name of ['null', 'true', 'NULL', 'False']) {
        const ws = linkedWorkspace(FILES);
        const result = rename(ws.engine, ws.path('scs/district.md'), ws.offset('scs/district.md', '{fact: plan.end}', 9), name);
        if ('error' in result) throw new Error(result.error);
        const after = applied(FILES, result.edits);
        deepStrictEqual(
          after,
          {
            ...FILES,
            'facts.yaml': edit(REGISTER, 'plan.end:', `"${name}":`),
            'ldf/core.md': edit(
              edit(FILES['ldf/core.md'], '{fact: plan.end}', `{fact: "${name}"}`),
              'id="plan.end"',
              `id="${name}"`,
            ),
            'scs/district.md': edit(FILES['scs/district.md'], '{fact: plan.end}', `{fact: "${name}"}`),
          },
          name,
        );
        const renamed = linkedWorkspace(after);
        deepStrictEqual(
          [...renamed.engine.register('/ws/facts.yaml')!.facts.keys()],
          ['housing.requirement', name, 'affordable.need'],
          name,
        );
        deepStrictEqual(
          DRAFTS.flatMap((file) => renamed.check(file).map((f) => `${file} ${f.rule}`)),
          [],
          name,
        );
        deepStrictEqual(renamed.engine.registerFindings('/ws/facts.yaml'), [], name);
      }
    });

    it('refuses an id that is malformed or already a fact, in plain words; the same id changes nothing', () => {
      const ws = linkedWorkspace(FILES);
      const offset = ws.offset('ldf/core.md', '#housing.requirement', 3);
      for (const bad of ['two words', '1st.fact', 'housing..requirement', '.end', 'plan:end'])
        deepStrictEqual(
          rename(ws.engine, ws.path('ldf/core.md'), offset, bad),
          {
            error: `‘${bad}’ cannot be a fact’s id: use dotted words of letters, digits, hyphens and underscores, starting with a letter, such as ‘housing.requirement’.`,
          },
          bad,
        );
      deepStrictEqual(rename(ws.engine, ws.path('ldf/core.md'), offset, 'plan.end'), {
        error: '‘plan.end’ is already a fact of the register; choose another id.',
      });
      deepStrictEqual(rename(ws.engine, ws.path('facts.yaml'), ws.offset('facts.yaml', 'plan.end:', 1), ' affordable.need '), {
        error: '‘affordable.need’ is already a fact of the register; choose another id.',
      });
      deepStrictEqual(rename(ws.engine, ws.path('ldf/core.md'), offset, 'housing.requirement'), { edits: new Map() });
    });

    it('prepares a rename at the id, wherever on the reference it is asked', () => {
      const ws = linkedWorkspace(FILES);
      const idAt = (file: string, needle: string, shift: number, id: string) => ({
        span: { start: ws.offset(file, needle, shift), end: ws.offset(file, needle, shift + id.length) },
        placeholder: id,
      });
      deepStrictEqual(
        prepareRename(ws.engine, ws.path('ldf/core.md'), ws.offset('ldf/core.md', ':fact[10,060 homes]', 9)),
        idAt('ldf/core.md', '{#housing.requirement}', 2, 'housing.requirement'),
      );
      deepStrictEqual(
        prepareRename(ws.engine, ws.path('ldf/core.md'), ws.offset('ldf/core.md', 'id="plan.end"', 5)),
        idAt('ldf/core.md', 'id="plan.end"', 4, 'plan.end'),
      );
      deepStrictEqual(
        prepareRename(ws.engine, ws.path('ldf/core.md'), ws.offset('ldf/core.md', '{fact: plan.end}', 2)),
        idAt('ldf/core.md', '{fact: plan.end}', 7, 'plan.end'),
      );
      deepStrictEqual(
        prepareRename(ws.engine, ws.path('facts.yaml'), ws.offset('facts.yaml', 'affordable.need:', 15)),
        idAt('facts.yaml', 'affordable.need:', 0, 'affordable.need'),
      );
      deepStrictEqual(prepareRename(ws.engine, ws.path('facts.yaml'), ws.offset('facts.yaml', 'unit: year', 2)), {
        error: 'Only priority, objective and target ids, and the ids of facts, can be renamed.',
      });
      deepStrictEqual(prepareRename(ws.engine, ws.path('ldf/core.md'), ws.offset('ldf/core.md', 'The plan provides', 2)), {
        error: 'Only priority, objective and target ids, and the ids of facts, can be renamed.',
      });
    });
  });

  describe('completion', () => {
    /** Completion where `|` stands in `file` after `change`; the cursor is there once it is removed. */
    function completeAt(file: string, change: (text: string) => string, files: Record<string, string> = FILES) {
      const changed = change(files[file]);
      const offset = changed.indexOf('|');
      const ws = linkedWorkspace({ ...files, [file]: changed.replace('|', '') });
      return { offset, items: complete(ws.engine, ws.path(file), offset) };
    }

    const ALL = (replace: { start: number; end: number }) => [
      {
        label: 'housing.requirement',
        kind: 'value',
        description: '10,060 homes',
        detail: 'as of 2009-03-31 · source: shma-2007',
        replace,
      },
      {
        label: 'plan.end',
        kind: 'value',
        description: '2026',
        detail: 'source: https://example.org/regional-spatial-strategy',
        replace,
      },
      { label: 'affordable.need', kind: 'value', description: '410 affordable homes', detail: 'source: shma-2007', replace },
    ];

    for (const [endings, files] of bothLineEndings()) {
      it(`offers the register’s ids after {# in a body reference, replacing what is typed of the id, ${endings}`, () => {
        const empty = completeAt('laa/laa.md', (t) => `${t}\nCrime falls by :fact[8%]{#|}.\n`, files);
        deepStrictEqual(empty.items, ALL({ start: empty.offset, end: empty.offset }));
        const typed = completeAt('laa/laa.md', (t) => `${t}\nWe build :fact[10,060 homes]{.big #hou|}\n`, files);
        deepStrictEqual(typed.items, ALL({ start: typed.offset - 3, end: typed.offset }));
        const bare = completeAt('laa/laa.md', (t) => `${t}\nBy :fact{#plan.|}\n`, files);
        deepStrictEqual(bare.items, ALL({ start: bare.offset - 5, end: bare.offset }));
      });

      it(`offers them after {fact: in the frontmatter, ${endings}`, () => {
        const empty = completeAt(
          'housing/housing.md',
          (t) => edit(t, 'period: {from: 2009, to: 2014}', 'period: {from: 2009, to: {fact: |}}'),
          files,
        );
        deepStrictEqual(empty.items, ALL({ start: empty.offset, end: empty.offset }));
        const typed = completeAt(
          'housing/housing.md',
          (t) => edit(t, 'period: {from: 2009, to: 2014}', 'period: {from: 2009, to: {fact: pl|'),
          files,
        );
        deepStrictEqual(typed.items, ALL({ start: typed.offset - 2, end: typed.offset }));
      });
    }

    it('offers no fact id anywhere else', () => {
      const ids = ['housing.requirement', 'plan.end', 'affordable.need'];
      const offered = (file: string, change: (text: string) => string) =>
        completeAt(file, change).items.filter((item) => ids.includes(item.label));
      deepStrictEqual(
        offered('laa/laa.md', (t) => `${t}\nA heading id {#|}\n`),
        [],
      );
      deepStrictEqual(
        offered('laa/laa.md', (t) => `${t}\nThe {fact: |}\n`),
        [],
      );
      deepStrictEqual(
        offered('laa/laa.md', (t) => `${t}\nA :fact[10]{id=|}\n`),
        [],
      );
      deepStrictEqual(
        offered('housing/housing.md', (t) => edit(t, 'period: {from: 2009, to: 2014}', 'period: {from: 2009, to: |}')),
        [],
      );
      deepStrictEqual(
        offered('housing/housing.md', (t) => edit(t, 'period: {from: 2009, to: 2014}', 'period: {from: 2009, to: :fact[x]{#|}}')),
        [],
      );
      deepStrictEqual(
        offered('housing/housing.md', (t) => edit(t, 'status: submitted', 'status: |')),
        [],
      );
    });

    it('offers nothing where there is no register', () => {
      const files = Object.fromEntries(Object.entries(FILES).filter(([file]) => file !== 'facts.yaml'));
      deepStrictEqual(completeAt('laa/laa.md', (t) => `${t}\nCrime falls by :fact[8%]{#|}.\n`, files).items, []);
    });
  });

  describe('code lens', () => {
    for (const [endings, files] of bothLineEndings()) {
      it(`says above each fact of the register where the drafts state it, ${endings}`, () => {
        const ws = linkedWorkspace(files);
        const key = (id: string) => ({
          start: ws.offset('facts.yaml', `${id}:`),
          end: ws.offset('facts.yaml', `${id}:`, id.length),
        });
        const lenses = factLenses(ws.engine, ws.path('facts.yaml'));
        deepStrictEqual(
          lenses.map((lens) => ({
            ...lens,
            locations: lens.locations.map((l) => [l.path.slice(4), l.span.start, ws.text(l.path.slice(4), l.span)]),
          })),
          [
            {
              id: 'housing.requirement',
              span: key('housing.requirement'),
              title: 'used in 2 places in 2 drafts',
              locations: [
                ['ldf/core.md', ws.offset('ldf/core.md', ':fact[10,060 homes]'), ':fact[10,060 homes]{#housing.requirement}'],
                [
                  'scs/district.md',
                  ws.offset('scs/district.md', ':fact[10,060 new homes]'),
                  ':fact[10,060 new homes]{#housing.requirement}',
                ],
              ],
            },
            {
              id: 'plan.end',
              span: key('plan.end'),
              title: 'used in 3 places in 2 drafts',
              locations: [
                ['ldf/core.md', ws.offset('ldf/core.md', '{fact: plan.end}'), '{fact: plan.end}'],
                ['ldf/core.md', ws.offset('ldf/core.md', ':fact[2026]'), ':fact[2026]{id="plan.end"}'],
                ['scs/district.md', ws.offset('scs/district.md', '{fact: plan.end}'), '{fact: plan.end}'],
              ],
            },
            { id: 'affordable.need', span: key('affordable.need'), title: 'not used in any draft', locations: [] },
          ],
        );
      });
    }

    it('has none in a draft', () => {
      const ws = linkedWorkspace(FILES);
      deepStrictEqual(factLenses(ws.engine, ws.path('ldf/core.md')), []);
    });

    it('works in a register that .placeshaper.yaml names, before any draft has read it', () => {
      const files = {
        ...FILES,
        '.placeshaper.yaml': 'facts: data/register.yaml\n',
        'data/register.yaml': REGISTER,
      };
      delete (files as Record<string, string>)['facts.yaml'];
      const ws = linkedWorkspace(files);
      deepStrictEqual(
        factLenses(ws.engine, ws.path('data/register.yaml')).map((lens) => [lens.id, lens.title]),
        [
          ['housing.requirement', 'used in 2 places in 2 drafts'],
          ['plan.end', 'used in 3 places in 2 drafts'],
          ['affordable.need', 'not used in any draft'],
        ],
      );
      strictEqual(
        hover(ws.engine, ws.path('data/register.yaml'), ws.offset('data/register.yaml', 'plan.end:', 1))!
          .markdown.split('\n')
          .at(-1),
        '*From the register of facts, data/register.yaml.*',
      );
    });
  });
});
