import type { Rule } from '../rule';

/** The `core/*` rules, in catalogue order. */
export const coreRules: readonly Rule[] = [];
