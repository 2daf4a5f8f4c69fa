import type { Rule } from '../rule';
import upToDate from './up-to-date';

/** The `evidence/*` rules, in catalogue order. */
export const evidenceRules: readonly Rule[] = [upToDate];
