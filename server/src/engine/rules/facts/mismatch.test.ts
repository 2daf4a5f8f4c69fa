import { deepStrictEqual } from 'node:assert/strict';
import { MINIMAL_SCS } from '../../../../../test/support/drafts';
import { crlf, edit } from '../../../../../test/support/harness';
import { checklistStatusOf, expectFindings, findingsOf, type Drafts } from '../../../../../test/support/rule-cases';

const RULE = 'facts/mismatch';

/** A register with a fact of every form: a number with a unit and a date, a year, a date, a range, text and a percentage. */
const REGISTER = [
  'housing.requirement:',
  '  value: 10060',
  '  unit: homes',
  '  as-of: 2009-03-31',
  '  source: https://example.org/rss',
  'plan.end: {value: 2028, unit: year, source: https://example.org/rss}',
  'plan.start: {value: 2009-04-01, source: https://example.org/rss}',
  'plan.period: {value: {from: 2006, to: 2026}, source: https://example.org/rss}',
  'lsp.name: {value: Millbrook Partnership, source: https://example.org/rss}',
  'affordable.share: {value: 40, unit: "%", source: https://example.org/rss}',
  '',
].join('\n');

/** The minimal SCS with `body` after its last heading. */
const withBody = (body: string) => `${MINIMAL_SCS}\n${body}\n`;

/** The SCS (`draft.md`, checked) beside the register at the workspace root. */
const drafts = (text: string, register: string = REGISTER): Drafts => ({
  files: { 'draft.md': text, 'facts.yaml': register },
  check: 'draft.md',
});

const message = (difference: string, value: string, id: string, date = 'no date given') =>
  `${difference}, but the register has ${value} for ‘${id}’: write the register’s value, or correct the register (facts.yaml, ${date}).`;

