import { KINDS, type Kind } from '../model/kinds';

/**
 * JSON Schemas of each kind's frontmatter. `description` doubles as the author-facing
 * phrase in messages ("should be <description>"), so write it in the author's words.
 */
type Schema = Record<string, unknown>;

/** The authorities under the duty to prepare a Sustainable Community Strategy (`scs/preparing-authority`). */
export const PREPARING_AUTHORITY_TYPES = [
  'county',
  'district',
  'unitary',
  'metropolitan-district',
  'london-borough',
  'city-of-london',
  'isles-of-scilly',
] as const;

/** Every type of authority a draft may name: those under the duty, and others (`parish`, `other`). */
export const AUTHORITY_TYPES = [...PREPARING_AUTHORITY_TYPES, 'parish', 'other'] as const;
export const STATUSES = ['draft', 'consultation', 'submitted', 'adopted', 'superseded'] as const;
export const APPROVAL_BODIES = ['full-council', 'executive'] as const;
export const PRINCIPLES = [
  'living-within-environmental-limits',
  'strong-healthy-and-just-society',
  'sustainable-economy',
  'good-governance',
  'sound-science',
] as const;
export const CONSULTATION_GROUPS = [
  'residents',
  'children-and-young-people',
  'older-people',
  'hard-to-reach',
  'minority-ethnic-communities',
  'disabled-people',
  'third-sector',
  'businesses',
  'parish-councils',
  'elected-members',
  'partner-authorities',
  'service-users',
  'front-line-staff',
] as const;
export const EVIDENCE_TYPES = ['jsna', 'housing-market-assessment', 'sustainability-appraisal', 'survey'] as const;
export const RELATED_ROLE_NAMES = ['scs', 'county-scs', 'core-strategy', 'housing-strategy', 'laa', 'jsna'] as const;

const text = (description = 'text'): Schema => ({ type: 'string', description });
const year = (description: string): Schema => ({ type: 'integer', minimum: 1000, maximum: 9999, description });
const isoDate = (description: string): Schema => ({ type: 'string', format: 'date', description });
const textList = (description: string, examples?: readonly string[]): Schema => ({
  type: 'array',
  items: { type: 'string', description: 'text', ...(examples ? { examples } : {}) },
  description,
});
const itemId: Schema = { type: ['string', 'integer'], description: 'an id such as `P1` or `safer-communities`' };
const strictObject = (properties: Record<string, Schema>, required: string[] = [], description = 'a map of keys'): Schema => ({
  type: 'object',
  properties,
  required,
  additionalProperties: false,
  description,
});
const link = (description: string): Schema => ({
  description,
  anyOf: [
    { type: 'string', description: 'a relative path to the draft' },
    strictObject(
      { path: text('a relative path to the draft'), version: { type: ['string', 'number'], description: 'a version' } },
      ['path'],
    ),
  ],
});

/** A list of items that deliver SCS priorities, naming them under `key`: Core Strategy objectives, housing priorities. */
const deliveringList = (plural: string, title: string, key: 'delivers' | 'supports', one: string): Schema => ({
  type: 'array',
  description: `a list of ${plural}`,
  items: strictObject(
    { id: itemId, title: text(title), [key]: { type: 'array', description: 'a list of SCS priority ids', items: itemId } },
    ['id', 'title', key],
    `${one} with \`id\`, \`title\` and \`${key}\``,
  ),
});

function commonProperties(kind: Kind): Record<string, Schema> {
  const info = KINDS.find((k) => k.kind === kind)!;
  return {
    kind: { enum: [info.kind, ...info.aliases], description: `\`${info.kind}\`` },
    id: {
      type: 'string',
      pattern: '^[a-z0-9][a-z0-9-]*$',
      description: 'a slug of lower-case letters, digits and hyphens, such as `exampleshire-scs`',
    },
    title: text('the document title'),
    authority: strictObject(
      {
        name: text('the name of the authority'),
        type: { enum: [...AUTHORITY_TYPES], description: 'the type of authority' },
        'two-tier': { type: 'boolean', description: '`true` or `false`' },
      },
      ['name', 'type'],
      'a map with `name` and `type`',
    ),
    partnership: text('the name of the Local Strategic Partnership'),
    period: strictObject(
      { from: year('a four-digit year, such as `2008`'), to: year('a four-digit year, such as `2020`') },
      ['from', 'to'],
      'a map with `from` and `to` years',
    ),
    status: { enum: [...STATUSES], description: 'the document status' },
    version: { type: ['string', 'number'], description: 'a version such as `2` or `"2.1"`' },
    vision: text('the vision statement'),
    evidence: {
      type: 'array',
      description: 'a list of evidence items',
      items: strictObject(
        {
          id: itemId,
          title: text('the title of the evidence'),
          year: year('a four-digit year, such as `2007`'),
          type: { type: 'string', description: 'text', examples: [...EVIDENCE_TYPES] },
        },
        ['id', 'title', 'year'],
        'an evidence item with `id`, `title` and `year`',
      ),
    },
    related: strictObject(
      Object.fromEntries(RELATED_ROLE_NAMES.map((role) => [role, link('a relative path, or a map with `path` and `version`')])),
      [],
      'a map from role (`scs`, `county-scs`, `core-strategy`, `housing-strategy`, `laa`, `jsna`) to a link',
    ),
    consultation: strictObject(
      {
        from: isoDate('a date written YYYY-MM-DD'),
        to: isoDate('a date written YYYY-MM-DD'),
        groups: textList('a list of the groups consulted', CONSULTATION_GROUPS),
        methods: textList('a list of consultation methods'),
        feedback: isoDate('a date written YYYY-MM-DD'),
      },
      ['from', 'to', 'groups'],
      'a map with `from`, `to` and `groups`',
    ),
    approval: strictObject(
      {
        body: { enum: [...APPROVAL_BODIES], description: 'the body that approved it' },
        date: isoDate('a date written YYYY-MM-DD'),
      },
      ['body', 'date'],
      'a map with `body` and `date`',
    ),
    published: isoDate('a date written YYYY-MM-DD'),
  };
}

