import { deepStrictEqual, strictEqual } from 'node:assert/strict';
import Ajv from 'ajv';
import { CLEAN_SCS, LAA_MISSING_KEYS } from '../../../../../test/support/drafts';
import { edit, md } from '../../../../../test/support/harness';
import { messageStyleProblem } from '../../../../../test/support/message-style';
import { expectFindings, unmarked, findingsOf } from '../../../../../test/support/rule-cases';
import { FrontmatterView } from '../../parse/frontmatter-view';
import { parseYaml } from '../../parse/parse-draft';
import { describeSchemaErrors } from '../../schema/validate-frontmatter';

const RULE = 'format/schema';

describe('format/schema', () => {
  it('stays quiet on a correct draft', () => {
    expectFindings(RULE, CLEAN_SCS, []);
  });

  it('suggests the nearest enum value inside nested frontmatter', () => {
    const adopted = (body: string) =>
      edit(CLEAN_SCS, 'status: draft', `status: adopted\napproval:\n  body: ${body}\n  date: 2008-05-01`);
    expectFindings(RULE, adopted('⟦full council⟧'), [
      { severity: 'error', message: '‘full council’ is not a valid ‘approval.body’; did you mean ‘full-council’?' },
    ]);
    const [finding] = findingsOf(RULE, adopted('full council'));
    strictEqual(finding.fix?.title, 'Replace with ‘full-council’');
    strictEqual(finding.fix?.result, adopted('full-council'));
  });

  it('reports a missing required key at the `kind` line, with a fix that adds it with a placeholder', () => {
    const text = edit(
      CLEAN_SCS,
      '---\nkind: sustainable-community-strategy\ntitle: Exampleshire Sustainable Community Strategy\n',
      '---\n⟦kind⟧: sustainable-community-strategy\n',
    );
    expectFindings(RULE, text, [
      {
        severity: 'error',
        message: 'The frontmatter lacks a key every sustainable community strategy needs: add ‘title’.',
      },
    ]);
    deepStrictEqual(findingsOf(RULE, unmarked(text).text)[0].fix, {
      title: 'Add ‘title’',
      result: CLEAN_SCS.replace('title: Exampleshire Sustainable Community Strategy', 'title: <the document title>'),
    });
  });

  it('reports every key a new draft lacks as one finding, and the fix inserts them all, in LF and CRLF', () => {
    expectFindings(RULE, '---\n⟦kind⟧: laa\n---\n', [
      {
        severity: 'error',
        message:
          'The frontmatter lacks keys every local area agreement needs: add ‘title’, ‘authority’, ‘partnership’, ‘period’ and ‘status’.',
      },
    ]);
    const skeleton = ['---', 'kind: laa', ...LAA_MISSING_KEYS, '---', ''];
    for (const eol of ['\n', '\r\n']) {
      const drafts = { files: { 'draft.md': `---${eol}kind: laa${eol}---${eol}` }, check: 'draft.md', today: '2026-11-30' };
      const [finding] = findingsOf(RULE, drafts);
      deepStrictEqual(finding.fix, { title: 'Add the missing keys (5)', result: skeleton.join(eol) });
      expectFindings(RULE, { ...drafts, files: { 'draft.md': finding.fix!.result } }, []);
    }
  });

  it('shows a new draft one problem, not one a rule: the other rules wait until the format is whole', () => {
    deepStrictEqual(
      findingsOf('*', '---\nkind: laa\n---\n').map((f) => f.rule),
      ['format/schema'],
    );
    deepStrictEqual(
      findingsOf('*', edit(CLEAN_SCS, 'status: draft\n', '')).map((f) => f.rule),
      ['format/schema'],
    );
  });

  it('reports the keys a nested map lacks at the map, and the fix fills a flow map in its own style', () => {
    const text = edit(
      CLEAN_SCS,
      'authority:\n  name: Exampleshire County Council\n  type: county',
      '⟦authority⟧: {name: Exampleshire County Council}',
    );
    expectFindings(RULE, text, [{ severity: 'error', message: '‘authority’ lacks ‘type’: add ‘type’.' }]);
    deepStrictEqual(findingsOf(RULE, unmarked(text).text)[0].fix, {
      title: 'Add ‘type’',
      result: unmarked(text).text.replace(
        '{name: Exampleshire County Council}',
        '{name: Exampleshire County Council, type: county}',
      ),
    });
    const block = edit(CLEAN_SCS, '  type: county\n', '');
    deepStrictEqual(findingsOf(RULE, block)[0].fix?.result, CLEAN_SCS);
  });

  it('reports a missing key of a list item at the item, naming it by id', () => {
    const text = edit(CLEAN_SCS, '  - id: P1\n    title: Safer communities\n', '  - id: ⟦P1⟧\n');
    expectFindings(RULE, text, [{ severity: 'error', message: 'Priority ‘P1’ of ‘priorities’ lacks ‘title’: add ‘title’.' }]);
  });

  it('asks an adopted document for its approval, at ‘status’', () => {
    expectFindings(RULE, edit(CLEAN_SCS, 'status: draft', 'status: ⟦adopted⟧'), [
      {
        severity: 'error',
        message:
          'An adopted document needs ‘approval’ with the ‘body’ that approved it and the ‘date’: add ‘approval: {body: full-council, date: YYYY-MM-DD}’.',
      },
    ]);
  });

  it('explains a wrong type in the author’s words', () => {
    expectFindings(RULE, edit(CLEAN_SCS, 'from: 2008', 'from: ⟦twenty-o-eight⟧'), [
      {
        severity: 'error',
        message: '‘period.from’ has the wrong form: make it a four-digit year, such as ‘2008’, not ‘twenty-o-eight’.',
      },
    ]);
  });

  it('rejects a date that is not YYYY-MM-DD', () => {
    expectFindings(RULE, edit(CLEAN_SCS, 'status: draft', 'status: draft\npublished: ⟦June 2008⟧'), [
      { severity: 'error', message: '‘published’ has the wrong form: make it a date written YYYY-MM-DD, not ‘June 2008’.' },
    ]);
  });

  it('reports period.from after period.to at period.from', () => {
    expectFindings(RULE, edit(CLEAN_SCS, 'from: 2008', 'from: ⟦2021⟧'), [
      { severity: 'error', message: '‘period.from’ (2021) is after ‘period.to’ (2020); swap them or correct the years.' },
    ]);
  });

  it('explains a link that is neither a path nor {path, version}', () => {
    expectFindings(RULE, edit(CLEAN_SCS, 'status: draft', 'status: draft\nrelated:\n  county-scs: ⟦[a, b]⟧'), [
      {
        severity: 'error',
        message:
          '‘related.county-scs’ has the wrong form: make it a relative path, or a map with ‘path’ and ‘version’, not a list.',
      },
    ]);
  });

  it('lists the values of an enum when none is close', () => {
    expectFindings(RULE, edit(CLEAN_SCS, 'status: draft', 'status: ⟦finished⟧'), [
      {
        severity: 'error',
        message: '‘finished’ is not a valid ‘status’; use ‘draft’, ‘consultation’, ‘submitted’, ‘adopted’ or ‘superseded’.',
      },
    ]);
  });

  it('quotes the code of a schema’s description in plain text', () => {
    const text = edit(CLEAN_SCS, '    title: Safer communities\n', '    title: Safer communities\n    spatial: ⟦yes⟧\n');
    expectFindings(RULE, text, [
      { severity: 'error', message: '‘spatial’ of priority ‘P1’ has the wrong form: make it ‘true’ or ‘false’, not ‘yes’.' },
    ]);
  });

  it('checks kind-specific keys (an LAA target needs an indicator)', () => {
    const laa = md`
      ---
      kind: laa
      title: Exampleshire LAA
      authority: {name: Exampleshire County Council, type: county}
      partnership: Exampleshire Partnership
      period: {from: 2008, to: 2011}
      status: draft
      targets:
        - id: ⟦T1⟧
          priority: P1
      ---
    `;
    expectFindings(RULE, laa, [{ severity: 'error', message: 'Target ‘T1’ of ‘targets’ lacks ‘indicator’: add ‘indicator’.' }]);
  });
});

