import { AUTHORITY_TYPES, PREPARING_AUTHORITY_TYPES } from '../../schema/frontmatter-schema';
import { defineRule } from '../rule';

export default defineRule({
  id: 'scs/preparing-authority',
  defaultSeverity: 'error',
  description:
    '`authority.type` is not one that the duty to prepare an SCS applies to (county, district, unitary, metropolitan district, London borough, City of London, Isles of Scilly).',
  expectation: 'The authority is one the duty to prepare an SCS applies to.',
  basis: 'requirement',
  passages: ['b5-preparing-authority'],
  kinds: ['sustainable-community-strategy'],
  check({ draft, report }) {
    const type = draft.fm.value(['authority', 'type']);
    // An unknown type is format/schema's to report.
    if (typeof type !== 'string' || !(AUTHORITY_TYPES as readonly string[]).includes(type)) return;
    if ((PREPARING_AUTHORITY_TYPES as readonly string[]).includes(type)) return;
    const span = draft.fm.valueSpan(['authority', 'type']);
    if (!span) return;
    const who =
      type === 'parish' ? 'A parish council (‘authority.type: parish’) has' : `‘authority.type: ${type}’ names an authority with`;
    report({
      span,
      message:
        `${who} no duty to prepare an SCS: name the council that prepares this SCS in ‘authority’ ` +
        'and set its ‘type’ to one the duty falls on: a county, district, unitary, metropolitan district or London borough council, ' +
        'the City of London or the Isles of Scilly.',
    });
  },
});
