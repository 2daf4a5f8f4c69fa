import type { Rule } from './rule';
import yamlSyntax from './format/yaml-syntax';
import unknownKind from './format/unknown-kind';
import schema from './format/schema';
import unknownKey from './format/unknown-key';
import duplicateId from './format/duplicate-id';
import tooLarge from './format/too-large';
import { scsRules } from './scs';
import { laaRules } from './laa';
import { alignRules } from './align';
import { involveRules } from './involve';
import { coreRules } from './core';
import { evidenceRules } from './evidence';
import { factsRules } from './facts';

/** Every rule Placeshaper runs, in catalogue order. */
export const RULES: readonly Rule[] = [
  yamlSyntax,
  unknownKind,
  schema,
  unknownKey,
  duplicateId,
  tooLarge,
  ...scsRules,
  ...laaRules,
  ...alignRules,
  ...involveRules,
  ...coreRules,
  ...evidenceRules,
  ...factsRules,
];

const byId = new Map(RULES.map((rule) => [rule.id, rule]));

export function ruleById(id: string): Rule | undefined {
  return byId.get(id);
}

export const RULE_IDS: readonly string[] = RULES.map((rule) => rule.id);
