import { strictEqual } from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { ruleDocumentation } from '../scripts/rule-docs';

describe('rule documentation', () => {
  it('docs/rules.md is current (run `npm run docs` after changing a rule)', () => {
    strictEqual(readFileSync('docs/rules.md', 'utf8'), ruleDocumentation());
  });
});
