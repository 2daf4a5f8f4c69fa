import type { Rule } from '../rule';

/** The `involve/*` rules, in catalogue order. */
export const involveRules: readonly Rule[] = [];
