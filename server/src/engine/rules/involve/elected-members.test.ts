import { deepStrictEqual } from 'node:assert/strict';
import { MINIMAL_SCS } from '../../../../../test/support/drafts';
import { crlf, edit } from '../../../../../test/support/harness';
import { expectFindings, findingsOf, type Expected } from '../../../../../test/support/rule-cases';

const RULE = 'involve/elected-members';
const SCS = MINIMAL_SCS;

const consulted = (groups: string) =>
  edit(
    SCS,
    'status: draft\n',
    `status: draft\nconsultation:\n  from: 2008-01-14\n  to: 2008-04-04\n  ${groups}\n  feedback: 2008-06-02\n`,
  );
const NO_MEMBERS: Expected = {
  severity: 'info',
  message:
    '‘consultation.groups’ does not include ‘elected-members’: involve elected members, and add ‘elected-members’ to the groups, as they should lead the engagement with local people.',
};
const TITLE = 'Add ‘elected-members’ to ‘consultation.groups’';
const LIST = '[residents, children-and-young-people, hard-to-reach, businesses]';
const FLOW = `groups: ${LIST}`;
const ITEMS = '- residents\n    - children-and-young-people\n    - hard-to-reach\n    - businesses';
const BLOCK = `groups:\n    ${ITEMS}`;

describe('involve/elected-members', () => {
  it('reports groups without elected members at `consultation.groups`', () => {
    expectFindings(RULE, consulted(`groups: ⟦${LIST}⟧`), [NO_MEMBERS]);
  });

  it('adds `elected-members` to a flow list', () => {
    deepStrictEqual(findingsOf(RULE, consulted(FLOW))[0].fix, {
      title: TITLE,
      result: consulted(FLOW.replace(']', ', elected-members]')),
    });
    deepStrictEqual(findingsOf(RULE, consulted('groups: []'))[0].fix, {
      title: TITLE,
      result: consulted('groups: [elected-members]'),
    });
  });

  it('adds `elected-members` to a block list, in its indentation and line endings', () => {
    expectFindings(RULE, consulted(`groups:\n    ⟦${ITEMS}⟧`), [NO_MEMBERS]);
    deepStrictEqual(findingsOf(RULE, consulted(BLOCK))[0].fix, {
      title: TITLE,
      result: consulted(`${BLOCK}\n    - elected-members`),
    });
    deepStrictEqual(findingsOf(RULE, crlf(consulted(BLOCK)))[0].fix, {
      title: TITLE,
      result: crlf(consulted(`${BLOCK}\n    - elected-members`)),
    });
  });

  it('stays quiet when elected members were consulted', () => {
    expectFindings(RULE, consulted(FLOW.replace(']', ', elected-members]')), []);
  });

  it('leaves a missing consultation or list of groups to involve/representatives and format/schema', () => {
    expectFindings(RULE, SCS, []);
    expectFindings(RULE, consulted('methods: [survey]'), []);
    expectFindings(RULE, consulted('groups: residents'), []);
  });

  it('checks every kind', () => {
    expectFindings(RULE, edit(consulted(`groups: ⟦${LIST}⟧`), 'kind: sustainable-community-strategy', 'kind: housing-strategy'), [
      NO_MEMBERS,
    ]);
  });
});
