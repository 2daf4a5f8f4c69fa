import { deepStrictEqual } from 'node:assert/strict';
import { MINIMAL_SCS, check, crlf, workspace } from '../../../../../test/support/harness';
import { applyEdits } from '../support';

const SCS = MINIMAL_SCS;

const only = ['involve/elected-members'];
type Range = [number, number, number, number];

const consulted = (groups: string) =>
  SCS.replace('status: draft\n', `status: draft\nconsultation:\n  from: 2008-01-14\n  to: 2008-04-04\n  ${groups}\n  feedback: 2008-06-02\n`);
const fixed = (text: string) => {
  const [finding] = workspace({ 'a.md': text }).findings('a.md').filter((f) => f.rule === 'involve/elected-members');
  return { title: finding.fix!.title, text: applyEdits(text, finding.fix!.edits) };
};
const MESSAGE =
  '`consultation.groups` does not include `elected-members`; elected members should lead the engagement with local people: involve them, and add `elected-members` to the groups.';
const TITLE = 'Add `elected-members` to `consultation.groups`';
const FLOW = 'groups: [residents, children-and-young-people, hard-to-reach, businesses]';
const BLOCK = 'groups:\n    - residents\n    - children-and-young-people\n    - hard-to-reach\n    - businesses';

describe('involve/elected-members', () => {
  it('reports groups without elected members at `consultation.groups`, with LF and CRLF', () => {
    const text = consulted(FLOW);
    const expected = [{ rule: 'involve/elected-members', severity: 'info', range: [14, 10, 14, 75] as Range, message: MESSAGE }];
    deepStrictEqual(check(text, only), expected);
    deepStrictEqual(check(crlf(text), only), expected);
  });

  it('adds `elected-members` to a flow list', () => {
    deepStrictEqual(fixed(consulted(FLOW)), { title: TITLE, text: consulted(FLOW.replace(']', ', elected-members]')) });
    deepStrictEqual(fixed(consulted('groups: []')), { title: TITLE, text: consulted('groups: [elected-members]') });
  });

  it('adds `elected-members` to a block list, in its indentation and line endings', () => {
    const text = consulted(BLOCK);
    deepStrictEqual(check(text, only).map((s) => s.range), [[15, 4, 18, 16]]);
    deepStrictEqual(fixed(text), { title: TITLE, text: consulted(`${BLOCK}\n    - elected-members`) });
    deepStrictEqual(fixed(crlf(text)), { title: TITLE, text: crlf(consulted(`${BLOCK}\n    - elected-members`)) });
  });

  it('stays quiet when elected members were consulted', () => {
    deepStrictEqual(check(consulted(FLOW.replace(']', ', elected-members]')), only), []);
  });

  it('leaves a missing consultation or list of groups to involve/representatives and format/schema', () => {
    deepStrictEqual(check(SCS, only), []);
    deepStrictEqual(check(consulted('methods: [survey]'), only), []);
    deepStrictEqual(check(consulted('groups: residents'), only), []);
  });

  it('checks every kind', () => {
    const housing = consulted(FLOW).replace('kind: sustainable-community-strategy', 'kind: housing-strategy');
    deepStrictEqual(check(housing, only).map((s) => s.range), [[14, 10, 14, 75]]);
  });
});