function kindProperties(kind: Kind): { properties: Record<string, Schema>; required: string[] } {
  switch (kind) {
    case 'sustainable-community-strategy':
      return {
        // `vision` is required too, but scs/vision reports its absence with the guidance behind it.
        required: ['partnership'],
        properties: {
          priorities: {
            type: 'array',
            description: 'a list of priorities',
            items: strictObject(
              {
                id: itemId,
                title: text('the priority title'),
                principles: {
                  type: 'array',
                  description: 'a list of sustainable-development principles',
                  items: { enum: [...PRINCIPLES], description: 'a sustainable-development principle' },
                },
                spatial: { type: 'boolean', description: '`true` or `false`' },
              },
              ['id', 'title'],
              'a priority with `id` and `title`',
            ),
          },
        },
      };
    case 'local-area-agreement': {
      const measure = (what: string): Schema =>
        strictObject(
          { value: { type: ['number', 'string'], description: 'a value' }, year: year('a four-digit year') },
          [],
          `a map with the ${what} \`value\` and \`year\``,
        );
      return {
        required: ['partnership'],
        properties: {
          targets: {
            type: 'array',
            description: 'a list of targets',
            items: strictObject(
              {
                id: itemId,
                indicator: { type: 'string', description: 'a National Indicator code such as `NI 154`, or `local`' },
                title: text('the target title'),
                designated: { type: 'boolean', description: '`true` or `false`' },
                baseline: measure('baseline'),
                target: measure('target'),
                lead: text('the lead partner'),
                partners: textList('a list of partners'),
                priority: { type: ['string', 'integer'], description: 'the id of an SCS priority' },
              },
              ['id', 'indicator', 'priority'],
              'a target with `id`, `indicator` and `priority`',
            ),
          },
          partners: textList('a list of partners'),
        },
      };
    }
    case 'core-strategy':
      return {
        required: [],
        properties: {
          objectives: deliveringList('objectives', 'the objective title', 'delivers', 'an objective'),
          'sustainability-appraisal': {
            description: 'a relative path, or a map with the `published` date',
            anyOf: [text('a relative path'), strictObject({ published: isoDate('a date written YYYY-MM-DD') }, ['published'])],
          },
          'community-involvement': {
            description: 'a relative path, or a map with the `adopted` date',
            anyOf: [text('a relative path'), strictObject({ adopted: isoDate('a date written YYYY-MM-DD') }, ['adopted'])],
          },
        },
      };
    case 'housing-strategy':
      return {
        required: [],
        properties: {
          priorities: deliveringList('housing priorities', 'the priority title', 'supports', 'a housing priority'),
          'homelessness-strategy': text('a relative path to the homelessness strategy'),
        },
      };
  }
}

export function frontmatterSchema(kind: Kind): Schema {
  const info = KINDS.find((k) => k.kind === kind)!;
  const own = kindProperties(kind);
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: `${info.label} frontmatter (Placeshaper)`,
    type: 'object',
    description: 'a set of `key: value` lines',
    properties: { ...commonProperties(kind), ...own.properties },
    // In the order drafts write them, which is the order a quick fix inserts the missing ones.
    required: ['kind', 'title', 'authority', ...own.required, 'period', 'status'],
    additionalProperties: false,
    if: { properties: { status: { const: 'adopted' } }, required: ['status'] },
    then: { required: ['approval'] },
  };
}

/** Keys a kind knows at the top level, for suggestions and completion. */
export function topLevelKeys(kind: Kind): string[] {
  return Object.keys(frontmatterSchema(kind).properties as Record<string, unknown>);
}
