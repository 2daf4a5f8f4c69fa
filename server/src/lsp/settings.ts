import type { RuleSetting } from '../engine';

/** The `placeshaper.*` settings the server reads. */
export interface Settings {
  rules: Record<string, RuleSetting>;
  validateOnType: boolean;
  debounceMs: number;
  codeLens: boolean;
}

export const DEFAULT_SETTINGS: Settings = { rules: {}, validateOnType: true, debounceMs: 150, codeLens: true };

/** The documented bounds of `placeshaper.validate.debounce`, in milliseconds. */
export const DEBOUNCE_BOUNDS = { min: 0, max: 2000 } as const;

const SEVERITIES = new Set(['off', 'hint', 'info', 'warning', 'error']);

/**
 * Reads the `placeshaper` section as the client sends it. A value of the wrong type is left out, and
 * a number beyond its documented bounds brought within them; each is said in `problems`.
 */
export function parseSettings(section: unknown): { settings: Settings; problems: string[] } {
  const problems: string[] = [];
  const raw = (section ?? {}) as Record<string, unknown>;
  const validate = (raw.validate ?? {}) as Record<string, unknown>;
  const rules: Record<string, RuleSetting> = {};
  if (raw.rules && typeof raw.rules === 'object') {
    for (const [id, value] of Object.entries(raw.rules as Record<string, unknown>)) {
      if (typeof value === 'string' && SEVERITIES.has(value)) rules[id] = value as RuleSetting;
      else
        problems.push(
          `placeshaper.rules: ${JSON.stringify(value)} is not a severity for ${id}; use off, hint, info, warning or error.`,
        );
    }
  }
  let debounceMs = DEFAULT_SETTINGS.debounceMs;
  if (validate.debounce !== undefined) {
    if (typeof validate.debounce !== 'number' || !Number.isFinite(validate.debounce)) {
      problems.push(
        `placeshaper.validate.debounce should be a number of milliseconds, not ${JSON.stringify(validate.debounce)}; using ${debounceMs} ms.`,
      );
    } else {
      debounceMs = Math.min(DEBOUNCE_BOUNDS.max, Math.max(DEBOUNCE_BOUNDS.min, validate.debounce));
      if (debounceMs !== validate.debounce)
        problems.push(
          `placeshaper.validate.debounce is ${validate.debounce} ms; using ${debounceMs} ms, as it may be from ${DEBOUNCE_BOUNDS.min} to ${DEBOUNCE_BOUNDS.max}.`,
        );
    }
  }
  const codeLens = (raw.codeLens ?? {}) as Record<string, unknown>;
  return {
    settings: {
      rules,
      validateOnType: typeof validate.onType === 'boolean' ? validate.onType : DEFAULT_SETTINGS.validateOnType,
      debounceMs,
      codeLens: typeof codeLens.enable === 'boolean' ? codeLens.enable : DEFAULT_SETTINGS.codeLens,
    },
    problems,
  };
}
