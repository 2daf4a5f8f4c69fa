import bundledFacts from '../../../data/statutory-facts.json';
import type { TextFormat } from './guidance';

export interface FactSource {
  title: string;
  url: string;
}

/**
 * A fact of the statutory regime (a number, a duty under an Act), stated in Placeshaper's own
 * words with the source that confirms it; never a quote, and never a fact no source confirmed.
 */
export interface StatutoryFact {
  id: string;
  statement: string;
  sources: FactSource[];
}

export const STATUTORY_FACTS: readonly StatutoryFact[] = bundledFacts.facts;

const byId = new Map(STATUTORY_FACTS.map((fact) => [fact.id, fact]));

export function statutoryFact(id: string): StatutoryFact | undefined {
  return byId.get(id);
}

/** "**Fact:** Up to 35 …" then "— Source: [Hansard …](https://…)"; in text, the address follows the title. */
export function factBlock(fact: StatutoryFact, format: TextFormat = 'markdown'): string {
  const sources = fact.sources.map((s) => (format === 'markdown' ? `[${s.title}](${s.url})` : `${s.title}, ${s.url}`));
  const label = sources.length === 1 ? 'Source' : 'Sources';
  return format === 'markdown'
    ? `**Fact:** ${fact.statement}\n\n— ${label}: ${sources.join('; ')}`
    : `Fact: ${fact.statement}\n\n— ${label}: ${sources.join('; ')}`;
}
