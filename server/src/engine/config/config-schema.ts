import * as path from 'node:path';

/** JSON Schema of `.placeshaper.yaml` / `.placeshaper.json`; also shipped as schemas/placeshaper-config.schema.json. */
export const configSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  title: 'Placeshaper configuration',
  description: 'a map of settings',
  type: 'object',
  additionalProperties: false,
  properties: {
    $schema: { type: 'string', description: 'the URL of this schema' },
    extends: { type: 'string', description: 'a relative path to a parent configuration file whose settings this one overrides' },
    rules: {
      type: 'object',
      description: 'a map from rule id (or `area/*`) to `off`, `hint`, `info`, `warning` or `error`',
      additionalProperties: { enum: ['off', 'hint', 'info', 'warning', 'error'], description: 'a severity' },
    },
    'evidence-max-age': { type: 'integer', minimum: 0, description: 'a whole number of years (default 3)' },
    guidance: {
      type: 'array',
      description: 'a list of relative paths to extra guidance corpus files (JSON or YAML data)',
      items: { type: 'string', description: 'a relative path' },
    },
    facts: {
      type: 'string',
      minLength: 1,
      description: 'a relative path to the register of facts and figures (default: `facts.yaml` at the workspace root)',
    },
    ignore: {
      type: 'array',
      description: 'a list of glob patterns, relative to this file, of drafts to leave alone',
      maxItems: 1000,
      items: { type: 'string', minLength: 1, maxLength: 4096, description: 'a glob pattern' },
    },
  },
} as const;

export const CONFIG_FILE_NAMES = ['.placeshaper.yaml', '.placeshaper.json'] as const;

/** Whether the file (a path with `/` or the platform's separators) is a Placeshaper configuration file. */
export function isConfigFile(filePath: string): boolean {
  return (CONFIG_FILE_NAMES as readonly string[]).includes(path.basename(filePath));
}
