import type { Rule } from '../rule';
import mismatch from './mismatch';
import unknown from './unknown';
import conflict from './conflict';
import unsourced from './unsourced';
import staleFigure from './stale-figure';
import registerInvalid from './register-invalid';

/** The `facts/*` rules, in catalogue order. */
export const factsRules: readonly Rule[] = [mismatch, unknown, conflict, unsourced, staleFigure, registerInvalid];