describe('format/schema messages for the other files checked against a schema (configuration, guidance corpora)', () => {
  const validate = new Ajv({ allErrors: true, verbose: true, strict: false }).compile({
    type: 'object',
    description: 'a map of settings',
    additionalProperties: false,
    properties: {
      name: { type: 'string', minLength: 1, maxLength: 8, description: 'a short name' },
      ignore: { type: 'array', maxItems: 2, items: { type: 'string', description: 'a glob pattern' } },
      level: { enum: 'abcdefghijkl'.split(''), description: 'a level' },
      mode: { const: 'strict' },
      size: { type: 'integer' },
    },
  });
  const messages = (text: string) => {
    const document = parseYaml(text);
    validate(document.toJS());
    const view = new FrontmatterView(() => document, 0, text);
    return describeSchemaErrors(
      validate.errors ?? [],
      view,
      { start: 0, end: 1 },
      'configuration file',
      'The configuration file',
    ).map((p) => p.message);
  };
  const plain = (seen: string[]) => {
    deepStrictEqual(
      seen.map(messageStyleProblem).filter((problem) => problem !== undefined),
      [],
    );
    return seen;
  };

  it('says what to do about an empty value, a long value and a long list', () => {
    deepStrictEqual(plain(messages("name: ''")), ['‘name’ is empty; write it out, or remove it.']);
    deepStrictEqual(plain(messages('name: exampleshire-partnership')), [
      '‘name’ is longer than 8 characters, the most it may be: shorten it to have it used.',
    ]);
    deepStrictEqual(plain(messages('ignore: [a, b, c]')), [
      '‘ignore’ has more than 2 entries, the most it may have: shorten the list, as the entries from here on were not used.',
    ]);
  });

  it('says what to do about a value of no known form, of a long enum, or against a keyword it does not name', () => {
    deepStrictEqual(plain(messages('size: big')), ['‘size’ has the wrong form: correct it, as it cannot be ‘big’.']);
    deepStrictEqual(plain(messages('level: z')), ['‘z’ is not a valid ‘level’; use one of the 12 values listed in the format.']);
    deepStrictEqual(plain(messages('mode: loose')), ['‘mode’ is not valid: correct it (it must be equal to constant).']);
    deepStrictEqual(plain(messages('- a')), [
      'The configuration file has the wrong form: make it a map of settings, not a list.',
    ]);
    deepStrictEqual(plain(messages('nmae: x')), [
      '‘nmae’ is not a key of a configuration file; remove it or use one of ‘name’, ‘ignore’, ‘level’, ‘mode’ or ‘size’.',
    ]);
  });
});
