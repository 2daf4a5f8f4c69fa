import type { Rule } from '../rule';

/** The `align/*` rules, in catalogue order. */
export const alignRules: readonly Rule[] = [];
