import type { Rule } from '../rule';
import brokenLink from './broken-link';
import unknownPriority from './unknown-priority';
import sharedVision from './shared-vision';
import spatialDelivery from './spatial-delivery';
import undeliveredPriority from './undelivered-priority';
import sharedEvidence from './shared-evidence';
import timescales from './timescales';
import jointConsultation from './joint-consultation';
import stale from './stale';
import housingLink from './housing-link';

/** The `align/*` rules, in catalogue order. */
export const alignRules: readonly Rule[] = [
  brokenLink,
  unknownPriority,
  sharedVision,
  spatialDelivery,
  undeliveredPriority,
  sharedEvidence,
  timescales,
  jointConsultation,
  stale,
  housingLink,
];
