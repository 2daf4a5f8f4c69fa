import { deepStrictEqual } from 'node:assert/strict';
import { MINIMAL_SCS } from '../../../../../test/support/drafts';
import { crlf, edit, workspace } from '../../../../../test/support/harness';
import { expectFindings, findingsOf, type Drafts } from '../../../../../test/support/rule-cases';

const RULE = 'facts/stale-figure';

const REGISTER = [
  'housing.requirement:',
  '  value: 10060',
  '  unit: homes',
  '  source: https://example.org/rss',
  '  aliases: [housing requirement, new homes]',
  '  earlier: [5720, 8600]',
  'plan.end: {value: 2028, unit: year, aliases: [plan period], earlier: [2026], source: https://example.org/rss}',
  'affordable.need: {value: 410, aliases: [affordable need], source: https://example.org/shma}',
  '',
].join('\n');

/** The minimal SCS with `body` after its last heading, beside the register. */
const drafts = (body: string, register = REGISTER): Drafts => ({
  files: { 'draft.md': `${MINIMAL_SCS}\n${body}\n`, 'facts.yaml': register },
  check: 'draft.md',
});

const HOUSING = (figure: string, alias = 'housing requirement') =>
  `${figure} is an earlier value of ‘housing.requirement’ (“${alias}”) in the register of facts: write the current value, 10,060 homes.`;

describe('facts/stale-figure', () => {
  it('gives a hint at an earlier value in a sentence that names the fact through an alias, with its fix', () => {
    const body = 'The housing requirement for the district is ⟦5,720⟧ homes a year.';
    expectFindings(RULE, drafts(body), [{ severity: 'hint', message: HOUSING('5,720') }]);
    const plain = body.replace(/[⟦⟧]/g, '');
    const [finding] = findingsOf(RULE, drafts(plain));
    const fixed = edit(`${MINIMAL_SCS}\n${plain}\n`, 'is 5,720 homes', 'is :fact[10,060]{#housing.requirement} homes');
    deepStrictEqual(finding.fix, { title: 'Write the register’s value as a reference (10,060)', result: fixed });
    const draft = (text: string): Drafts => ({ files: { 'draft.md': text, 'facts.yaml': REGISTER }, check: 'draft.md' });
    deepStrictEqual(
      findingsOf(RULE, draft(crlf(`${MINIMAL_SCS}\n${plain}\n`))).map((f) => f.fix?.result),
      [crlf(fixed)],
    );
    expectFindings(['facts/stale-figure', 'facts/mismatch'], draft(fixed), []);
  });

  it('compares figures as numbers, whatever the alias’s case and spacing, and the figure before the alias', () => {
    const body = [
      'In 2007 ⟦8600⟧ New  Homes were planned.',
      'The Housing\nRequirement was ⟦5720⟧.',
      'The plan period ended in ⟦2026⟧.',
    ].join(' ');
    expectFindings(RULE, drafts(body), [
      { severity: 'hint', message: HOUSING('8600', 'New Homes') },
      { severity: 'hint', message: HOUSING('5720', 'Housing Requirement') },
      {
        severity: 'hint',
        message:
          '2026 is an earlier value of ‘plan.end’ (“plan period”) in the register of facts: write the current value, 2028.',
      },
    ]);
    deepStrictEqual(
      findingsOf(RULE, drafts(body.replace(/[⟦⟧]/g, '')))[2]
        .fix?.result.split('\n')
        .at(-2),
      'Requirement was 5720. The plan period ended in :fact[2028]{#plan.end}.',
    );
  });

  it('stays quiet when the earlier value stands in another sentence, list item or table row', () => {
    expectFindings(RULE, drafts('The housing requirement has changed. It was 5,720 homes in 2005!'), []);
    expectFindings(RULE, drafts('The housing requirement has changed.\n\n5,720 homes were planned before.'), []);
    expectFindings(RULE, drafts('- The housing requirement:\n- 5,720 homes before'), []);
    expectFindings(RULE, drafts('## The housing requirement\nIt was 5,720 homes.'), []);
    expectFindings(RULE, drafts('| Fact | Figure |\n| --- | --- |\n| Housing requirement | ⟦5,720⟧ |\n| Jobs | 5,720 |'), [
      { severity: 'hint', message: HOUSING('5,720', 'Housing requirement') },
    ]);
  });

  it('stays quiet on a figure inside a fact reference', () => {
    expectFindings(RULE, drafts('The housing requirement is :fact[5,720 homes]{#housing.requirement}.'), []);
    expectFindings(
      RULE,
      drafts('The housing requirement is :fact[10,060]{#housing.requirement}, up from :fact[8,600]{#old.plan}.'),
      [],
    );
  });

  it('stays quiet on a figure that is part of a longer token', () => {
    expectFindings(
      RULE,
      drafts('The housing requirement under NI5720, policy 5720a, or in 2026-27 (2026–27, 2026/27) and v2026.'),
      [],
    );
    expectFindings(RULE, drafts('The housing requirement is 15,720 homes, 5,7200 in all, or 1.5720 per hectare.'), []);
  });

  it('stays quiet on current values, on facts with no earlier values, and in the frontmatter', () => {
    expectFindings(RULE, drafts('The housing requirement is 10,060 homes, and the affordable need 410, once 400.'), []);
    expectFindings(RULE, drafts('Nothing here.', REGISTER.replace('  earlier: [5720, 8600]\n', '')), []);
    const frontmatter = MINIMAL_SCS.replace('title: Safer communities', 'title: A housing requirement of 5720 homes');
    expectFindings(RULE, { files: { 'draft.md': frontmatter, 'facts.yaml': REGISTER }, check: 'draft.md' }, []);
  });
  it('reads no figure in fenced code or HTML, open or closed', () => {
    const body = [
      'The housing requirement is ⟦5,720⟧.',
      '',
      '```',
      'The housing requirement is 5720.',
      '```',
      '',
      '<div>',
      'The housing requirement is 5720.',
      '</div>',
    ].join('\n');
    expectFindings(RULE, drafts(body), [{ severity: 'hint', message: HOUSING('5,720') }]);
    const text = `${MINIMAL_SCS}\n${body.replace(/[⟦⟧]/g, '')}\n`;
    const open = workspace({ 'draft.md': text, 'facts.yaml': REGISTER });
    open.engine.workspace.open('/ws/draft.md', text, 1);
    deepStrictEqual(
      open
        .findings('draft.md')
        .filter((f) => f.rule === RULE)
        .map((f) => text.slice(f.span.start, f.span.end)),
      ['5,720'],
    );
  });
});

