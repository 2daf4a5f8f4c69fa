import { MINIMAL_SCS } from '../../../../../test/support/drafts';
import { edit } from '../../../../../test/support/harness';
import { expectFindings } from '../../../../../test/support/rule-cases';

const RULE = 'scs/preparing-authority';
const SCS = MINIMAL_SCS;

const REST =
  'no duty to prepare an SCS: name the council that prepares this SCS in ‘authority’ and set its ‘type’ to one the duty falls on: ' +
  'a county, district, unitary, metropolitan district or London borough council, the City of London or the Isles of Scilly.';
const PARISH = `A parish council (‘authority.type: parish’) has ${REST}`;

describe('scs/preparing-authority', () => {
  it('reports a parish council at `authority.type`', () => {
    expectFindings(RULE, edit(SCS, 'type: county', 'type: ⟦parish⟧'), [{ severity: 'error', message: PARISH }]);
  });

  it('reports `other` too', () => {
    expectFindings(RULE, edit(SCS, 'type: county', 'type: ⟦other⟧'), [
      { severity: 'error', message: `‘authority.type: other’ names an authority with ${REST}` },
    ]);
  });

  it('stays quiet for every authority the duty applies to', () => {
    for (const type of 'county district unitary metropolitan-district london-borough city-of-london isles-of-scilly'.split(' ')) {
      expectFindings(RULE, edit(SCS, 'type: county', `type: ${type}`), []);
    }
  });

  it('leaves an unknown type to format/schema', () => {
    expectFindings(['format/schema', RULE], edit(SCS, 'type: county', 'type: ⟦countty⟧'), [
      { rule: 'format/schema', severity: 'error', message: '‘countty’ is not a valid ‘authority.type’; did you mean ‘county’?' },
    ]);
  });

  it('stays quiet when there is no authority type', () => {
    expectFindings(RULE, edit(SCS, '  type: county\n', ''), []);
    expectFindings(RULE, edit(SCS, '  type: county\n', '  type: [parish]\n'), []);
  });

  it('checks only sustainable community strategies', () => {
    const parish = (kind: string, type = 'parish') =>
      edit(edit(SCS, 'kind: sustainable-community-strategy', `kind: ${kind}`), 'type: county', `type: ${type}`);
    expectFindings(RULE, parish('housing-strategy'), []);
    expectFindings(RULE, parish('scs', '⟦parish⟧'), [{ severity: 'error', message: PARISH }]);
  });
});
