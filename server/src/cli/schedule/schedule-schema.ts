import { CHANGE_AREAS } from '../../engine/node';
import { outputSchema } from '../report-schema';

/** JSON Schema of `placeshaper schedule --format json`; shipped as schemas/schedule.schema.json. */
const text = { type: 'string', minLength: 1 };
const commit = { type: 'string', pattern: '^[0-9a-f]{40,64}$' };

export const scheduleSchema = outputSchema('schedule', ['folder', 'from', 'to', 'date', 'rows'], {
  folder: { type: 'string', description: 'the folder’s name' },
  from: { ...text, description: 'the revision the schedule starts from, as given' },
  to: { ...text, description: 'the revision it ends at, as given, or “the working tree”' },
  fromCommit: commit,
  toCommit: commit,
  date: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' },
  rows: {
    type: 'array',
    items: {
      type: 'object',
      additionalProperties: false,
      required: ['ref', 'file', 'document', 'where', 'line', 'type', 'area', 'class', 'words', 'ids'],
      properties: {
        ref: { ...text, description: 'SC1, SC2 … (or the prefix given)' },
        file: { ...text, description: 'the draft, relative to the folder, as it is now' },
        document: { ...text, description: 'the draft’s title' },
        where: { ...text, description: 'the id, or the heading path and paragraph' },
        line: { type: 'integer', minimum: 1 },
        type: {
          enum: [
            'insertion',
            'deletion',
            'substitution',
            'renumbering',
            'move',
            'retitled',
            'vision changed',
            'period changed',
            'target changed',
            'delivery changed',
          ],
        },
        detail: text,
        area: { enum: [...CHANGE_AREAS] },
        class: { enum: ['main', 'additional'] },
        before: { type: 'string' },
        after: { type: 'string' },
        words: {
          type: 'array',
          items: {
            type: 'object',
            additionalProperties: false,
            required: ['op', 'text'],
            properties: { op: { enum: ['same', 'deleted', 'inserted'] }, text: { type: 'string' } },
          },
        },
        ids: { type: 'array', items: text },
        reason: text,
        source: text,
      },
    },
  },
});