describe('facts/mismatch', () => {
  it('stays quiet when every reference states the register’s value, numbers compared as numbers', () => {
    const text = withBody(
      [
        'The plan provides :fact[10,060 homes]{#housing.requirement}, that is :fact[10060 homes]{#housing.requirement}',
        'or :fact[10060]{#housing.requirement}, or :fact[about 10,060 new homes]{#housing.requirement} in all.',
        'It runs to :fact[2028]{#plan.end} from :fact[1 April 2009]{#plan.start} (:fact[2009-04-01]{#plan.start}),',
        'over :fact[2006 to 2026]{#plan.period}, led by :fact[the millbrook  partnership]{#lsp.name}; a share of',
        ':fact[40%]{#affordable.share} is affordable.',
      ].join('\n'),
    );
    expectFindings(RULE, drafts(edit(text, 'the millbrook', 'millbrook')), []);
  });

  it('reports a figure other than the register’s at the label, and its fix replaces the figure alone', () => {
    const text = withBody('The plan provides :fact[⟦about 9,000 new homes⟧]{#housing.requirement} by 2028.');
    expectFindings(RULE, drafts(text), [
      { severity: 'error', message: message('States 9,000', '10,060 homes', 'housing.requirement', 'value as of 2009-03-31') },
    ]);
    const plain = text.replace(/[⟦⟧]/g, '');
    const [finding] = findingsOf(RULE, drafts(plain));
    const fixed = edit(plain, 'about 9,000 new homes', 'about 10,060 new homes');
    deepStrictEqual(finding.fix, { title: 'Write the register’s value (10,060 homes)', result: fixed });
    deepStrictEqual(finding.related, [
      { file: 'facts.yaml', at: 'housing.requirement', message: '‘housing.requirement’ in the register' },
    ]);
    deepStrictEqual(findingsOf(RULE, drafts(crlf(plain)))[0].fix?.result, crlf(fixed));
    expectFindings(RULE, drafts(fixed), []);
  });

  it('replaces the figure where it is written when markup stands before it in the label', () => {
    const text = withBody('The plan provides :fact[*about* \\[9,000\\] homes]{#housing.requirement}.');
    deepStrictEqual(
      findingsOf(RULE, drafts(text))[0].fix?.result,
      edit(text, '*about* \\[9,000\\] homes', '*about* \\[10,060\\] homes'),
    );
  });

  it('reports a wrong unit, and its fix writes the register’s value in full', () => {
    const text = withBody('The plan provides :fact[⟦10,060 flats⟧]{#housing.requirement}.');
    expectFindings(RULE, drafts(text), [
      {
        severity: 'error',
        message: message('States the unit “flats”', '10,060 homes', 'housing.requirement', 'value as of 2009-03-31'),
      },
    ]);
    const plain = text.replace(/[⟦⟧]/g, '');
    deepStrictEqual(findingsOf(RULE, drafts(plain))[0].fix, {
      title: 'Write the register’s value (10,060 homes)',
      result: edit(plain, '10,060 flats', '10,060 homes'),
    });
  });

  it('reports a label with no figure, and its fix writes the register’s value', () => {
    const text = withBody('The plan provides :fact[⟦ten thousand homes⟧]{#housing.requirement}.');
    expectFindings(RULE, drafts(text), [
      {
        severity: 'error',
        message: message('States no figure', '10,060 homes', 'housing.requirement', 'value as of 2009-03-31'),
      },
    ]);
    const plain = text.replace(/[⟦⟧]/g, '');
    deepStrictEqual(findingsOf(RULE, drafts(plain))[0].fix?.result, edit(plain, 'ten thousand homes', '10,060 homes'));
  });

  it('reports an empty label at the whole reference, and its fix fills the label in', () => {
    const text = withBody('The plan provides ⟦:fact[]{#housing.requirement}⟧.');
    expectFindings(RULE, drafts(text), [
      {
        severity: 'error',
        message: message('States no figure', '10,060 homes', 'housing.requirement', 'value as of 2009-03-31'),
      },
    ]);
    const plain = text.replace(/[⟦⟧]/g, '');
    deepStrictEqual(findingsOf(RULE, drafts(plain))[0].fix?.result, edit(plain, ':fact[]', ':fact[10,060 homes]'));
  });

  it('compares a year, a date and a range as the register writes them', () => {
    const text = withBody(
      [
        'It runs to :fact[⟦2027⟧]{#plan.end} from :fact[⟦2 April 2009⟧]{#plan.start}, or :fact[⟦2009-04-02⟧]{#plan.start},',
        'over :fact[⟦2006 to 2025⟧]{#plan.period} and :fact[⟦2006⟧]{#plan.period}, led by :fact[⟦Exampleshire Partnership⟧]{#lsp.name}.',
      ].join('\n'),
    );
    expectFindings(RULE, drafts(text), [
      { severity: 'error', message: message('States 2027', '2028', 'plan.end') },
      { severity: 'error', message: message('States 2009-04-02', '2009-04-01', 'plan.start') },
      { severity: 'error', message: message('States 2009-04-02', '2009-04-01', 'plan.start') },
      { severity: 'error', message: message('States 2006 to 2025', '2006 to 2026', 'plan.period') },
      { severity: 'error', message: message('States only 2006', '2006 to 2026', 'plan.period') },
      { severity: 'error', message: message('States “Exampleshire Partnership”', 'Millbrook Partnership', 'lsp.name') },
    ]);
    const plain = text.replace(/[⟦⟧]/g, '');
    deepStrictEqual(
      findingsOf(RULE, drafts(plain)).map((finding) => finding.fix?.title),
      [
        'Write the register’s value (2028)',
        'Write the register’s value (2009-04-01)',
        'Write the register’s value (2009-04-01)',
        'Write the register’s value (2006 to 2026)',
        'Write the register’s value (2006 to 2026)',
        'Write the register’s value (Millbrook Partnership)',
      ],
    );
    const fixed = [
      ['[2027]', '[2028]'],
      ['[2 April 2009]', '[2009-04-01]'],
      ['[2009-04-02]', '[2009-04-01]'],
      ['[2006 to 2025]', '[2006 to 2026]'],
      ['[2006]', '[2006 to 2026]'],
      ['[Exampleshire Partnership]', '[Millbrook Partnership]'],
    ];
    deepStrictEqual(
      findingsOf(RULE, drafts(crlf(plain))).map((finding) => finding.fix?.result),
      fixed.map(([from, to]) => crlf(edit(plain, from, to))),
    );
    expectFindings(RULE, drafts(fixed.reduce((t, [from, to]) => edit(t, from, to), plain)), []);
  });

  it('leaves an unknown fact, a reference with no id, a frontmatter value and a draft with no register to other rules', () => {
    const text = withBody('It provides :fact[9,000 homes]{#housing.requirment} and :fact[9,000 homes].');
    expectFindings(RULE, drafts(text), []);
    expectFindings(
      RULE,
      { files: { 'draft.md': withBody('It provides :fact[9,000 homes]{#housing.requirement}.') }, check: 'draft.md' },
      [],
    );
    const frontmatter = edit(MINIMAL_SCS, '  to: 2020', '  to: {fact: plan.end}');
    expectFindings(RULE, drafts(frontmatter), []);
  });

  it('is not applicable to a draft whose text states no fact', () => {
    deepStrictEqual(checklistStatusOf(RULE, drafts(MINIMAL_SCS)), {
      status: 'not-applicable',
      reason: 'States no fact of the register in its text.',
    });
    deepStrictEqual(checklistStatusOf(RULE, drafts(withBody('It runs to :fact[2028]{#plan.end}.'))), { status: 'met' });
  });
});
