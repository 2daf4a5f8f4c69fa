// The web extension alone (the .vsix with its `browser` entry and no `main`) in code-server (VS Code
// 1.139): VS Code runs it in the browser's web worker extension host, the language server in a
// worker of its own started from a blob: URL, and the workspace read through the editor.
import * as assert from 'node:assert/strict';
import { GuidanceLibrary } from '../../server/src/engine';
import { env } from './support/environment';
import { squash, useCodeServer } from './support/session';

describe('Placeshaper as a web extension (code-server, browser entry alone)', function () {
  this.timeout(240_000);
  const session = useCodeServer({
    name: 'browser-only',
    settings: { 'security.workspace.trust.enabled': false },
    vsix: env.browserOnlyVsix,
  });

  it('quotes the guidance when hovering a key, and lists the problems of a draft it has not opened', async function () {
    const guidance = new GuidanceLibrary();
    const [passage] = guidance.forKey('vision', 'sustainable-community-strategy');
    const { workbench } = await session.open('exampleshire');
    await workbench.openFile('scs/exampleshire-scs.md');
    await workbench.waitForDraftStatus('Sustainable Community Strategy');
    const hover = await workbench.hover(/^vision:\s/, 'vision', passage.text.slice(0, 40));
    const shown = squash(await hover.innerText());
    assert.ok(shown.includes(squash(passage.text)), `the hover quotes passage ${passage.id} verbatim:\n${shown}`);
    assert.ok(shown.includes(squash(guidance.attribution(passage, 'text'))), `the hover names its source:\n${shown}`);
    // Read through the editor's file system: the LAA is never opened.
    await workbench.waitForProblemsOf('laa/exampleshire-laa.md', [
      { rule: 'laa/indicator', line: 74 },
      { rule: 'laa/lead-partner', line: 89 },
    ]);
  });
});
