import { deepStrictEqual } from 'node:assert/strict';
import { crlf } from '../../../../../test/support/harness';
import { laaRules } from '.';
import { LAA, SCS, laaWorkspace } from './fixtures';

describe('laa rules', () => {
  it('are exported in catalogue order, each for local area agreements only', () => {
    deepStrictEqual(
      laaRules.map((rule) => rule.id),
      ['laa/relates-to-scs', 'laa/unknown-priority', 'laa/designated-limit', 'laa/indicator', 'laa/lead-partner', 'laa/named-partners', 'laa/baseline', 'laa/period', 'laa/duty-to-consult'],
    );
    deepStrictEqual(laaRules.map((rule) => rule.kinds), laaRules.map(() => ['local-area-agreement']));
  });

  it('find nothing wrong with the clean fixtures, which pass the format rules too', () => {
    const relevant = (rule: string) => rule.startsWith('laa/') || rule.startsWith('format/');
    for (const [laa, scs] of [[LAA, SCS], [crlf(LAA), crlf(SCS)]]) {
      const ws = laaWorkspace(laa, scs);
      deepStrictEqual(ws.check('laa.md').filter((s) => relevant(s.rule)), []);
      deepStrictEqual(ws.check('scs.md').filter((s) => relevant(s.rule)), []);
    }
  });
});
