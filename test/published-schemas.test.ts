import { deepStrictEqual } from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { publishedSchemas } from '../scripts/schemas';

describe('published JSON Schemas', () => {
  it('match the engine’s definitions (run `npm run schemas` after changing them)', () => {
    const expected = publishedSchemas();
    deepStrictEqual(readdirSync('schemas').sort(), Object.keys(expected).sort());
    for (const [name, schema] of Object.entries(expected)) {
      deepStrictEqual(JSON.parse(readFileSync(`schemas/${name}`, 'utf8')), JSON.parse(JSON.stringify(schema)), name);
    }
  });
});
