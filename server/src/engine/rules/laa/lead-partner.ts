import { defineRule } from '../rule';
import { appendToList, yamlScalar } from '../support';
import { targetPartners } from './targets';

/** Folds the ways one partner's name may be written: case and runs of spaces. */
function fold(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}

export default defineRule({
  id: 'laa/lead-partner',
  defaultSeverity: 'error',
  description: 'A target has no `lead`, or its lead is not among its `partners`.',
  expectation: 'Every target has a lead partner, among its partners.',
  basis: 'requirement',
  passages: ['b7-lead-partner', 'c151-lead-partners'],
  kinds: ['local-area-agreement'],
  check({ draft, report }) {
    for (const target of draft.targets) {
      const partners = targetPartners(target.data);
      // A target that names no partners is laa/named-partners' to report (or format/schema's), never both rules at once.
      if (partners.state !== 'named') continue;
      const leadPath = [...target.path, 'lead'];
      const lead = target.data.lead;
      const owner = `Target ‘${target.id}’`;
      if (lead === undefined) {
        report({
          span: target.idSpan,
          message: `${owner} has no lead partner: add ‘lead:’ with the one partner, from among its ‘partners’, that is accountable for progress on it.`,
        });
        continue;
      }
      if (lead === null || (typeof lead === 'string' && lead.trim() === '')) {
        report({
          span: draft.fm.keySpan(leadPath) ?? target.idSpan,
          message: `${owner} has no lead partner: write in ‘lead’ the one partner, from among its ‘partners’, that is accountable for progress on it.`,
        });
        continue;
      }
      // A lead that is not text (a list of two, say) is a problem for format/schema.
      if (typeof lead !== 'string') continue;
      if (partners.names.includes(lead)) continue;
      const leadSpan = draft.fm.valueSpan(leadPath);
      if (!leadSpan) continue;
      const spelling = partners.names.find((name) => fold(name) === fold(lead));
      if (spelling) {
        report({
          span: leadSpan,
          message: `The lead of target ‘${target.id}’ is written differently in its partners: write the partner's name the same way in both (lead ‘${lead}’, partner ‘${spelling}’).`,
          fix: { title: `Write the lead as ‘${spelling}’`, edits: [{ span: leadSpan, newText: yamlScalar(spelling) }] },
        });
        continue;
      }
      const edit = appendToList(draft, [...target.path, 'partners'], lead);
      report({
        span: leadSpan,
        message: `The lead of target ‘${target.id}’ is not among its partners: add ‘${lead}’ to the target's ‘partners’, or choose one of them as the lead.`,
        fix: edit ? { title: `Add ‘${lead}’ to the partners of target ‘${target.id}’`, edits: [edit] } : undefined,
      });
    }
  },
});
