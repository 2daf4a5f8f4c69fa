import { mkdirSync, writeFileSync } from 'node:fs';
import { publishedSchemas } from './schemas';

mkdirSync('schemas', { recursive: true });
for (const [name, schema] of Object.entries(publishedSchemas())) {
  writeFileSync(`schemas/${name}`, JSON.stringify(schema, null, 2) + '\n');
  console.log(`schemas/${name}`);
}
