import { deepStrictEqual } from 'node:assert/strict';
import { CLEAN_SCS } from '../../../../../test/support/drafts';
import { edit } from '../../../../../test/support/harness';
import { expectFindings, findingsOf } from '../../../../../test/support/rule-cases';

const RULE = 'format/duplicate-id';

describe('format/duplicate-id', () => {
  const twice = (id: string) =>
    edit(
      CLEAN_SCS,
      '    title: Safer communities\n',
      `    title: Safer communities\n  - id: ${id}\n    title: Stronger communities\n`,
    );

  it('reports the second id and points back at the first', () => {
    expectFindings(RULE, twice('⟦P1⟧'), [
      {
        severity: 'error',
        message:
          'Another priority already has the id ‘P1’; give this priority an id of its own, so that other drafts can refer to each one.',
      },
    ]);
    deepStrictEqual(findingsOf(RULE, twice('P1'))[0].related, [
      { file: 'draft.md', at: 'P1', message: 'The first priority with the id ‘P1’' },
    ]);
  });

  it('stays quiet when ids are unique', () => {
    expectFindings(RULE, CLEAN_SCS, []);
  });
});
