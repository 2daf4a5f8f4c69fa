// The extension at work for a person in a real VS Code: code-server serving the workbench, the
// packaged placeshaper.vsix installed, headless Chromium driven through playwright-core.
// The workspace is trusted here (security.workspace.trust.enabled: false); restricted-mode.e2e.ts
// covers the untrusted folder. Run with `npm run test:e2e`.
import * as assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { Engine } from '../../server/src/engine/engine';
import { priorityLenses } from '../../server/src/engine/features/code-lens';
import { factLenses } from '../../server/src/engine/features/facts';
import { GuidanceLibrary } from '../../server/src/engine/guidance/guidance';
import { NodeFileSystem, reviewReport } from '../../server/src/engine/node';
import { LineIndex } from '../../server/src/engine/text/line-index';
import { indicatorByCode } from '../../server/src/engine/reference/national-indicators';
import { git } from '../support/git-repositories';
import { squash, useCodeServer, waitForFile } from './support/session';

describe('Placeshaper in VS Code (code-server, trusted workspace)', function () {
  this.timeout(240_000);
  const session = useCodeServer({ name: 'main', settings: { 'security.workspace.trust.enabled': false } });

  it('lists the diagnostics of a faulty draft in the Problems panel, with rule ids and lines', async function () {
    const { workbench } = await session.open('exampleshire');
    await workbench.openFile('laa/exampleshire-laa.md');
    const problems = await workbench.waitForProblemsOf('laa/exampleshire-laa.md', [
      { rule: 'laa/indicator', line: 74 },
      { rule: 'laa/lead-partner', line: 89 },
    ]);
    assert.match(problems.find((p) => p.rule === 'laa/indicator')!.message, /NI 31.*withdrawn/);
  });

  it('lists every diagnostic of a draft of the faults workspace', async function () {
    const { workbench } = await session.open('faults');
    await workbench.openFile('laa/indicator.md');
    await workbench.waitForProblemsOf('laa/indicator.md', [
      { rule: 'laa/indicator', line: 25 }, // NI 31, withdrawn
      { rule: 'laa/indicator', line: 33 }, // NI 200, not in the set
    ]);
  });

  it('hears of a draft changed on disk, outside the editor, and lists its new diagnostics', async function () {
    const { workbench, dir } = await session.open('exampleshire');
    const file = path.join(dir, 'laa/exampleshire-laa.md');
    const text = readFileSync(file, 'utf8');
    const line = text.split('\n').findIndex((l) => /^ {4}indicator: NI 16$/.test(l)) + 1;
    assert.ok(line > 0, 'the LAA has a target with `indicator: NI 16`');
    // The LAA is never opened: its diagnostics come from the server's index of the workspace.
    await workbench.waitForProblemsOf('laa/exampleshire-laa.md', [
      { rule: 'laa/indicator', line: 74 },
      { rule: 'laa/lead-partner', line: 89 },
    ]);
    writeFileSync(file, text.replace(/^( {4}indicator: )NI 16$/m, '$1NI 200'));
    await workbench.waitForProblemsOf('laa/exampleshire-laa.md', [
      { rule: 'laa/indicator', line },
      { rule: 'laa/indicator', line: 74 },
      { rule: 'laa/lead-partner', line: 89 },
    ]);
  });

  it('quotes the guidance verbatim when hovering a frontmatter key, saying what the quote is', async function () {
    const guidance = new GuidanceLibrary();
    const [passage] = guidance.forKey('vision', 'sustainable-community-strategy');
    assert.ok(passage, 'the guidance corpus has a passage for `vision`');
    const { workbench } = await session.open('exampleshire');
    await workbench.openFile('scs/exampleshire-scs.md');
    await workbench.waitForDraftStatus('Sustainable Community Strategy');
    const hover = await workbench.hover(/^vision:\s/, 'vision', passage.text.slice(0, 40));
    const shot = await workbench.screenshot('hover-vision');
    console.log(`      hover screenshot: ${path.relative(process.cwd(), shot)}`);
    const shown = squash(await hover.innerText());
    assert.ok(shown.includes(squash(passage.text)), `the hover quotes passage ${passage.id} verbatim:\n${shown}`);
    assert.ok(
      shown.includes(squash(guidance.attribution(passage, 'text'))),
      `the hover says what the quote is and where it comes from:\n${shown}`,
    );
  });

  it("hovers a diagnostic with its rule's basis, and its link opens the rule's guidance rendered beside the editor", async function () {
    const { workbench, dir } = await session.open('exampleshire');
    const line = readFileSync(path.join(dir, 'laa/exampleshire-laa.md'), 'utf8').split('\n').indexOf('    indicator: NI 31') + 1;
    assert.ok(line > 0, 'the LAA has a target with the withdrawn NI 31');
    await workbench.openFile('laa/exampleshire-laa.md');
    await workbench.waitForDraftStatus('Local Area Agreement');
    await workbench.goTo(line, 16);
    await workbench.editor.locator('.squiggly-error').first().waitFor();
    const hover = await workbench.hover(/^ {4}indicator: NI 31$/, 'NI 31', 'All the guidance behind laa/indicator');
    const shown = squash(await hover.innerText());
    assert.ok(shown.includes('laa/indicator · fact — a fact of the statutory regime'), shown);
    assert.ok(shown.includes('Fact: The National Indicator Set has 198 indicators'), shown);
    await workbench.screenshot('hover-diagnostic');
    await hover.locator('a', { hasText: 'All the guidance behind laa/indicator' }).click();
    await workbench.page.locator('.tabs-container .tab', { hasText: 'Preview indicator.md' }).waitFor();
    // The preview renders the rule's explanation: its heading, its basis, the fact and the respondents' passage, each named.
    const rendered = await workbench.webviewText(/Consultation respondents' views/);
    for (const expected of [
      'laa/indicator',
      'Basis: fact — a fact of the statutory regime',
      'Fact: The National Indicator Set has 198 indicators',
      '— not a requirement',
    ]) {
      assert.ok(squash(rendered).includes(expected), `the preview shows "${expected}":\n${rendered}`);
    }
  });

  it('offers National Indicator codes when typing `indicator: NI ` in an LAA target', async function () {
    const { workbench, dir } = await session.open('exampleshire');
    await workbench.openFile('laa/exampleshire-laa.md');
    const lines = readFileSync(path.join(dir, 'laa/exampleshire-laa.md'), 'utf8').split('\n');
    const line = lines.findIndex((l) => /^ {4}indicator: NI 16$/.test(l)) + 1;
    assert.ok(line > 0, 'the LAA has a target with `indicator: NI 16`');
    await workbench.waitForDraftStatus('Local Area Agreement');
    await workbench.goTo(line, 5);
    await workbench.page.keyboard.press('Shift+End');
    await workbench.page.keyboard.type('indicator: NI ');
    await workbench.page.keyboard.press('Escape'); // whatever the trigger characters `:` and ` ` opened
    await workbench.suggestWidget.waitFor({ state: 'hidden' });
    await workbench.page.keyboard.press('Control+Space');
    await workbench.suggestion(/^NI \d+$/).waitFor();
    await workbench.page.keyboard.type('16');
    const ni16 = workbench.suggestion(/^NI 16$/);
    await ni16.waitFor();
    const title = indicatorByCode('NI 16')?.title;
    assert.ok(title, 'NI 16 has a title');
    await workbench.suggestWidget.locator('.monaco-list-row.focused', { hasText: title }).waitFor();
    await workbench.page.keyboard.press('Escape');
  });

  it('applies the quick fix for a misspelt key (Ctrl+.)', async function () {
    const { workbench, dir } = await session.open('exampleshire');
    const file = path.join(dir, 'housing/millbrook-housing-strategy.md');
    const line =
      readFileSync(file, 'utf8')
        .split('\n')
        .findIndex((l) => l.startsWith('homelesness-strategy:')) + 1;
    assert.ok(line > 0, 'the housing strategy has the misspelt key');
    await workbench.openFile('housing/millbrook-housing-strategy.md');
    await workbench.waitForDraftStatus('Housing strategy');
    await workbench.editor.locator('.squiggly-warning').first().waitFor(); // the diagnostic has arrived
    await workbench.goTo(line, 3);
    await workbench.quickFix('homelessness-strategy');
    await workbench.editorLine(/^homelessness-strategy: /).waitFor();
    await workbench.page.keyboard.press('Control+S');
    const fixed = 'homelessness-strategy: ./millbrook-homelessness-strategy.md';
    const text = await waitForFile(
      file,
      (t) => t.split('\n')[line - 1] === fixed,
      (t) => `line ${line} reads \`${t.split('\n')[line - 1]}\``,
    );
    assert.ok(!text.includes('homelesness-strategy'), 'the misspelt key is gone');
  });

  it('renames a priority id (F2) in the SCS and in the LAA that delivers it', async function () {
    const { workbench, dir } = await session.open('exampleshire');
    const scs = path.join(dir, 'scs/exampleshire-scs.md');
    const laa = path.join(dir, 'laa/exampleshire-laa.md');
    const count = (text: string, id: string) => text.split('\n').filter((l) => l.trim() === `priority: ${id}`).length;
    const before = count(readFileSync(laa, 'utf8'), 'safer-communities');
    assert.ok(before > 0, 'LAA targets deliver safer-communities');
    const line =
      readFileSync(scs, 'utf8')
        .split('\n')
        .findIndex((l) => l === '  - id: safer-communities') + 1;
    await workbench.openFile('scs/exampleshire-scs.md');
    // The code lens counts the LAA's targets: the server has read the other drafts.
    await workbench.editor.locator('.codelens-decoration', { hasText: 'delivered by' }).first().waitFor({ timeout: 60_000 });
    await workbench.goTo(line, 12);
    await workbench.page.keyboard.press('F2');
    const input = workbench.page.locator('.rename-box input, .rename-box textarea').first();
    await input.waitFor();
    await input.fill('community-safety');
    await input.press('Enter');
    await input.waitFor({ state: 'hidden' });
    await workbench.editorLine(/^  - id: community-safety$/).waitFor();
    await workbench.command('File: Save All');
    const scsText = await waitForFile(
      scs,
      (t) => t.includes('\n  - id: community-safety\n'),
      () => 'the SCS on disk still has the old id',
    );
    assert.ok(!scsText.includes('- id: safer-communities'));
    const targets = (t: string) =>
      `${count(t, 'safer-communities')} of its targets name safer-communities, ${count(t, 'community-safety')} community-safety (of ${before})`;
    const laaText = await waitForFile(laa, (t) => count(t, 'community-safety') === before, targets);
    assert.equal(count(laaText, 'safer-communities'), 0, 'no LAA target names the old id');
  });

  it('lists what delivers a priority when its code lens is clicked', async function () {
    const { workbench, dir } = await session.open('exampleshire');
    const scs = path.join(dir, 'scs/exampleshire-scs.md');
    const [first] = priorityLenses(new Engine({ host: new NodeFileSystem(), root: dir }), scs);
    const files = [...new Set(first.locations.map((l) => path.basename(l.path)))].sort();
    await workbench.openFile('scs/exampleshire-scs.md');
    const lens = workbench.editor.locator('.codelens-decoration a', { hasText: first.title }).first();
    await lens.waitFor({ timeout: 60_000 });
    await lens.click();
    // The references peek opens under the priority, its title counting the places, its tree listing their files.
    const peek = workbench.page.locator('.peekview-widget');
    await peek.locator('.peekview-title', { hasText: `Locations (${first.locations.length})` }).waitFor();
    if (files.length === 1) {
      // All in one file: the peek names it in its title and lists the places alone.
      await peek.locator('.peekview-title', { hasText: files[0] }).waitFor();
      await peek
        .locator('.ref-tree .monaco-list-row')
        .nth(first.locations.length - 1)
        .waitFor();
      assert.equal(await peek.locator('.ref-tree .monaco-list-row').count(), first.locations.length);
    } else {
      await peek
        .locator('.ref-tree .monaco-list-row', { hasText: files[files.length - 1] })
        .first()
        .waitFor();
      const fileNames = await peek.locator('.ref-tree .monaco-list-row[aria-level="1"] .label-name').allInnerTexts();
      assert.deepEqual(fileNames.map((t) => t.trim()).sort(), files);
    }
  });

  it('shows the register’s value when hovering a fact a draft states, and above each fact of the register where it is stated', async function () {
    const { workbench, dir } = await session.open('exampleshire');
    const engine = new Engine({ host: new NodeFileSystem(), root: dir });
    const requirement = factLenses(engine, path.join(dir, 'facts.yaml')).find((lens) => lens.id === 'housing.requirement')!;
    assert.equal(requirement.title, 'used in 4 places in 3 drafts');
    const file = 'housing/millbrook-housing-strategy.md';
    const lines = readFileSync(path.join(dir, file), 'utf8').split('\n');
    const index = lines.findIndex((l) => l.includes('{#housing.requirement}'));
    await workbench.openFile(file);
    await workbench.waitForDraftStatus('Housing strategy');
    await workbench.goTo(index + 1, lines[index].indexOf('{#housing.requirement}') + 3);
    const hover = await workbench.hover(/\{#housing\.requirement\}/, 'housing.requirement', 'From the register of facts');
    const shown = squash(await hover.innerText());
    for (const expected of [
      'housing.requirement: 8,600 homes',
      'as of 2008',
      'source: millbrook-shlaa-2008',
      'Used in 4 places in 3 drafts',
    ])
      assert.ok(shown.includes(expected), `the hover shows "${expected}":\n${shown}`);
    await workbench.screenshot('hover-fact');
    await workbench.openFile('facts.yaml');
    const lens = workbench.editor.locator('.codelens-decoration a', { hasText: requirement.title }).first();
    await lens.waitFor({ timeout: 60_000 });
    await lens.click();
    await workbench.page
      .locator('.peekview-widget .peekview-title', { hasText: `Locations (${requirement.locations.length})` })
      .waitFor();
  });

  it('opens the review of a draft: its checklist, its findings in the margin, and line numbers that open the draft', async function () {
    const { workbench, dir } = await session.open('exampleshire');
    const file = path.join(dir, 'laa/exampleshire-laa.md');
    const engine = new Engine({ host: new NodeFileSystem(), root: dir });
    const { report } = reviewReport(engine, [file], { base: dir });
    const [laa] = report.drafts;
    const lead = laa.findings.find((f) => f.rule === 'laa/lead-partner');
    assert.ok(lead, 'the LAA has a lead partner missing from its partners');
    // The row of the finding starts at its target's `- id:` line.
    const lines = readFileSync(file, 'utf8').split('\n');
    const rowLine = lines
      .slice(0, lead.line)
      .map((l, index) => (/^ {2}- id: /.test(l) ? index + 1 : 0))
      .reduce((a, b) => Math.max(a, b), 0);
    await workbench.openFile('laa/exampleshire-laa.md');
    await workbench.waitForDraftStatus('Local Area Agreement');
    await workbench.command('Placeshaper: Open Review of This Draft');
    await workbench.page.locator('.tabs-container .tab', { hasText: `Review: ${laa.title}` }).waitFor();
    const frame = await workbench.webviewFrame(/Every target has a lead partner, among its partners\./);
    const shown = squash((await frame.evaluate('document.body.innerText')) as string);
    for (const expected of [
      laa.title,
      '1 requirement and 1 fact not met.',
      lead.message,
      "APSE's summary of the statutory guidance",
    ])
      assert.ok(shown.includes(squash(expected)), `the review shows "${expected}":\n${shown.slice(0, 2000)}`);
    await workbench.screenshot('review-webview');
    await frame.locator(`a[href="#open:laa%2Fexampleshire-laa.md:${rowLine}"]`).first().click();
    await workbench.cursorPosition(rowLine, 1).waitFor();
  });

  it('writes the schedule of changes since a revision picked from the list, with the reasons of the commits', async function () {
    const { workbench, dir } = await session.open('exampleshire');
    git(dir, 'init', '-q', '-b', 'main');
    git(dir, 'add', '.');
    git(dir, 'commit', '-q', '-m', 'Adopted drafts');
    git(dir, 'tag', 'adopted');
    const laa = path.join(dir, 'laa/exampleshire-laa.md');
    writeFileSync(laa, readFileSync(laa, 'utf8').replace('everyone can lead a safe,', 'everyone can lead a secure,'));
    git(dir, 'commit', '-q', '-a', '-m', 'Reword the vision\n\nReason: Agreed at the partnership board.');
    await workbench.openFile('laa/exampleshire-laa.md');
    // The command is listed once the extension has said it can read git: wait until it is at work.
    await workbench.waitForDraftStatus('Local Area Agreement');
    await workbench.command('Placeshaper: Schedule of Changes Since…');
    await workbench.quickInputRow('adopted').waitFor();
    await workbench.answer('Schedule of Changes Since…', 'adopted');
    await workbench.page.locator('.tabs-container .tab', { hasText: 'Changes since adopted' }).waitFor();
    const shown = squash(await workbench.webviewText(/Changes from adopted \(/));
    for (const expected of ['1 change: 1 main, 0 additional.', 'SC1', 'vision changed', 'Agreed at the partnership board.'])
      assert.ok(shown.includes(expected), `the schedule shows "${expected}":\n${shown}`);
    await workbench.screenshot('schedule-webview');
  });

  it('shows the priorities of an SCS in the outline view, each once, as the sections of the body', async function () {
    const { workbench, dir } = await session.open('exampleshire');
    const frontmatter = readFileSync(path.join(dir, 'scs/exampleshire-scs.md'), 'utf8').split(/^---$/m)[1];
    const titles = (parseYaml(frontmatter) as { priorities: { title: string }[] }).priorities.map((p) => p.title);
    await workbench.openFile('scs/exampleshire-scs.md');
    await workbench.waitForDraftStatus('Sustainable Community Strategy');
    const rows = await workbench.outlineLabels(['Placeshaper', 'Exampleshire 2020', 'Priorities'], titles[titles.length - 1]);
    const start = rows.findIndex((row) => row.label === 'Priorities');
    const level = rows[start].level;
    const end = rows.findIndex((row, index) => index > start && row.level <= level);
    const priorities = rows.slice(start + 1, end < 0 ? undefined : end);
    assert.deepEqual(
      priorities.map((row) => row.label),
      titles,
      `the outline reads: ${rows.map((row) => row.label).join(' | ')}`,
    );
    // Each priority once: no second list of them from the frontmatter.
    for (const title of titles) assert.equal(rows.filter((row) => row.label.endsWith(title)).length, 1, title);
  });

  it('a new author: a draft from the template with no errors, a target by an indicator’s title, and the missing keys added', async function () {
    const { workbench, dir } = await session.open('exampleshire');
    // A draft typed by hand, for the end: on disk before quick open first lists the files.
    const bare = path.join(dir, 'new-laa.md');
    writeFileSync(bare, '---\nkind: laa\n---\n');
    // The command palette lists an extension's commands once the extension host has registered it:
    // wait until Placeshaper is at work on a draft, as a person would have a draft open anyway.
    await workbench.openFile('scs/exampleshire-scs.md');
    await workbench.waitForDraftStatus('Sustainable Community Strategy');
    await workbench.command('Placeshaper: New Draft from Template');
    await workbench.quickInputRow('Local Area Agreement').click();
    await workbench.answer('(2/5)', 'Exampleshire Local Area Agreement 2026 to 2029');
    await workbench.answer('(3/5)', 'Exampleshire County Council');
    await workbench.answer('(4/5)', 'County');
    await workbench.quickInput.locator('.quick-input-title', { hasText: 'link an SCS' }).waitFor();
    await workbench.quickInputRow('Exampleshire 2020').click();
    // The save dialog proposes the workspace folder and a file named after the title.
    await workbench.answer('where to save it', '');
    const file = path.join(dir, 'exampleshire-local-area-agreement-2026-to-2029.md');
    const text = await waitForFile(
      file,
      (t) => t.startsWith('---\nkind: local-area-agreement\n'),
      () => 'the new draft',
    );
    assert.ok(text.includes('\nrelated:\n  scs: ./scs/exampleshire-scs.md\n'), text);
    await workbench.page
      .locator('.tabs-container .tab.active', { hasText: 'exampleshire-local-area-agreement-2026-to-2029.md' })
      .waitFor();
    await workbench.waitForDraftStatus('Local Area Agreement');
    // Exactly what the engine finds in it, and none of it an error.
    const found = new Engine({ host: new NodeFileSystem(), root: dir, today: new Date() }).check(file);
    assert.deepEqual(
      found.filter((f) => f.severity === 'error').map((f) => f.message),
      [],
    );
    const lines = new LineIndex(text);
    await workbench.waitForProblemsOf(
      path.basename(file),
      found.map((f) => ({ rule: f.rule, line: lines.positionAt(f.span.start).line + 1 })),
    );

    // A target's indicator, found by a word of its title.
    const line = text.split('\n').indexOf('    indicator: local') + 1;
    await workbench.goTo(line, 16);
    await workbench.page.keyboard.press('Shift+End');
    await workbench.page.keyboard.type('crime');
    await workbench.page.keyboard.press('Escape');
    await workbench.page.keyboard.press('Control+Space');
    const title = indicatorByCode('NI 16')!.title!;
    const ni16 = workbench.suggestWidget.locator('.monaco-list-row', { hasText: title }).first();
    await ni16.waitFor();
    assert.match(await ni16.innerText(), /NI 16/);
    await ni16.click();
    await workbench.editorLine(/^ {4}indicator: NI 16$/).waitFor();

    // A new draft typed by hand: one problem, and its fix adds the keys it lacks.
    await workbench.openFile('new-laa.md');
    await workbench.waitForProblemsOf('new-laa.md', [{ rule: 'format/schema', line: 2 }]);
    await workbench.goTo(2, 2);
    await workbench.quickFix('Add the missing keys (5)');
    await workbench.editorLine(/^partnership: <the name of the Local Strategic Partnership>$/).waitFor();
    await workbench.page.keyboard.press('Control+S');
    const fixed = await waitForFile(
      bare,
      (t) => t.includes('\nstatus: draft\n'),
      () => 'the fixed draft',
    );
    assert.ok(fixed.startsWith('---\nkind: laa\ntitle: <the document title>\nauthority:\n'), fixed);
  });
});
