import { defineRule } from '../rule';
import { periodOf, spanOr, withoutScs } from '../support';
import { nameOf, pointAt } from './shared';

export default defineRule({
  id: 'align/timescales',
  defaultSeverity: 'warning',
  description:
    "An LAA period falls outside its SCS period, or a Core Strategy's or housing strategy's period does not overlap its SCS's.",
  expectation: 'Its period fits the period of its SCS.',
  basis: 'practice',
  passages: ['c121-incompatible-timescales', 'b5-plans-take-account'],
  crossDocument: true,
  kinds: ['local-area-agreement', 'core-strategy', 'housing-strategy'],
  notApplicable: ({ draft, workspace }) => withoutScs(workspace, draft),
  check({ draft, workspace, report }) {
    const scs = workspace.scsOf(draft);
    const ours = periodOf(draft);
    const theirs = scs && periodOf(scs);
    if (!scs || !ours || !theirs) return;
    const span = spanOr(draft, ['period']);
    const related = [pointAt(scs, ['period'], 'The SCS period')];
    const covered = `${ours.from} to ${ours.to}`;
    const scsYears = `${theirs.from} to ${theirs.to}`;
    if (draft.kind === 'local-area-agreement') {
      if (ours.from >= theirs.from && ours.to <= theirs.to) return;
      report({
        span,
        related,
        message: `This LAA runs ${covered}, outside the SCS it delivers (${scsYears}); good practice: keep the agreement within the SCS period. The SCS is ${nameOf(scs, draft)}.`,
      });
      return;
    }
    if (ours.from <= theirs.to && ours.to >= theirs.from) return;
    report({
      span,
      related,
      message: `This draft's ${covered} does not overlap its SCS's ${scsYears}; good practice: align the periods so that the documents plan for the same years. The SCS is ${nameOf(scs, draft)}.`,
    });
  },
});
