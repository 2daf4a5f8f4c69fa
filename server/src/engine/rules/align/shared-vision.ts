import { diffWords } from 'diff';
import { defineRule } from '../rule';
import { insertTopLevelKey, yamlScalar } from '../support';
import { nameOf } from './shared';

const normalise = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();

/** "… market town and [-vibrant rural-] {+its surrounding+} villages …" — the changed words with a little context. */
export function describeDifference(expected: string, actual: string, context = 3): string {
  const parts = diffWords(expected.replace(/\s+/g, ' ').trim(), actual.replace(/\s+/g, ' ').trim(), { ignoreCase: true });
  let out = '';
  parts.forEach((part, index) => {
    if (part.removed || part.added) {
      if (parts[index - 1]?.removed && part.added) out += ' ';
      out += part.removed ? `[-${part.value}-]` : `{+${part.value}+}`;
      return;
    }
    const words = part.value.split(' ');
    const first = index === 0;
    const last = index === parts.length - 1;
    const lead = words.slice(0, context + 1).join(' ');
    const tail = words.slice(-(context + 1)).join(' ');
    if (first && !last) out += words.length <= context + 1 ? part.value : `… ${tail}`;
    else if (last && !first) out += words.length <= context + 1 ? part.value : `${lead} …`;
    else out += words.length <= 2 * (context + 1) ? part.value : `${lead} … ${tail}`;
  });
  return out.trim();
}

export default defineRule({
  id: 'align/shared-vision',
  defaultSeverity: 'warning',
  description:
    "A Core Strategy's or housing strategy's `vision` differs from its SCS's (whitespace and case aside); the message shows the difference.",
  basis: 'practice',
  passages: ['c121-shared-vision', 'c122-shared-vision', 'b5-plans-take-account'],
  crossDocument: true,
  kinds: ['core-strategy', 'housing-strategy'],
  check({ draft, workspace, report }) {
    const scs = workspace.scsOf(draft);
    const expected = scs?.fm.value(['vision']);
    if (!scs || typeof expected !== 'string' || !expected.trim()) return;
    const actual = draft.fm.value(['vision']);
    const related = [{ path: scs.path, span: scs.fm.valueSpan(['vision']) ?? scs.fence, message: 'The SCS vision' }];
    if (typeof actual !== 'string') {
      const edit = insertTopLevelKey(draft, 'vision', yamlScalar(expected.trim()));
      report({
        span: draft.fm.valueSpan(['vision']) ?? draft.fence,
        message: `This draft carries no vision of its own; good practice: share the vision of ${nameOf(scs, draft)}: add \`vision:\` with its words.`,
        related,
        fix: edit && !draft.fm.node(['vision']) ? { title: 'Add the SCS vision', edits: [edit] } : undefined,
      });
      return;
    }
    if (normalise(actual) === normalise(expected)) return;
    const span = draft.fm.valueSpan(['vision'])!;
    report({
      span,
      message: `This vision differs from the vision of ${nameOf(scs, draft)}: ${describeDifference(expected, actual)}. Good practice: carry the SCS's vision word for word, or change both.`,
      related,
      fix: { title: 'Replace with the SCS vision', edits: [{ span, newText: yamlScalar(expected.trim()) }] },
    });
  },
});
