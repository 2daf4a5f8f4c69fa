import { deepStrictEqual } from 'node:assert/strict';
import { MINIMAL_SCS, check, crlf } from '../../../../../test/support/harness';

const SCS = MINIMAL_SCS;

const only = ['involve/representatives'];
type Range = [number, number, number, number];

const GROUPS = 'groups: [residents, children-and-young-people, hard-to-reach, elected-members]';
const consulted = (groups = GROUPS) =>
  SCS.replace('status: draft\n', `status: draft\nconsultation:\n  from: 2008-01-14\n  to: 2008-04-04\n  ${groups}\n  feedback: 2008-06-02\n`);
const WHY = 'representatives of local persons include children and young people, the hard to reach and other diverse groups, not only those with the loudest voice: ';
const finding = (range: Range, message: string) => ({ rule: 'involve/representatives', severity: 'warning', range, message });

describe('involve/representatives', () => {
  it('reports a draft with no consultation at the opening fence, with LF and CRLF', () => {
    const expected = [
      finding(
        [0, 0, 0, 3],
        'No consultation is recorded; representatives of local persons, including children and young people and hard-to-reach groups, should be involved: ' +
          'add `consultation` with its `from` and `to` dates and the `groups` consulted.',
      ),
    ];
    deepStrictEqual(check(SCS, only), expected);
    deepStrictEqual(check(crlf(SCS), only), expected);
  });

  it('reports groups without hard-to-reach groups at `consultation.groups`, with LF and CRLF', () => {
    const text = consulted('groups: [residents, children-and-young-people, elected-members, businesses]');
    const expected = [finding([14, 10, 14, 77], `\`consultation.groups\` leaves out \`hard-to-reach\`; ${WHY}add \`hard-to-reach\`.`)];
    deepStrictEqual(check(text, only), expected);
    deepStrictEqual(check(crlf(text), only), expected);
  });

  it('reports groups without children and young people', () => {
    const text = consulted('groups: [residents, hard-to-reach, elected-members, businesses]');
    deepStrictEqual(check(text, only), [finding([14, 10, 14, 65], `\`consultation.groups\` leaves out \`children-and-young-people\`; ${WHY}add \`children-and-young-people\`.`)]);
  });

  it('reports fewer than four groups', () => {
    const text = consulted('groups: [children-and-young-people, hard-to-reach, elected-members]');
    deepStrictEqual(check(text, only), [
      finding([14, 10, 14, 69], `\`consultation.groups\` names only 3 groups; ${WHY}consult at least four groups and list them all.`),
    ]);
  });

  it('counts a group named twice once', () => {
    const text = consulted('groups: [children-and-young-people, hard-to-reach, residents, residents]');
    deepStrictEqual(check(text, only).map((s) => s.message.split(';')[0]), ['`consultation.groups` names only 3 groups']);
  });

  it('says everything that is lacking in one finding', () => {
    deepStrictEqual(check(consulted('groups: [residents, elected-members]'), only).map((s) => s.message), [
      `\`consultation.groups\` leaves out \`children-and-young-people\` and \`hard-to-reach\`, and names only 2 groups; ${WHY}` +
        'add `children-and-young-people` and `hard-to-reach`.',
    ]);
    deepStrictEqual(check(consulted('groups: [residents]'), only).map((s) => s.message), [
      `\`consultation.groups\` leaves out \`children-and-young-people\` and \`hard-to-reach\`, and names only 1 group; ${WHY}` +
        'add `children-and-young-people` and `hard-to-reach`, and consult at least four groups in all.',
    ]);
    deepStrictEqual(check(consulted('groups: []'), only), [
      finding(
        [14, 10, 14, 12],
        `\`consultation.groups\` leaves out \`children-and-young-people\` and \`hard-to-reach\`, and names no groups; ${WHY}` +
          'add `children-and-young-people` and `hard-to-reach`, and consult at least four groups in all.',
      ),
    ]);
  });

  it('points at the whole of a block list, with LF and CRLF', () => {
    const text = consulted('groups:\n    - residents\n    - children-and-young-people\n    - elected-members\n    - businesses');
    const expected = [finding([15, 4, 18, 16], `\`consultation.groups\` leaves out \`hard-to-reach\`; ${WHY}add \`hard-to-reach\`.`)];
    deepStrictEqual(check(text, only), expected);
    deepStrictEqual(check(crlf(text), only), expected);
  });

  it('stays quiet on a consultation of four groups with children, young people and the hard to reach', () => {
    deepStrictEqual(check(consulted(), only), []);
  });

  it('leaves a consultation without a list of groups to format/schema', () => {
    for (const text of [consulted('methods: [survey]'), consulted('groups:'), consulted('groups: residents'), SCS.replace('status: draft\n', 'status: draft\nconsultation: yes\n')]) {
      deepStrictEqual(check(text, ['format/schema', ...only]).map((s) => s.rule), ['format/schema']);
    }
  });

  it('checks every kind', () => {
    const core = SCS.replace('kind: sustainable-community-strategy', 'kind: core-strategy').replace('priorities:\n  - id: P1\n    title: Safer communities\n', '');
    deepStrictEqual(check(core, only).map((s) => s.range), [[0, 0, 0, 3]]);
  });
});
