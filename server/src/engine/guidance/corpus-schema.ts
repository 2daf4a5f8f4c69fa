/** A value of plain text. */
const TEXT = { type: 'string', description: 'text' };

/** JSON Schema of a guidance corpus file (the bundled one and those named under `guidance:`). */
export const corpusSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  title: 'Placeshaper guidance corpus',
  description: 'a map with `sources` and `passages`',
  type: 'object',
  additionalProperties: false,
  required: ['sources', 'passages'],
  properties: {
    sources: {
      type: 'object',
      description: 'a map from source key to {file, title, publisher, publisherShort, date, citation}',
      additionalProperties: {
        type: 'object',
        additionalProperties: false,
        required: ['title'],
        description: 'a source with at least a `title`',
        properties: {
          file: TEXT,
          title: TEXT,
          publisher: TEXT,
          publisherShort: { type: 'string', description: 'the publisher\'s short name, as attributions say it ("CLG")' },
          date: { type: 'string', description: 'text; leave it out when the source is undated' },
          citation: {
            type: 'string',
            description: 'how attributions name the source ("CLG, *Summary of Responses to Consultation*, July 2008")',
          },
        },
      },
    },
    passages: {
      type: 'array',
      description: 'a list of passages',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['id', 'source', 'section', 'sectionTitle', 'standing', 'text'],
        description: 'a passage with `id`, `source`, `section`, `sectionTitle`, `standing` and `text`',
        properties: {
          id: TEXT,
          source: { type: 'string', description: 'a key of `sources`' },
          section: TEXT,
          sectionTitle: TEXT,
          part: TEXT,
          standing: {
            enum: ['government-response', 'guidance-summary', 'respondents', 'commentary', 'local'],
            description:
              'what the passage is worth, by where it sits in its source: `government-response`, `guidance-summary`, `respondents` (never a requirement), `commentary`, or `local` for guidance of your own',
          },
          text: { type: 'string', minLength: 1, description: 'the quoted text' },
          topics: { type: 'array', items: { type: 'string' }, description: 'a list of topics' },
          keys: { type: 'array', items: { type: 'string' }, description: 'a list of frontmatter keys' },
          terms: { type: 'array', items: { type: 'string' }, description: 'a list of terms' },
        },
      },
    },
  },
} as const;
