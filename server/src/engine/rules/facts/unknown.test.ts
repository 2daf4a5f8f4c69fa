import { deepStrictEqual } from 'node:assert/strict';
import { MINIMAL_SCS } from '../../../../../test/support/drafts';
import { crlf, edit } from '../../../../../test/support/harness';
import { LAA, SCS } from '../../../../../test/support/laa-drafts';
import { checklistStatusOf, expectFindings, findingsOf, type Drafts } from '../../../../../test/support/rule-cases';

const RULE = 'facts/unknown';

const REGISTER = [
  'housing.requirement: {value: 10060, unit: homes, source: https://example.org/rss}',
  'ni16.baseline: {value: 14.8, as-of: 2007, source: https://example.org/ni16}',
  'ni153.baseline: {value: 27.9, as-of: 2007, source: https://example.org/ni153}',
  '',
].join('\n');

/** The minimal SCS with `body` after its last heading. */
const withBody = (body: string) => `${MINIMAL_SCS}\n${body}\n`;

/** A draft (`draft.md`, checked) with the register at the workspace root, or with none. */
const drafts = (text: string, register: string | null = REGISTER): Drafts => ({
  files: register === null ? { 'draft.md': text } : { 'draft.md': text, 'facts.yaml': register },
  check: 'draft.md',
});

/** The LAA (`laa.md`, checked) with its baselines taken from the register, beside its SCS and the register. */
const BASELINES = edit(
  edit(LAA, '    baseline: {value: 14.8, year: 2007}', '    baseline: {fact: ni16.baseline}'),
  '    baseline:\n      value: 27.9\n      year: 2007',
  '    baseline:\n      fact: ni153.baseline',
);
const laa = (text: string, files: Record<string, string> = { 'facts.yaml': REGISTER }): Drafts => ({
  files: { 'scs.md': SCS, 'laa.md': text, ...files },
  check: 'laa.md',
});

const NO_REGISTER = (id: string) =>
  `There is no register of facts for ‘${id}’: add ‘facts.yaml’ at the workspace root with an entry ‘${id}’, or name the register with ‘facts’ in .placeshaper.yaml.`;

