// The JSON Schema of the register of facts and figures (`facts.yaml`); also shipped as schemas/facts.schema.json.

const value = {
  description: 'a number, a four-digit year, an ISO date (`2009-03-31`), text, or a range `{from, to}`',
  anyOf: [
    { type: 'number' },
    { type: 'string', minLength: 1 },
    {
      type: 'object',
      additionalProperties: false,
      required: ['from', 'to'],
      properties: {
        from: { type: ['number', 'string'], description: 'where the range starts' },
        to: { type: ['number', 'string'], description: 'where the range ends' },
      },
    },
  ],
} as const;

/** A fact's id: dotted words, such as `housing.requirement` or `ni16.baseline`. */
export const FACT_ID = /^[A-Za-z][A-Za-z0-9_-]*(?:\.[A-Za-z0-9_-]+)*$/;

export const factsSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  title: 'Placeshaper register of facts and figures',
  description: 'a map from fact id (such as `housing.requirement`) to the fact',
  type: 'object',
  propertyNames: { pattern: `^\\$schema$|${FACT_ID.source}`, description: 'dotted words, such as `housing.requirement`' },
  properties: { $schema: { type: 'string', description: 'the URL of this schema' } },
  additionalProperties: {
    type: 'object',
    description: 'a fact with its `value`, and where it comes from',
    additionalProperties: false,
    required: ['value'],
    properties: {
      value,
      unit: { type: 'string', minLength: 1, description: 'the unit the value is in, as drafts write it (`homes`, `year`, `%`)' },
      'as-of': {
        type: ['string', 'integer'],
        description: 'the date (`2009-03-31`) or year the value was established',
        pattern: '^\\d{4}(?:-\\d{2}-\\d{2})?$',
      },
      source: { type: 'string', minLength: 1, description: 'the `id` of an evidence item a draft lists, or a URL' },
      owner: { type: 'string', minLength: 1, description: 'who keeps the value up to date' },
      aliases: {
        type: 'array',
        description: 'words that name the fact in prose (`housing requirement`)',
        items: { type: 'string', minLength: 2, description: 'a word or phrase' },
      },
      earlier: { type: 'array', description: 'values the fact had before', items: value },
    },
  },
} as const;

/** The file name the register has unless `.placeshaper.yaml` names another with `facts`. */
export const DEFAULT_FACTS_FILE = 'facts.yaml';
