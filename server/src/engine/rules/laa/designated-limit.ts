import { isRecord } from '../../parse/frontmatter-view';
import { defineRule } from '../rule';
import { spanOr } from '../support';

/** The most designated improvement targets one Local Area Agreement may have. */
const MAX_DESIGNATED = 35;

export default defineRule({
  id: 'laa/designated-limit',
  defaultSeverity: 'error',
  description: `More than ${MAX_DESIGNATED} targets are \`designated: true\`.`,
  expectation: 'At most 35 targets are designated.',
  basis: 'fact',
  passages: ['c151-35-maximum'],
  facts: ['laa-designated-targets'],
  kinds: ['local-area-agreement'],
  check({ draft, report }) {
    const targets = draft.fm.value(['targets']);
    if (!Array.isArray(targets)) return;
    const designated = targets.flatMap((target, index) => (isRecord(target) && target.designated === true ? [index] : []));
    if (designated.length <= MAX_DESIGNATED) return;
    const index = designated[MAX_DESIGNATED];
    const first = targets[index] as Record<string, unknown>;
    const name =
      typeof first.id === 'string' || typeof first.id === 'number'
        ? `target ‘${first.id}’`
        : `the target at position ${index + 1}`;
    const excess = designated.length - MAX_DESIGNATED;
    const advice =
      excess === 1
        ? 'set ‘designated: false’ on one of them to keep it as a local improvement target, or remove it'
        : `set ‘designated: false’ on ${excess} of them to keep them as local improvement targets, or remove them`;
    report({
      span: draft.fm.valueSpan(['targets', index, 'designated']) ?? spanOr(draft, ['targets', index]),
      message: `This agreement has ${designated.length} designated targets, but at most ${MAX_DESIGNATED} may be designated: ${advice}; ${name} is number ${MAX_DESIGNATED + 1}.`,
    });
  },
});
