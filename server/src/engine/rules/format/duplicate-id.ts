import type { DefinedItem } from '../../model/draft-model';
import { defineRule } from '../rule';

export default defineRule({
  id: 'format/duplicate-id',
  defaultSeverity: 'error',
  description: 'Two priorities, objectives or targets share an id in one document.',
  expectation: 'No two priorities, objectives or targets share an id.',
  passages: [],
  runsOnIncompleteDrafts: true,
  check({ draft, report }) {
    const lists: [string, DefinedItem[]][] = [
      ['priority', draft.priorities],
      ['objective', draft.objectives],
      ['target', draft.targets],
    ];
    for (const [noun, items] of lists) {
      const first = new Map<string, DefinedItem>();
      for (const item of items) {
        const earlier = first.get(item.id);
        if (!earlier) {
          first.set(item.id, item);
          continue;
        }
        report({
          span: item.idSpan,
          message: `Another ${noun} already has the id ‘${item.id}’; give this ${noun} an id of its own, so that other drafts can refer to each one.`,
          related: [{ path: draft.path, span: earlier.idSpan, message: `The first ${noun} with the id ‘${item.id}’` }],
        });
      }
    }
  },
});
