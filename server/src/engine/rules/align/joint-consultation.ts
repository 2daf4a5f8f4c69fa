import { defineRule } from '../rule';
import { consultationOf, spanOr, withoutScs } from '../support';
import { nameOf, pointAt } from './shared';

const isDate = (value: string | undefined): value is string => value !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(value);

export default defineRule({
  id: 'align/joint-consultation',
  defaultSeverity: 'info',
  description: 'The consultation windows of an SCS and its Core Strategy do not overlap.',
  expectation: 'It was consulted on together with its SCS.',
  basis: 'requirement',
  passages: ['c111-strategic-consultation', 'c121-joint-consultation'],
  crossDocument: true,
  kinds: ['core-strategy'],
  notApplicable({ draft, workspace }) {
    return (
      withoutScs(workspace, draft) ??
      (consultationOf(draft) ? undefined : 'Compares consultation windows, and this draft gives none under ‘consultation’.')
    );
  },
  check({ draft, workspace, report }) {
    const scs = workspace.scsOf(draft);
    const ours = consultationOf(draft);
    const theirs = scs && consultationOf(scs);
    if (!scs || !ours || !theirs || !isDate(ours.from) || !isDate(ours.to) || !isDate(theirs.from) || !isDate(theirs.to)) return;
    // ISO dates compare correctly as text.
    if (ours.from <= theirs.to && ours.to >= theirs.from) return;
    report({
      span: spanOr(draft, ['consultation']),
      message: `This consultation does not overlap the SCS's: consult on both together to spare people consultation fatigue. This one runs ${ours.from} to ${ours.to}; the one on ${nameOf(scs, draft)} runs ${theirs.from} to ${theirs.to}.`,
      related: [pointAt(scs, ['consultation'], 'The SCS consultation')],
    });
  },
});
