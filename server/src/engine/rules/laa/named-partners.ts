import { defineRule } from '../rule';
import { targetPartners } from './targets';

export default defineRule({
  id: 'laa/named-partners',
  defaultSeverity: 'error',
  description: 'A target names no `partners` (no list, or an empty one).',
  expectation: 'Every target names the partners that agreed to it.',
  basis: 'requirement',
  passages: ['b7-named-partners'],
  kinds: ['local-area-agreement'],
  check({ draft, report }) {
    for (const target of draft.targets) {
      const partners = targetPartners(target.data);
      const path = [...target.path, 'partners'];
      const owner = `Target ‘${target.id}’`;
      if (partners.state === 'missing' && target.data.partners === undefined) {
        report({
          span: target.idSpan,
          message: `${owner} names no partners: add ‘partners:’ with the name of every partner authority that agreed to help deliver it, its lead among them.`,
        });
      } else if (partners.state === 'missing' || partners.state === 'empty') {
        // `partners:` with nothing after it points at the key; an empty list at the list.
        const span = (partners.state === 'empty' ? draft.fm.valueSpan(path) : draft.fm.keySpan(path)) ?? target.idSpan;
        report({
          span,
          message: `${owner} has an empty list of partners: name every partner authority that agreed to help deliver it, its lead among them.`,
        });
      }
    }
  },
});
