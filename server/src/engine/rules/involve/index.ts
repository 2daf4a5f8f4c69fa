import type { Rule } from '../rule';
import representatives from './representatives';
import feedback from './feedback';
import electedMembers from './elected-members';

/** The `involve/*` rules, in catalogue order. */
export const involveRules: readonly Rule[] = [representatives, feedback, electedMembers];
