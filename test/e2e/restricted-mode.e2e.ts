// Restricted Mode: workspace trust on (VS Code's default) and the folder never trusted. The manifest
// declares `capabilities.untrustedWorkspaces.supported: true`, so the extension must run there in full:
// with `false` (or `limited` and nothing allowed) VS Code would not activate it, and no diagnostic would appear.
import { useCodeServer } from './support/session';

describe('Placeshaper in VS Code (code-server, Restricted Mode)', function () {
  this.timeout(240_000);
  const session = useCodeServer({
    name: 'restricted',
    settings: {
      'security.workspace.trust.enabled': true,
      'security.workspace.trust.startupPrompt': 'never', // enter Restricted Mode without the modal question
      'security.workspace.trust.banner': 'always',
    },
  });

  it('diagnoses drafts of an untrusted folder', async function () {
    const { workbench } = await session.open('faults');
    await workbench.page.locator('.statusbar-item', { hasText: 'Restricted Mode' }).waitFor();
    await workbench.openFile('laa/lead-partner.md');
    await workbench.waitForProblemsOf('laa/lead-partner.md', [
      { rule: 'laa/lead-partner', line: 16 }, // T1 has no lead
      { rule: 'laa/lead-partner', line: 28 }, // T2's lead is not among its partners
    ]);
  });
});
