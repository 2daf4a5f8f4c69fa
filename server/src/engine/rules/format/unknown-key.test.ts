import { deepStrictEqual } from 'node:assert/strict';
import { CLEAN_SCS, CORE } from '../../../../../test/support/drafts';
import { edit } from '../../../../../test/support/harness';
import { expectFindings, findingsOf } from '../../../../../test/support/rule-cases';

const RULE = 'format/unknown-key';

describe('format/unknown-key', () => {
  it('suggests ‘priorities’ for ‘prioritys’, at the key', () => {
    expectFindings(RULE, edit(CLEAN_SCS, 'priorities:', '⟦prioritys⟧:'), [
      {
        severity: 'warning',
        message: '‘prioritys’ is not a key of a sustainable community strategy; did you mean ‘priorities’?',
      },
    ]);
  });

  it('offers a rename of the key alone', () => {
    const [finding] = findingsOf(RULE, edit(CLEAN_SCS, 'priorities:', 'prioritys:'));
    deepStrictEqual(finding.fix, { title: 'Rename ‘prioritys’ to ‘priorities’', result: CLEAN_SCS });
  });

  it('finds unknown keys inside list items and names the item', () => {
    const text = edit(CLEAN_SCS, '    title: Safer communities\n', '    title: Safer communities\n    ⟦spacial⟧: true\n');
    expectFindings(RULE, text, [
      { severity: 'warning', message: '‘spacial’ is not a key of priority ‘P1’ of ‘priorities’; did you mean ‘spatial’?' },
    ]);
  });

  it('lists the known keys when nothing is close', () => {
    expectFindings(RULE, edit(CLEAN_SCS, 'status: draft', 'status: draft\n⟦authority-notes⟧: x'), [
      {
        severity: 'warning',
        message:
          '‘authority-notes’ is not a key of a sustainable community strategy; remove it or use one of ‘kind’, ‘id’, ‘title’, ‘authority’, ‘partnership’, ‘period’, ‘status’, ‘version’, ‘vision’, ‘evidence’, ‘related’, ‘consultation’, ‘approval’, ‘published’ or ‘priorities’.',
      },
    ]);
  });

  it('names the kind with its article (an LDF Core Strategy)', () => {
    expectFindings(RULE, edit(CORE, 'vision:', '⟦visoin⟧:'), [
      { severity: 'warning', message: '‘visoin’ is not a key of an LDF Core strategy; did you mean ‘vision’?' },
    ]);
  });

  it('stays quiet on a correct draft', () => {
    expectFindings(RULE, CLEAN_SCS, []);
  });
});