describe('facts/unknown', () => {
  it('stays quiet when every reference, in the body and in the frontmatter, names a fact of the register', () => {
    expectFindings(RULE, drafts(withBody('The plan provides :fact[10,060 homes]{#housing.requirement}.')), []);
    expectFindings(RULE, laa(BASELINES), []);
  });

  it('reports an id the register does not have at the id in the body, suggesting the nearest, with its fix', () => {
    const text = withBody('The plan provides :fact[10,060 homes]{#⟦housing.requirment⟧}.');
    expectFindings(RULE, drafts(text), [
      {
        severity: 'error',
        message: '‘housing.requirment’ is not in the register of facts (facts.yaml); did you mean ‘housing.requirement’?',
      },
    ]);
    const plain = text.replace(/[⟦⟧]/g, '');
    const fixed = edit(plain, '{#housing.requirment}', '{#housing.requirement}');
    deepStrictEqual(findingsOf(RULE, drafts(plain))[0].fix, { title: 'Change to ‘housing.requirement’', result: fixed });
    deepStrictEqual(findingsOf(RULE, drafts(crlf(plain)))[0].fix?.result, crlf(fixed));
    expectFindings(RULE, drafts(fixed), []);
  });

  it('finds the id written as an attribute in quotes too', () => {
    const text = withBody('The plan provides :fact[10,060 homes]{id="⟦housing.requirment⟧"}.');
    expectFindings(RULE, drafts(text), [
      {
        severity: 'error',
        message: '‘housing.requirment’ is not in the register of facts (facts.yaml); did you mean ‘housing.requirement’?',
      },
    ]);
    const plain = text.replace(/[⟦⟧]/g, '');
    deepStrictEqual(findingsOf(RULE, drafts(plain))[0].fix?.result, edit(plain, 'requirment', 'requirement'));
  });

  it('reports an id the register does not have in the frontmatter, flow and block maps alike, with its fix', () => {
    const text = edit(
      edit(BASELINES, '{fact: ni16.baseline}', '{fact: ⟦ni16.baselin⟧}'),
      '      fact: ni153.baseline',
      '      fact: ⟦ni153.basline⟧',
    );
    expectFindings(RULE, laa(text), [
      {
        severity: 'error',
        message: '‘ni16.baselin’ is not in the register of facts (facts.yaml); did you mean ‘ni16.baseline’?',
      },
      {
        severity: 'error',
        message: '‘ni153.basline’ is not in the register of facts (facts.yaml); did you mean ‘ni153.baseline’?',
      },
    ]);
    const plain = text.replace(/[⟦⟧]/g, '');
    const [flow, block] = findingsOf(RULE, laa(plain));
    deepStrictEqual(flow.fix, { title: 'Change to ‘ni16.baseline’', result: edit(plain, 'ni16.baselin}', 'ni16.baseline}') });
    deepStrictEqual(block.fix, { title: 'Change to ‘ni153.baseline’', result: edit(plain, 'ni153.basline', 'ni153.baseline') });
    deepStrictEqual(findingsOf(RULE, laa(crlf(plain)))[1].fix?.result, crlf(edit(plain, 'ni153.basline', 'ni153.baseline')));
  });

  it('reports an id like none of the register’s with no fix', () => {
    const text = withBody('The plan provides :fact[42 pitches]{#⟦traveller.pitches⟧}.');
    expectFindings(RULE, drafts(text), [
      {
        severity: 'error',
        message: '‘traveller.pitches’ is not in the register of facts (facts.yaml): add it there, or correct the id.',
      },
    ]);
    deepStrictEqual(findingsOf(RULE, drafts(text))[0].fix, undefined);
  });

  it('reports a reference that names no fact at the whole reference, in the body and in the frontmatter', () => {
    expectFindings(RULE, drafts(withBody('The plan provides ⟦:fact[10,060 homes]⟧ and ⟦:fact[8,600]{.approx}⟧.')), [
      {
        severity: 'error',
        message:
          'This fact reference names no fact: add the fact’s id after the label, as in ‘:fact[10,060 homes]{#housing.requirement}’.',
      },
      {
        severity: 'error',
        message:
          'This fact reference names no fact: add the fact’s id after the label, as in ‘:fact[10,060 homes]{#housing.requirement}’.',
      },
    ]);
    const frontmatter = 'This ‘fact’ names no fact: write the id of a fact of the register, as in ‘{fact: housing.requirement}’.';
    expectFindings(RULE, laa(edit(BASELINES, '{fact: ni16.baseline}', '⟦{fact: }⟧')), [
      { severity: 'error', message: frontmatter },
    ]);
    expectFindings(RULE, laa(edit(BASELINES, '{fact: ni16.baseline}', '⟦{fact: [ni16.baseline]}⟧')), [
      { severity: 'error', message: frontmatter },
    ]);
  });

  it('says so when there is no register at all, at every id', () => {
    expectFindings(RULE, drafts(withBody('The plan provides :fact[10,060 homes]{#⟦housing.requirement⟧}.'), null), [
      { severity: 'error', message: NO_REGISTER('housing.requirement') },
    ]);
    expectFindings(
      RULE,
      laa(
        edit(edit(BASELINES, 'fact: ni16.baseline', 'fact: ⟦ni16.baseline⟧'), 'fact: ni153.baseline', 'fact: ⟦ni153.baseline⟧'),
        {},
      ),
      [
        { severity: 'error', message: NO_REGISTER('ni16.baseline') },
        { severity: 'error', message: NO_REGISTER('ni153.baseline') },
      ],
    );
  });

  it('reads the register .placeshaper.yaml names with ‘facts’, and not facts.yaml', () => {
    const text = withBody('It provides :fact[10,060 homes]{#housing.requirement} and :fact[14.8%]{#⟦ni16.baseline⟧}.');
    const files = {
      'draft.md': text,
      '.placeshaper.yaml': 'facts: other.yaml\n',
      'other.yaml': 'housing.requirement: {value: 10060, unit: homes}\nni16.baselines: {value: 14.8}\n',
      'facts.yaml': REGISTER,
    };
    expectFindings(RULE, { files, check: 'draft.md' }, [
      {
        severity: 'error',
        message: '‘ni16.baseline’ is not in the register of facts (other.yaml); did you mean ‘ni16.baselines’?',
      },
    ]);
  });

  it('is not applicable to a draft that refers to no fact', () => {
    deepStrictEqual(checklistStatusOf(RULE, drafts(MINIMAL_SCS)), {
      status: 'not-applicable',
      reason: 'Refers to no fact of the register.',
    });
    deepStrictEqual(checklistStatusOf(RULE, laa(BASELINES)), { status: 'met' });
  });
});
