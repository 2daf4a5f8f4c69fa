import { writeFileSync } from 'node:fs';
import { indicatorsFromTsv, readReference } from './national-indicators';

writeFileSync('server/data/national-indicators.json', JSON.stringify(indicatorsFromTsv(readReference()), null, 1) + '\n');
console.log('server/data/national-indicators.json');
