import type { RuleSetting } from '../engine/config/config';

/** The `placeshaper.*` settings the server reads. */
export interface Settings {
  rules: Record<string, RuleSetting>;
  validateOnType: boolean;
  debounceMs: number;
  codeLens: boolean;
}

export const DEFAULT_SETTINGS: Settings = { rules: {}, validateOnType: true, debounceMs: 150, codeLens: true };

const SEVERITIES = new Set(['off', 'hint', 'info', 'warning', 'error']);

/** Reads the `placeshaper` section as the client sends it, ignoring values of the wrong type. */
export function parseSettings(section: unknown): Settings {
  const raw = (section ?? {}) as Record<string, unknown>;
  const validate = (raw.validate ?? {}) as Record<string, unknown>;
  const rules: Record<string, RuleSetting> = {};
  if (raw.rules && typeof raw.rules === 'object') {
    for (const [id, value] of Object.entries(raw.rules as Record<string, unknown>)) {
      if (typeof value === 'string' && SEVERITIES.has(value)) rules[id] = value as RuleSetting;
    }
  }
  const codeLens = (raw.codeLens ?? {}) as Record<string, unknown>;
  return {
    rules,
    validateOnType: typeof validate.onType === 'boolean' ? validate.onType : DEFAULT_SETTINGS.validateOnType,
    debounceMs: typeof validate.debounce === 'number' && validate.debounce >= 0 ? validate.debounce : DEFAULT_SETTINGS.debounceMs,
    codeLens: typeof codeLens.enable === 'boolean' ? codeLens.enable : DEFAULT_SETTINGS.codeLens,
  };
}
