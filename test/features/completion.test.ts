import { deepStrictEqual, strictEqual } from 'node:assert/strict';
import { complete, Engine, MemoryFileSystem, ruleById } from '../../server/src/engine';
import { LAA_MISSING_KEYS } from '../support/drafts';
import { LINKED_DRAFTS } from '../support/linked-drafts';
import { withChange } from '../support/linked-drafts';
import { linkedWorkspace } from '../support/linked-workspace';

/** Completion where the text `marker` is removed from the draft: the cursor stands there. */
function completeAt(file: string, edit: (t: string) => string, marker = '|') {
  const files = withChange(file, edit);
  const offset = files[file].indexOf(marker);
  files[file] = files[file].replace(marker, '');
  const ws = linkedWorkspace(files);
  return complete(ws.engine, ws.path(file), offset);
}

describe('completion', () => {
  it('offers NI codes after `indicator: NI `, with verified titles only, replacing what was typed', () => {
    const items = completeAt('laa/laa.md', (t) => t.replace('indicator: NI 186', 'indicator: NI |'));
    strictEqual(items[0].label, 'local');
    const ni16 = items.find((i) => i.label === 'NI 16')!;
    deepStrictEqual([ni16.kind, ni16.detail], ['indicator', 'Serious acquisitive crime rate']);
    strictEqual(items.find((i) => i.label === 'NI 2')!.detail, 'title not verified');
    strictEqual(
      items.some((i) => i.label === 'NI 31'),
      false,
    );
    strictEqual(items.length, 199);
    strictEqual(ni16.replace.end - ni16.replace.start, 3);
  });

  it('offers the linked SCS priorities with their titles for a target’s `priority`', () => {
    const items = completeAt('laa/laa.md', (t) => t.replace('priority: C2', 'priority: |'));
    deepStrictEqual(
      items.map((i) => [i.label, i.detail]),
      [
        ['C1', 'Safer communities'],
        ['C2', 'Greener economy'],
      ],
    );
  });

  it('offers priorities inside a flow list of `delivers`', () => {
    const items = completeAt('ldf/core.md', (t) => t.replace('delivers: [D2]', 'delivers: [D2, |]'));
    deepStrictEqual(
      items.map((i) => i.label),
      ['D1', 'D2', 'D3'],
    );
  });

  it('offers the keys of a target that are not written yet', () => {
    const items = completeAt('laa/laa.md', (t) => t.replace('    priority: C2\n', '    priority: C2\n    |\n'));
    deepStrictEqual(
      items.map((i) => i.label),
      ['title', 'designated'],
    );
    deepStrictEqual(items[0].insertText, 'title: ');
  });

  it('offers every key of a new list item', () => {
    const items = completeAt('laa/laa.md', (t) => t.replace('    priority: C2\n', '    priority: C2\n  - |\n'));
    deepStrictEqual(
      items.map((i) => i.label),
      ['id', 'indicator', 'title', 'designated', 'baseline', 'target', 'lead', 'partners', 'priority'],
    );
  });

  it('offers top-level keys the draft lacks, and enum values', () => {
    const keys = completeAt('housing/housing.md', (t) => t.replace('homelessness-strategy: ./homelessness.md\n', '|\n'));
    deepStrictEqual(
      keys.map((i) => i.label),
      [
        'kind',
        'id',
        'title',
        'authority',
        'partnership',
        'period',
        'status',
        'version',
        'vision',
        'evidence',
        'related',
        'consultation',
        'approval',
        'published',
        'priorities',
        'homelessness-strategy',
      ].filter(
        (k) => !['kind', 'title', 'authority', 'period', 'status', 'vision', 'related', 'priorities', 'consultation'].includes(k),
      ),
    );
    const statuses = completeAt('housing/housing.md', (t) => t.replace('status: submitted', 'status: |'));
    deepStrictEqual(
      statuses.map((i) => i.label),
      ['draft', 'consultation', 'submitted', 'adopted', 'superseded'],
    );
    const groups = completeAt('housing/housing.md', (t) => t.replace('groups: [residents,', 'groups: [resi|dents,'));
    strictEqual(groups[0].label, 'residents');
  });

  it('offers relative paths of drafts of the right kind under `related`', () => {
    const items = completeAt('housing/housing.md', (t) => t.replace('scs: ../scs/district.md', 'scs: |'));
    deepStrictEqual(
      items.map((i) => [i.label, i.detail]),
      [
        ['../scs/county.md', 'Exampleshire 2020'],
        ['../scs/district.md', 'Millbrook Matters'],
      ],
    );
  });

  it('offers rule ids inside a control comment', () => {
    const items = completeAt('laa/laa.md', (t) => `${t}\n<!-- placeshaper-disable-next-line laa/l| -->\n`);
    strictEqual(items.find((i) => i.label === 'laa/lead-partner')?.kind, 'rule');
    strictEqual(items[0].replace.end - items[0].replace.start, 5);
  });

  it('offers only the rules of the engine it runs in', () => {
    const text = `${LINKED_DRAFTS['laa/laa.md']}\n<!-- placeshaper-disable-next-line laa/l -->\n`;
    const host = new MemoryFileSystem({ '/ws/laa.md': text });
    const engine = new Engine({ host, root: '/ws', rules: [ruleById('laa/lead-partner')!, ruleById('laa/period')!] });
    const offset = text.indexOf('laa/l -->') + 'laa/l'.length;
    deepStrictEqual(
      complete(engine, '/ws/laa.md', offset).map((item) => item.label),
      ['laa/lead-partner', 'laa/period'],
    );
  });
});

