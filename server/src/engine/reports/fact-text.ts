// The words the matrix and the review both use for a fact a draft states.
import type { FactState } from '../features/matrix';

/** A place a draft refers to a fact, as a report gives it. */
export interface StatedPlace {
  /** 1-based. */
  line: number;
  /** As the body writes it; a frontmatter reference writes none. */
  stated?: string;
  state: FactState;
  difference?: string;
}

/** Where a draft states a fact: "8,600 new homes (line 131)", or "frontmatter (line 12)" for a reference that takes the register's value. */
export const factPlaceText = (place: StatedPlace) => `${place.stated ?? 'frontmatter'} (line ${place.line})`;

/** Whether a draft states a fact as the register does, in a few words: "yes", "no: states 8,060", "not in the register". */
export function factAgreement(fact: { value?: string; places: readonly StatedPlace[] }): { agrees: boolean; text: string } {
  if (fact.value === undefined) return { agrees: false, text: fact.places[0]?.difference ?? 'not in the register' };
  const differing = fact.places.filter((p) => p.state === 'differs');
  if (differing.length === 0) return { agrees: true, text: 'yes' };
  // The line is said only when the draft states the fact in more than one place.
  const where = (p: StatedPlace) => (fact.places.length > 1 ? `line ${p.line} ${p.difference}` : p.difference);
  return { agrees: false, text: `no: ${differing.map(where).join(', ')}` };
}
