import { MINIMAL_SCS } from '../../../../../test/support/drafts';
import { edit } from '../../../../../test/support/harness';
import { expectFindings, type Expected } from '../../../../../test/support/rule-cases';

const RULE = 'involve/representatives';
const SCS = MINIMAL_SCS;

const GROUPS = 'groups: [residents, children-and-young-people, hard-to-reach, elected-members]';
const consulted = (groups = GROUPS) =>
  edit(
    SCS,
    'status: draft\n',
    `status: draft\nconsultation:\n  from: 2008-01-14\n  to: 2008-04-04\n  ${groups}\n  feedback: 2008-06-02\n`,
  );
const WHY =
  'representatives of local persons include children and young people, the hard to reach and other diverse groups, not only those with the loudest voice.';
const warning = (message: string): Expected => ({ severity: 'warning', message });
const NO_HARD_TO_REACH = warning(`‘consultation.groups’ leaves out ‘hard-to-reach’: add it; ${WHY}`);
const THREE_GROUPS = warning(`‘consultation.groups’ names only 3 groups: consult at least four groups and list them all; ${WHY}`);
const NO_CONSULTATION = warning(
  'No consultation is recorded: involve representatives of local persons, including children and young people and hard-to-reach groups, ' +
    'and add ‘consultation’ with its ‘from’ and ‘to’ dates and the ‘groups’ consulted.',
);

describe('involve/representatives', () => {
  it('reports a draft with no consultation at the opening fence', () => {
    expectFindings(RULE, edit(SCS, '---\n', '⟦---⟧\n'), [NO_CONSULTATION]);
  });

  it('reports groups without hard-to-reach groups at `consultation.groups`', () => {
    expectFindings(RULE, consulted('groups: ⟦[residents, children-and-young-people, elected-members, businesses]⟧'), [
      NO_HARD_TO_REACH,
    ]);
  });

  it('reports groups without children and young people', () => {
    expectFindings(RULE, consulted('groups: ⟦[residents, hard-to-reach, elected-members, businesses]⟧'), [
      warning(`‘consultation.groups’ leaves out ‘children-and-young-people’: add it; ${WHY}`),
    ]);
  });

  it('reports fewer than four groups', () => {
    expectFindings(RULE, consulted('groups: ⟦[children-and-young-people, hard-to-reach, elected-members]⟧'), [THREE_GROUPS]);
  });

  it('counts a group named twice once', () => {
    expectFindings(RULE, consulted('groups: ⟦[children-and-young-people, hard-to-reach, residents, residents]⟧'), [THREE_GROUPS]);
  });

  it('says everything that is lacking in one finding', () => {
    expectFindings(RULE, consulted('groups: ⟦[residents, elected-members]⟧'), [
      warning(
        `‘consultation.groups’ leaves out ‘children-and-young-people’ and ‘hard-to-reach’: add both (it names only 2 groups); ${WHY}`,
      ),
    ]);
    expectFindings(RULE, consulted('groups: ⟦[residents]⟧'), [
      warning(
        '‘consultation.groups’ leaves out ‘children-and-young-people’ and ‘hard-to-reach’: ' +
          `add both, and consult at least four groups in all (it names only 1 group); ${WHY}`,
      ),
    ]);
    expectFindings(RULE, consulted('groups: ⟦[]⟧'), [
      warning(
        '‘consultation.groups’ leaves out ‘children-and-young-people’ and ‘hard-to-reach’: ' +
          `add both, and consult at least four groups in all (it names no groups); ${WHY}`,
      ),
    ]);
  });

  it('asks for more groups as well when adding the missing one still leaves fewer than four', () => {
    expectFindings(RULE, consulted('groups: ⟦[residents, hard-to-reach]⟧'), [
      warning(
        '‘consultation.groups’ leaves out ‘children-and-young-people’: ' +
          `add it, and consult at least four groups in all (it names only 2 groups); ${WHY}`,
      ),
    ]);
  });

  it('points at the whole of a block list', () => {
    const text = consulted(
      'groups:\n    ⟦- residents\n    - children-and-young-people\n    - elected-members\n    - businesses⟧',
    );
    expectFindings(RULE, text, [NO_HARD_TO_REACH]);
  });

  it('stays quiet on a consultation of four groups with children, young people and the hard to reach', () => {
    expectFindings(RULE, consulted(), []);
  });

  it('leaves a consultation without a list of groups to format/schema', () => {
    const malformed: [string, string][] = [
      [edit(consulted('methods: [survey]'), 'consultation:', '⟦consultation⟧:'), '‘consultation’ lacks ‘groups’: add ‘groups’.'],
      [consulted('groups:⟦⟧'), '‘consultation.groups’ has the wrong form: make it a list of the groups consulted, not nothing.'],
      [
        consulted('groups: ⟦residents⟧'),
        '‘consultation.groups’ has the wrong form: make it a list of the groups consulted, not ‘residents’.',
      ],
      [
        edit(SCS, 'status: draft\n', 'status: draft\nconsultation: ⟦yes⟧\n'),
        '‘consultation’ has the wrong form: make it a map with ‘from’, ‘to’ and ‘groups’, not ‘yes’.',
      ],
    ];
    for (const [text, schema] of malformed) {
      expectFindings(['format/schema', RULE], text, [{ rule: 'format/schema', severity: 'error', message: schema }]);
    }
  });

  it('checks every kind', () => {
    const core = edit(
      edit(SCS, 'kind: sustainable-community-strategy', 'kind: core-strategy'),
      'priorities:\n  - id: P1\n    title: Safer communities\n',
      '',
    );
    expectFindings(RULE, edit(core, '---\n', '⟦---⟧\n'), [NO_CONSULTATION]);
  });
});
