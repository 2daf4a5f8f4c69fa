import type { Rule } from '../rule';

/** The `evidence/*` rules, in catalogue order. */
export const evidenceRules: readonly Rule[] = [];
