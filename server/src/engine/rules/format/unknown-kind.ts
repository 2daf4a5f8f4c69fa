import { KIND_NAMES } from '../../model/kinds';
import { closest, listOr } from '../../suggest';
import { defineRule } from '../rule';

export default defineRule({
  id: 'format/unknown-kind',
  defaultSeverity: 'error',
  description: '`kind` is not a known kind or alias (the nearest is suggested).',
  expectation: '`kind` names a kind Placeshaper knows.',
  passages: [],
  runsOnIncompleteDrafts: true,
  runsOnBrokenDrafts: true,
  check({ draft, report }) {
    if (draft.kind || !draft.parsed.frontmatter?.closed || draft.parsed.frontmatter.yamlErrors.length) return;
    const value = draft.fm.value(['kind']);
    const span = draft.fm.valueSpan(['kind']) ?? draft.fm.keySpan(['kind']);
    if (!span || value === undefined) return;
    const suggestion = typeof value === 'string' ? closest(value, KIND_NAMES) : undefined;
    const shown = typeof value === 'string' || typeof value === 'number' ? `‘${value}’` : 'This value';
    report({
      span,
      message: suggestion
        ? `${shown} is not a kind of strategy draft; did you mean ‘${suggestion}’?`
        : `${shown} is not a kind of strategy draft; use ${listOr(KIND_NAMES)}.`,
      fix: suggestion ? { title: `Replace with ‘${suggestion}’`, edits: [{ span, newText: suggestion }] } : undefined,
    });
  },
});
