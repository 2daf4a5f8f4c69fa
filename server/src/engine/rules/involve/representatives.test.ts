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
  'representatives of local persons include children and young people, the hard to reach and other diverse groups, not only those with the loudest voice: ';
const warning = (message: string): Expected => ({ severity: 'warning', message });
const NO_HARD_TO_REACH = warning(`\`consultation.groups\` leaves out \`hard-to-reach\`; ${WHY}add \`hard-to-reach\`.`);
const THREE_GROUPS = warning(
  `\`consultation.groups\` names only 3 groups; ${WHY}consult at least four groups and list them all.`,
);
const NO_CONSULTATION = warning(
  'No consultation is recorded; representatives of local persons, including children and young people and hard-to-reach groups, should be involved: ' +
    'add `consultation` with its `from` and `to` dates and the `groups` consulted.',
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
      warning(`\`consultation.groups\` leaves out \`children-and-young-people\`; ${WHY}add \`children-and-young-people\`.`),
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
        `\`consultation.groups\` leaves out \`children-and-young-people\` and \`hard-to-reach\`, and names only 2 groups; ${WHY}` +
          'add `children-and-young-people` and `hard-to-reach`.',
      ),
    ]);
    expectFindings(RULE, consulted('groups: ⟦[residents]⟧'), [
      warning(
        `\`consultation.groups\` leaves out \`children-and-young-people\` and \`hard-to-reach\`, and names only 1 group; ${WHY}` +
          'add `children-and-young-people` and `hard-to-reach`, and consult at least four groups in all.',
      ),
    ]);
    expectFindings(RULE, consulted('groups: ⟦[]⟧'), [
      warning(
        `\`consultation.groups\` leaves out \`children-and-young-people\` and \`hard-to-reach\`, and names no groups; ${WHY}` +
          'add `children-and-young-people` and `hard-to-reach`, and consult at least four groups in all.',
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
      [
        edit(consulted('methods: [survey]'), 'consultation:', '⟦consultation⟧:'),
        '`consultation` has no `groups`; add `groups:`.',
      ],
      [consulted('groups:⟦⟧'), '`consultation.groups` should be a list of the groups consulted, not nothing.'],
      [consulted('groups: ⟦residents⟧'), '`consultation.groups` should be a list of the groups consulted, not `residents`.'],
      [
        edit(SCS, 'status: draft\n', 'status: draft\nconsultation: ⟦yes⟧\n'),
        '`consultation` should be a map with `from`, `to` and `groups`, not `yes`.',
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
