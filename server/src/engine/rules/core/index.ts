import type { Rule } from '../rule';
import sustainabilityAppraisal from './sustainability-appraisal';
import communityInvolvement from './community-involvement';

/** The `core/*` rules, in catalogue order. */
export const coreRules: readonly Rule[] = [sustainabilityAppraisal, communityInvolvement];
