/** JSON Schema of `placeshaper check --format json`; shipped as schemas/cli-report.schema.json. */
const position = {
  type: 'object',
  additionalProperties: false,
  required: ['line', 'column'],
  properties: { line: { type: 'integer', minimum: 1 }, column: { type: 'integer', minimum: 1 } },
};
const range = {
  type: 'object',
  additionalProperties: false,
  required: ['start', 'end'],
  properties: { start: position, end: position },
};
const severity = { enum: ['error', 'warning', 'info', 'hint'] };

/** What made a JSON output: every one Placeshaper writes starts with it. */
const toolSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['name', 'version'],
  properties: { name: { const: 'placeshaper' }, version: { type: 'string' } },
};

/** The schema of a command's JSON output: `tool` first, then the command's own keys, nothing else. */
export function outputSchema(command: string, required: readonly string[], properties: Record<string, unknown>) {
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: `placeshaper ${command} --format json`,
    type: 'object',
    additionalProperties: false,
    required: ['tool', ...required],
    properties: { tool: toolSchema, ...properties },
  };
}

export const reportSchema = outputSchema('check', ['drafts', 'diagnostics', 'summary'], {
  drafts: { type: 'array', items: { type: 'string' }, description: 'the drafts checked, relative to the working folder' },
  diagnostics: {
    type: 'array',
    items: {
      type: 'object',
      additionalProperties: false,
      required: ['file', 'rule', 'severity', 'message', 'range', 'related'],
      properties: {
        file: { type: 'string' },
        rule: { type: 'string', pattern: '^[a-z]+/[a-z0-9-]+$' },
        severity,
        message: { type: 'string', minLength: 1 },
        range,
        related: {
          type: 'array',
          items: {
            type: 'object',
            additionalProperties: false,
            required: ['file', 'range', 'message'],
            properties: { file: { type: 'string' }, range, message: { type: 'string' } },
          },
        },
        fix: {
          type: 'object',
          additionalProperties: false,
          required: ['title', 'edits'],
          properties: {
            title: { type: 'string' },
            edits: {
              type: 'array',
              items: {
                type: 'object',
                additionalProperties: false,
                required: ['range', 'newText'],
                properties: { range, newText: { type: 'string' } },
              },
            },
          },
        },
      },
    },
  },
  summary: {
    type: 'object',
    additionalProperties: false,
    required: ['drafts', 'errors', 'warnings', 'infos', 'hints'],
    properties: Object.fromEntries(
      ['drafts', 'errors', 'warnings', 'infos', 'hints'].map((k) => [k, { type: 'integer', minimum: 0 }]),
    ),
  },
});
