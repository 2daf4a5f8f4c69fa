import { writeFileSync } from 'node:fs';
import { ruleDocumentation } from './rule-docs';

writeFileSync('docs/rules.md', ruleDocumentation());
console.log('docs/rules.md');
