import type { Rule } from '../rules/rule';
import type { GuidanceLibrary, Passage, TextFormat } from './guidance';
import { factBlock, statutoryFact, type StatutoryFact } from './statutory-facts';

/** What a rule rests on, in the order a reader should weigh it: a fact rule's facts, then its passages, most authoritative first. */
export type Ground = { type: 'fact'; fact: StatutoryFact } | { type: 'passage'; passage: Passage };

export function groundsOf(rule: Rule, guidance: GuidanceLibrary): Ground[] {
  const facts = (rule.facts ?? [])
    .map(statutoryFact)
    .filter((f) => f !== undefined)
    .map((fact): Ground => ({ type: 'fact', fact }));
  const passages = rule.passages
    .map((id) => guidance.passage(id))
    .filter((p) => p !== undefined)
    .map((passage): Ground => ({ type: 'passage', passage }));
  return [...facts, ...passages];
}

/** How much weight the rule carries, in a phrase: "requirement — the statutory guidance expects this". */
export function basisPhrase(rule: Rule): string {
  switch (rule.basis) {
    case 'requirement':
      return 'requirement — the statutory guidance expects this';
    case 'fact':
      return 'fact — a fact of the statutory regime';
    case 'practice':
      return 'good practice — what consultation respondents reported, not a requirement';
    default:
      return `${rule.id.startsWith('format/') ? 'format' : 'consistency'} check — rests on no passage of the guidance`;
  }
}

/** A ground as a block: a quote with its attribution line, or a fact with its source. */
export function groundBlock(
  ground: Ground,
  guidance: GuidanceLibrary,
  options: { format?: TextFormat; maxWords?: number } = {},
): string {
  return ground.type === 'fact' ? factBlock(ground.fact, options.format) : guidance.quote(ground.passage, options);
}

/**
 * Everything Placeshaper says about a rule: what fires it, its basis and every passage and fact
 * it rests on, each with what it is and where it comes from. The one explanation behind
 * `placeshaper explain`, Show Guidance, docs/rules.md and the SARIF rule help.
 */
export function explainRule(
  rule: Rule,
  guidance: GuidanceLibrary,
  options: { format?: TextFormat; heading?: string } = {},
): string {
  const format = options.format ?? 'markdown';
  const blocks = groundsOf(rule, guidance).map((g) => groundBlock(g, guidance, { format }));
  if (format === 'text') {
    return (
      [
        `${rule.id} (${rule.defaultSeverity})`,
        rule.description,
        `Basis: ${basisPhrase(rule)}`,
        ...blocks.map((b) => `\n${b}`),
      ].join('\n') + '\n'
    );
  }
  const facts = [
    `**Default severity:** ${rule.defaultSeverity}`,
    `**Basis:** ${basisPhrase(rule)}`,
    ...(rule.kinds ? [`**Checks:** ${rule.kinds.join(', ')}`] : []),
  ];
  return [`${options.heading ?? '#'} ${rule.id}`, facts.join(' · '), rule.description, ...blocks].join('\n\n') + '\n';
}

/** The rule's heading anchor in docs/rules.md: `laa/lead-partner` → `laalead-partner`. */
export function ruleAnchor(ruleId: string): string {
  return ruleId.replace('/', '').toLowerCase();
}
