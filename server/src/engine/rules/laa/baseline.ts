import { isRecord } from '../../parse/frontmatter-view';
import type { Span } from '../../text/line-index';
import { defineRule } from '../rule';
import { listAnd } from '../support';
import { isGiven } from './targets';

const MEASURES = ['baseline', 'target'] as const;

export default defineRule({
  id: 'laa/baseline',
  defaultSeverity: 'warning',
  description: 'A target has no `baseline` with a `value` and a `year`, or no `target` with a `value` and a `year`.',
  expectation: 'Every target has a baseline and a target value, each with its year.',
  basis: 'practice',
  passages: ['c151-demonstrable-baseline'],
  kinds: ['local-area-agreement'],
  check({ draft, report }) {
    for (const target of draft.targets) {
      const lacks: string[] = [];
      let missingKey = false;
      let firstIncomplete: Span | undefined;
      for (const measure of MEASURES) {
        const value = target.data[measure];
        if (!isGiven(value)) {
          lacks.push(measure);
          if (value === undefined) missingKey = true;
          else firstIncomplete ??= draft.fm.keySpan([...target.path, measure]);
          continue;
        }
        // A baseline written as something other than a map is a problem for format/schema.
        if (!isRecord(value)) continue;
        const blank = (['value', 'year'] as const).filter((key) => !isGiven(value[key]));
        if (blank.length === 0) continue;
        lacks.push(...blank.map((key) => `${measure}.${key}`));
        firstIncomplete ??= draft.fm.keySpan([...target.path, measure]);
      }
      if (lacks.length === 0) continue;
      report({
        span: (missingKey ? undefined : firstIncomplete) ?? target.idSpan,
        message:
          `Target ‘${target.id}’ lacks ${listAnd(lacks)}; good practice: give it a ‘baseline’ and a ‘target’, each with a ‘value’ and a ‘year’, ` +
          'so that progress can be measured against a demonstrable baseline.',
      });
    }
  },
});
