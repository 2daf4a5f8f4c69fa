import { outputSchema } from '../report-schema';

/** JSON Schema of `placeshaper review --format json`; shipped as schemas/review-report.schema.json. */
const text = { type: 'string', minLength: 1 };
const day = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' };
const revision = {
  type: 'object',
  additionalProperties: false,
  required: ['commit', 'date'],
  properties: { commit: { type: 'string', pattern: '^[0-9a-f]{40,64}$' }, date: day },
};
const severity = { enum: ['error', 'warning', 'info', 'hint'] };
const counts = {
  type: 'object',
  additionalProperties: false,
  required: ['requirement', 'fact', 'practice', 'check'],
  description: 'rules not met, by basis',
  properties: Object.fromEntries(['requirement', 'fact', 'practice', 'check'].map((k) => [k, { type: 'integer', minimum: 0 }])),
};
const line = { type: 'integer', minimum: 1 };
const link = {
  type: 'object',
  additionalProperties: false,
  required: ['from', 'line', 'via', 'target', 'state'],
  properties: {
    from: { ...text, description: 'the draft that writes the link, relative to the reviewed folder' },
    line,
    via: { ...text, description: '`related.<role>`, a supporting-document key, or `body link`' },
    target: { ...text, description: 'as written' },
    file: { ...text, description: 'the file it leads to; absent when it leads outside the workspace' },
    title: text,
    kind: text,
    state: { enum: ['ok', 'broken', 'stale'] },
    problem: text,
  },
};
const fact = {
  type: 'object',
  additionalProperties: false,
  required: ['id', 'places'],
  properties: {
    id: text,
    value: {
      ...text,
      description: 'the register’s value as a draft would write it, with its unit; absent when the register has no such fact',
    },
    unit: text,
    asOf: { ...text, description: 'the date or year the register’s value was established' },
    source: { ...text, description: 'an evidence id or a URL' },
    places: {
      type: 'array',
      minItems: 1,
      description: 'each place the draft refers to the fact, in order',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['line', 'in', 'state', 'findings'],
        properties: {
          line,
          in: { enum: ['body', 'frontmatter'] },
          stated: {
            ...text,
            description: 'as the body writes it; a frontmatter reference takes the register’s value and writes none',
          },
          state: {
            enum: ['agrees', 'differs', 'unknown'],
            description: '`unknown`: the register has no such fact, or there is no register',
          },
          difference: { ...text, description: 'how it differs from the register’s value, or why it cannot be compared' },
          findings: {
            type: 'array',
            items: { type: 'integer', minimum: 1 },
            description: 'numbers of the findings at the reference',
          },
        },
      },
    },
  },
};
const ground = {
  oneOf: [
    {
      type: 'object',
      additionalProperties: false,
      required: ['type', 'id', 'standing', 'quote', 'attribution'],
      properties: {
        type: { const: 'passage' },
        id: text,
        standing: { enum: ['government-response', 'guidance-summary', 'respondents', 'commentary', 'local'] },
        quote: { ...text, description: 'verbatim, cut with … when long' },
        attribution: { ...text, description: 'what the passage is and where it comes from' },
      },
    },
    {
      type: 'object',
      additionalProperties: false,
      required: ['type', 'id', 'statement', 'sources'],
      properties: {
        type: { const: 'fact' },
        id: text,
        statement: text,
        sources: {
          type: 'array',
          minItems: 1,
          items: {
            type: 'object',
            additionalProperties: false,
            required: ['title', 'url'],
            properties: { title: text, url: { type: 'string', format: 'uri' } },
          },
        },
      },
    },
  ],
};
const ruleId = { type: 'string', pattern: '^[a-z]+/[a-z0-9-]+$' };
const rule = {
  type: 'object',
  additionalProperties: false,
  required: ['id', 'expectation', 'description', 'basis'],
  properties: {
    id: ruleId,
    expectation: { ...text, description: 'what a draft that meets the rule does' },
    description: { ...text, description: 'what makes the rule fire' },
    basis: { enum: ['requirement', 'fact', 'practice', 'check'] },
    ground: { ...ground, description: 'the most authoritative passage or fact it rests on' },
  },
};
const checklistItem = {
  type: 'object',
  additionalProperties: false,
  required: ['rule', 'status', 'findings'],
  properties: {
    rule: { ...ruleId, description: 'a rule of `rules`' },
    status: { enum: ['met', 'not-met', 'silenced', 'not-applicable', 'not-checked', 'off'] },
    reason: { ...text, description: 'why it is not applicable, not checked, silenced or turned off' },
    severity,
    findings: { type: 'array', items: { type: 'integer', minimum: 1 }, description: 'numbers of its findings' },
  },
};
const finding = {
  type: 'object',
  additionalProperties: false,
  required: ['number', 'rule', 'severity', 'message', 'line', 'column', 'endLine', 'endColumn'],
  properties: {
    number: { type: 'integer', minimum: 1 },
    rule: ruleId,
    severity,
    message: text,
    line,
    column: line,
    endLine: line,
    endColumn: line,
  },
};
const draft = {
  type: 'object',
  additionalProperties: false,
  required: ['file', 'anchor', 'title', 'scope', 'notMet', 'checklist', 'findings', 'links', 'facts'],
  properties: {
    file: { ...text, description: 'relative to the reviewed folder' },
    anchor: { ...text, description: 'the draft’s id in the HTML review' },
    kind: text,
    title: text,
    authority: text,
    partnership: text,
    status: text,
    period: text,
    version: text,
    revision: {
      ...revision,
      required: [...revision.required, 'changedSince'],
      properties: { ...revision.properties, changedSince: { type: 'boolean' } },
    },
    scope: { enum: ['full', 'frontmatter-only', 'format-problems'] },
    notMet: counts,
    checklist: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['area', 'title', 'items'],
        properties: { area: text, title: text, items: { type: 'array', items: checklistItem } },
      },
    },
    findings: { type: 'array', items: finding },
    links: {
      type: 'object',
      additionalProperties: false,
      required: ['out', 'in'],
      properties: { out: { type: 'array', items: link }, in: { type: 'array', items: link } },
    },
    facts: {
      type: 'array',
      items: fact,
      description: 'the facts of the register the draft refers to, in the order it first names them',
    },
    delivery: {
      type: 'object',
      additionalProperties: false,
      required: ['priorities', 'delivered', 'gaps'],
      properties: {
        priorities: { type: 'integer', minimum: 0 },
        delivered: { type: 'integer', minimum: 0 },
        gaps: {
          type: 'array',
          items: {
            type: 'object',
            additionalProperties: false,
            required: ['priority', 'gap'],
            properties: { priority: text, title: text, gap: text },
          },
        },
      },
    },
  },
};

export const reviewSchema = outputSchema('review', ['folder', 'date', 'summary', 'rules', 'drafts'], {
  folder: { type: 'string', description: 'the reviewed folder’s name' },
  date: day,
  repository: { ...revision, description: 'the commit the folder’s git repository is at' },
  summary: {
    type: 'object',
    additionalProperties: false,
    required: ['drafts', 'notMet', 'findings'],
    properties: {
      drafts: { type: 'integer', minimum: 0 },
      notMet: counts,
      findings: {
        type: 'object',
        additionalProperties: false,
        required: ['error', 'warning', 'info', 'hint'],
        properties: Object.fromEntries(['error', 'warning', 'info', 'hint'].map((k) => [k, { type: 'integer', minimum: 0 }])),
      },
    },
  },
  rules: { type: 'array', items: rule, description: 'every rule on a checklist, once, in the catalogue’s order' },
  drafts: { type: 'array', items: draft },
});
