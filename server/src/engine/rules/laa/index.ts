import type { Rule } from '../rule';
import relatesToScs from './relates-to-scs';
import unknownPriority from './unknown-priority';
import designatedLimit from './designated-limit';
import indicator from './indicator';
import leadPartner from './lead-partner';
import namedPartners from './named-partners';
import baseline from './baseline';
import period from './period';
import dutyToConsult from './duty-to-consult';

/** The `laa/*` rules, in catalogue order. */
export const laaRules: readonly Rule[] = [
  relatesToScs,
  unknownPriority,
  designatedLimit,
  indicator,
  leadPartner,
  namedPartners,
  baseline,
  period,
  dutyToConsult,
];
