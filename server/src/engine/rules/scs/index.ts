import type { Rule } from '../rule';

/** The `scs/*` rules, in catalogue order. */
export const scsRules: readonly Rule[] = [];
