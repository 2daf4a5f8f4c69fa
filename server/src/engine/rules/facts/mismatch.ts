import { FIGURE, differenceFrom, writeNumber, writeValue } from '../../facts/fact-values';
import { defineRule } from '../rule';
import { workspacePath } from '../../model/links';
import { statesNoFactInText } from './shared';

export default defineRule({
  id: 'facts/mismatch',
  defaultSeverity: 'error',
  description: 'A reference to a fact states a value other than the register’s (numbers are compared as numbers).',
  expectation: 'Every figure it takes from the register of facts states the register’s value.',
  passages: [],
  notApplicable: statesNoFactInText,
  check(context) {
    const { draft, workspace, report } = context;
    // The register is read only for a draft that refers to a fact.
    if (draft.factReferences.length === 0) return;
    const register = context.register;
    if (!register) return;
    for (const reference of draft.factReferences) {
      if (reference.in !== 'body' || reference.id === undefined || reference.label === undefined) continue;
      const fact = register.facts.get(reference.id);
      if (!fact) continue;
      const difference = differenceFrom(reference.label, fact.value, fact.unit);
      if (!difference) continue;
      const labelSpan = reference.labelSpan!;
      const span = labelSpan.end > labelSpan.start ? labelSpan : reference.span;
      // The figure alone is replaced when only the figure is wrong, so that the words around it stay.
      // Offsets count in the label as written, where markup (`*about*`, `\[`) may stand before the figure.
      const written = draft.parsed.text.slice(labelSpan.start, labelSpan.end);
      const stated =
        fact.value.type === 'number' && !difference.startsWith('states the unit')
          ? new RegExp(FIGURE.source).exec(reference.label)
          : null;
      const figure = stated ? [...written.matchAll(FIGURE)].find((f) => f[0] === stated[0]) : undefined;
      const leading = written.length - written.trimStart().length;
      const edit = figure
        ? {
            span: { start: labelSpan.start + figure.index, end: labelSpan.start + figure.index + figure[0].length },
            newText: writeNumber((fact.value as { value: number }).value, fact.unit),
          }
        : {
            span: { start: labelSpan.start + leading, end: labelSpan.end - (written.length - written.trimEnd().length) },
            newText: writeValue(fact.value, fact.unit),
          };
      report({
        span,
        message: `${difference.replace(/^./, (c) => c.toUpperCase())}, but the register has ${writeValue(fact.value, fact.unit)} for ‘${fact.id}’: write the register’s value, or correct the register (${workspacePath(workspace.root, register.path)}, ${fact.asOf ? `value as of ${fact.asOf}` : 'no date given'}).`,
        fix: { title: `Write the register’s value (${writeValue(fact.value, fact.unit)})`, edits: [edit] },
        related: [{ path: register.path, span: fact.keySpan, message: `‘${fact.id}’ in the register` }],
      });
    }
  },
});
