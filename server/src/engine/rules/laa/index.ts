import type { Rule } from '../rule';

/** The `laa/*` rules, in catalogue order. */
export const laaRules: readonly Rule[] = [];
