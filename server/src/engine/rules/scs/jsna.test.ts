import { MINIMAL_SCS } from '../../../../../test/support/drafts';
import { edit } from '../../../../../test/support/harness';
import { expectFindings } from '../../../../../test/support/rule-cases';

const RULE = 'scs/jsna';
const SCS = MINIMAL_SCS;

const withEvidence = (type: string, key = 'evidence') =>
  edit(
    SCS,
    'status: draft\n',
    `status: draft\n${key}:\n  - id: place-survey-2008\n    title: Place Survey 2008\n    year: 2008\n    type: survey\n  - id: needs-2008\n    title: Needs Assessment 2008\n    year: 2008\n    type: ${type}\n`,
  );

describe('scs/jsna', () => {
  it('reports an evidence base without a JSNA at the `evidence` key', () => {
    expectFindings(RULE, withEvidence('housing-market-assessment', '⟦evidence⟧'), [
      {
        severity: 'warning',
        message:
          'No item of the ‘evidence’ base is a Joint Strategic Needs Assessment: add the JSNA to ‘evidence’ with ‘type: jsna’, as it should feed into the SCS.',
      },
    ]);
  });

  it('reports a missing evidence base at the opening fence', () => {
    expectFindings(RULE, edit(SCS, '---\n', '⟦---⟧\n'), [
      {
        severity: 'warning',
        message:
          'This SCS lists no ‘evidence’: add an ‘evidence’ list with the Joint Strategic Needs Assessment as an item of ‘type: jsna’, so that the JSNA feeds into the SCS.',
      },
    ]);
  });

  it('stays quiet when an item is of `type: jsna`, however it is capitalised', () => {
    expectFindings(RULE, withEvidence('jsna'), []);
    expectFindings(RULE, withEvidence('JSNA'), []);
  });

  it('leaves an evidence base that is not a list to format/schema', () => {
    expectFindings(RULE, edit(SCS, 'status: draft\n', 'status: draft\nevidence: the JSNA\n'), []);
  });

  it('checks only sustainable community strategies', () => {
    expectFindings(RULE, edit(SCS, 'kind: sustainable-community-strategy', 'kind: housing-strategy'), []);
  });
});
