import type { ApplicabilityContext } from '../rule';

/** Why a rule about the facts a draft's text states has nothing to check there. */
export function statesNoFactInText({ draft }: ApplicabilityContext): string | undefined {
  return draft.factReferences.some((r) => r.in === 'body') ? undefined : 'States no fact of the register in its text.';
}