/** Completion in a draft of its own, at the `|` in its text. */
function completeIn(textWithCursor: string) {
  const offset = textWithCursor.indexOf('|');
  const text = textWithCursor.replace('|', '');
  const engine = new Engine({
    host: new MemoryFileSystem({ '/ws/draft.md': text }),
    root: '/ws',
    today: new Date('2026-11-30T12:00:00Z'),
  });
  return complete(engine, '/ws/draft.md', offset);
}

const bySortText = (items: { label: string; sortText?: string }[]) =>
  [...items].sort((a, b) => (a.sortText ?? a.label).localeCompare(b.sortText ?? b.label)).map((i) => i.label);

describe('completion that guides a new author', () => {
  it('offers every kind and its short forms after `kind:`, each saying what the document is', () => {
    const items = completeIn('---\nkind: |\n---\n');
    deepStrictEqual(bySortText(items), [
      'sustainable-community-strategy',
      'scs',
      'local-area-agreement',
      'laa',
      'core-strategy',
      'ldf-core-strategy',
      'housing-strategy',
    ]);
    const laa = items.find((i) => i.label === 'laa')!;
    deepStrictEqual(
      [laa.description, laa.documentation],
      ['Local Area Agreement (short form)', 'The three-year delivery agreement for the SCS, with its improvement targets.'],
    );
    strictEqual(items.find((i) => i.label === 'core-strategy')!.description, 'LDF Core Strategy');
  });

  it('offers nothing once a value is complete, so that Enter starts a new line', () => {
    deepStrictEqual(completeIn('---\nkind: laa|\n---\n'), []);
    deepStrictEqual(completeIn('---\nkind: laa\nstatus: draft|\n---\n'), []);
    deepStrictEqual(
      completeAt('laa/laa.md', (t) => t.replace('indicator: NI 186', 'indicator: NI 186|')),
      [],
    );
    strictEqual(completeIn('---\nkind: la|\n---\n').length, 7);
    strictEqual(completeIn('---\nkind: laa\nstatus: dra|\n---\n').length, 5);
  });

  it('puts the keys the draft still needs first, marked required, the first one selected', () => {
    const items = completeIn('---\nkind: laa\nti|\n---\n');
    deepStrictEqual(bySortText(items).slice(0, 7), ['title', 'authority', 'partnership', 'period', 'status', 'id', 'version']);
    deepStrictEqual(
      items.filter((i) => i.description === 'required').map((i) => i.label),
      ['title', 'authority', 'partnership', 'period', 'status'],
    );
    deepStrictEqual(
      items.filter((i) => i.preselect).map((i) => i.label),
      ['title'],
    );
  });

  it('offers every missing key at once on an empty line, with placeholders, in the draft’s line endings', () => {
    const skeleton = LAA_MISSING_KEYS;
    for (const eol of ['\n', '\r\n']) {
      const items = completeIn(`---${eol}kind: laa${eol}|${eol}---${eol}`);
      const entry = items.find((i) => i.kind === 'skeleton')!;
      deepStrictEqual(
        [entry.label, entry.description, entry.insertText, entry.preselect, bySortText(items)[0]],
        ['missing keys', '‘title’, ‘authority’, ‘partnership’, ‘period’ and ‘status’', skeleton.join(eol), true, 'missing keys'],
      );
      strictEqual(items.filter((i) => i.preselect).length, 1);
    }
    // Once typing starts, or with one key missing, the ordinary keys are offered.
    strictEqual(
      completeIn('---\nkind: laa\nt|\n---\n').some((i) => i.kind === 'skeleton'),
      false,
    );
  });

  it('lists indicators with their verified titles on every row, matched by words of the title', () => {
    const items = completeAt('laa/laa.md', (t) => t.replace('indicator: NI 186', 'indicator: |'));
    const ni16 = items.find((i) => i.label === 'NI 16')!;
    deepStrictEqual(
      [ni16.description, ni16.filterText],
      ['Serious acquisitive crime rate', 'NI 16 Serious acquisitive crime rate'],
    );
    strictEqual(items.find((i) => i.label === 'NI 2')!.description, 'title not verified');
    const crime = items.filter((i) => /\bcrime\b/i.test(i.filterText ?? '')).map((i) => i.label);
    deepStrictEqual(crime.slice(0, 2), ['NI 15', 'NI 16']);
    strictEqual(crime.includes('NI 31'), false);
  });
});
