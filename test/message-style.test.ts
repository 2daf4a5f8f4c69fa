import { strictEqual } from 'node:assert/strict';
import * as path from 'node:path';
import { Engine, NodeFileSystem } from '../server/src/engine/node';
import { draftsUnder } from './support/robustness';
import { messageStyleProblem } from './support/message-style';

/** Every finding of every draft of an example workspace, with the engine that found it. */
function findingsOf(folder: string) {
  const root = path.resolve(folder);
  const engine = new Engine({ host: new NodeFileSystem(), root, today: new Date('2026-11-30T12:00:00Z') });
  return draftsUnder(root).flatMap((file) => engine.check(path.join(root, file)));
}

describe('messages as the Problems panel, a terminal and a pull request show them', () => {
  for (const folder of ['examples/faults', 'examples/exampleshire']) {
    it(`every message of ${folder} is plain text, its remedy within the first 100 characters, and so is every fix title`, () => {
      const findings = findingsOf(folder);
      strictEqual(findings.length > 0, true);
      for (const finding of findings) {
        strictEqual(messageStyleProblem(finding.message), undefined, `${finding.rule}: ${finding.message}`);
        if (finding.fix) strictEqual(finding.fix.title.includes('`'), false, `${finding.rule}: ${finding.fix.title}`);
      }
    });
  }
});
