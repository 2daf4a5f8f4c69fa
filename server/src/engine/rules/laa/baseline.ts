import { isRecord } from '../../parse/frontmatter-view';
import type { Span } from '../../text/line-index';
import { defineRule } from '../rule';
import { isGiven } from './targets';

const MEASURES = ['baseline', 'target'] as const;

export default defineRule({
  id: 'laa/baseline',
  defaultSeverity: 'warning',
  description: 'A target has no `baseline` with a `value` and a `year`, or no `target` with a `value` and a `year`.',
  basis: 'practice',
  passages: ['c151-demonstrable-baseline'],
  kinds: ['local-area-agreement'],
  check({ draft, report }) {
    for (const target of draft.targets) {
      const problems: string[] = [];
      let missingKey = false;
      let firstIncomplete: Span | undefined;
      for (const measure of MEASURES) {
        const value = target.data[measure];
        if (!isGiven(value)) {
          problems.push(`no \`${measure}\``);
          if (value === undefined) missingKey = true;
          else firstIncomplete ??= draft.fm.keySpan([...target.path, measure]);
          continue;
        }
        // A baseline written as something other than a map is a problem for format/schema.
        if (!isRecord(value)) continue;
        const lacks = (['value', 'year'] as const).filter((key) => !isGiven(value[key]));
        if (lacks.length === 0) continue;
        problems.push(`a \`${measure}\` without a ${lacks.map((key) => `\`${key}\``).join(' or ')}`);
        firstIncomplete ??= draft.fm.keySpan([...target.path, measure]);
      }
      if (problems.length === 0) continue;
      report({
        span: (missingKey ? undefined : firstIncomplete) ?? target.idSpan,
        message:
          `Target \`${target.id}\` has ${problems.join(' and ')}; good practice: give it a \`baseline\` and a \`target\`, each with a \`value\` and a \`year\`, ` +
          'so that progress can be measured against a demonstrable baseline.',
      });
    }
  },
});