describe('facts/stale-figure in an open draft', () => {
  /** The rule's findings as [text found, message], for the draft open in the editor or read from disk. */
  const found = (h: ReturnType<typeof workspace>) =>
    h
      .findings('draft.md')
      .filter((f) => f.rule === RULE)
      .map((f) => [
        h.engine.workspace.draft('/ws/draft.md')!.parsed.text.slice(f.span.start, f.span.end),
        f.span.start,
        f.message,
      ]);

  it('finds what it finds on disk, block by block, and keeps up as the text around a block changes', () => {
    const body = [
      'The housing requirement is 5,720 homes.',
      '',
      '- The plan period ends in 2026.',
      '- Other text.',
      '',
      '| Measure | Value |',
      '| --- | --- |',
      '| housing requirement | 8600 |',
    ].join('\n');
    const text = `${MINIMAL_SCS}\n${body}\n`;
    const onDisk = workspace({ 'draft.md': text, 'facts.yaml': REGISTER });
    const open = workspace({ 'draft.md': text, 'facts.yaml': REGISTER });
    open.engine.workspace.open('/ws/draft.md', text, 1);
    deepStrictEqual(found(open), found(onDisk));
    deepStrictEqual(
      found(open).map(([figure]) => figure),
      ['5,720', '2026', '8600'],
    );
    // A paragraph put before them moves every finding; a changed block is read again, the others are not.
    const edited = text.replace('The housing requirement is 5,720', 'Intro.\n\nThe housing requirement is 8,600');
    open.engine.workspace.open('/ws/draft.md', edited, 2);
    const editedOnDisk = workspace({ 'draft.md': edited, 'facts.yaml': REGISTER });
    deepStrictEqual(found(open), found(editedOnDisk));
    deepStrictEqual(
      found(open).map(([figure]) => figure),
      ['8,600', '2026', '8600'],
    );
    // A new register (an earlier value dropped) is read against every block again.
    open.engine.workspace.open('/ws/facts.yaml', REGISTER.replace('earlier: [5720, 8600]', 'earlier: [5720]'), 1);
    deepStrictEqual(
      found(open).map(([figure]) => figure),
      ['2026'],
    );
  });
});
