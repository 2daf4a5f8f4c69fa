import { isRecord } from '../../parse/frontmatter-view';
import { PRINCIPLES } from '../../schema/frontmatter-schema';
import { defineRule } from '../rule';
import { listAnd } from '../support';

export default defineRule({
  id: 'scs/sustainable-development',
  defaultSeverity: 'warning',
  description: 'One of the five sustainable-development principles is served by no priority.',
  expectation: 'The priorities serve all five principles of sustainable development.',
  basis: 'requirement',
  passages: ['b5-sustainable-development', 'c123-sds-priorities'],
  kinds: ['sustainable-community-strategy'],
  check({ draft, report }) {
    const priorities = draft.fm.value(['priorities']);
    // A `priorities` that is not a list is format/schema's to report.
    if (priorities !== undefined && !Array.isArray(priorities)) return;
    const served = new Set<unknown>();
    for (const priority of priorities ?? []) {
      if (isRecord(priority) && Array.isArray(priority.principles)) priority.principles.forEach((p) => served.add(p));
    }
    const missing = PRINCIPLES.filter((p) => !served.has(p));
    if (missing.length === 0) return;
    const one = missing.length === 1;
    report({
      span: draft.fm.keySpan(['priorities']) ?? draft.fence,
      message:
        (one
          ? `No priority serves the sustainable-development principle ${listAnd(missing)}: add it to the ‘principles’ of the priorities that serve it, or add a priority that does; `
          : `No priority serves these sustainable-development principles: add ${listAnd(missing)} to the ‘principles’ of the priorities that serve them, or add priorities that do; `) +
        'the SCS should contribute to sustainable development and respect all five principles of the UK Sustainable Development Strategy.',
    });
  },
});
