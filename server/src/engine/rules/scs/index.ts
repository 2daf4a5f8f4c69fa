import type { Rule } from '../rule';
import preparingAuthority from './preparing-authority';
import vision from './vision';
import sustainableDevelopment from './sustainable-development';
import fullCouncil from './full-council';
import jsna from './jsna';
import countyWide from './county-wide';
import prioritySection from './priority-section';

/** The `scs/*` rules, in catalogue order. */
export const scsRules: readonly Rule[] = [
  preparingAuthority,
  vision,
  sustainableDevelopment,
  fullCouncil,
  jsna,
  countyWide,
  prioritySection,
];
