import { deepStrictEqual } from 'node:assert/strict';
import { Engine } from '../server/src/engine/engine';
import { MemoryFileSystem } from '../server/src/engine/host/file-system';
import { defineRule } from '../server/src/engine/rules/rule';
import { check } from './support/harness';
import { CLEAN_SCS } from './support/drafts';

const FORMAT = ['format/schema', 'format/unknown-key'];
const twoFaults = CLEAN_SCS.replace('priorities:', 'prioritys:').replace('status: draft', 'status: drafted');

describe('control comments', () => {
  it('leave findings alone when there are none', () => {
    deepStrictEqual(
      check(twoFaults, FORMAT).map((s) => s.rule),
      ['format/schema', 'format/unknown-key'],
    );
  });

  it('`# placeshaper-disable-next-line rule` in the frontmatter silences the next line for that rule only', () => {
    const text = twoFaults.replace('prioritys:', '# placeshaper-disable-next-line format/unknown-key\nprioritys:');
    deepStrictEqual(
      check(text, FORMAT).map((s) => s.rule),
      ['format/schema'],
    );
    const other = twoFaults.replace('prioritys:', '# placeshaper-disable-next-line format/schema\nprioritys:');
    deepStrictEqual(
      check(other, FORMAT).map((s) => s.rule),
      ['format/schema', 'format/unknown-key'],
    );
  });

  it('`disable` without ids silences every rule until `enable`', () => {
    const text = twoFaults.replace('kind:', '# placeshaper-disable\nkind:');
    deepStrictEqual(check(text), []);
    const reenabled = twoFaults
      .replace('kind:', '# placeshaper-disable\nkind:')
      .replace('prioritys:', '# placeshaper-enable\nprioritys:');
    deepStrictEqual(
      check(reenabled, FORMAT).map((s) => s.rule),
      ['format/unknown-key'],
    );
  });

  describe('HTML comments in the body', () => {
    // A rule that reports every body link, so that suppression in the body can be observed.
    const everyLink = defineRule({
      id: 'test/every-link',
      defaultSeverity: 'warning',
      description: 'reports every link',
      expectation: 'no links',
      passages: [],
      check: ({ draft, report }) => draft.bodyLinks.forEach((link) => report({ span: link.span, message: link.target })),
    });
    const linkLines = (body: string) => {
      const engine = new Engine({
        host: new MemoryFileSystem({ '/ws/a.md': `${CLEAN_SCS}\n${body}` }),
        root: '/ws',
        rules: [everyLink],
      });
      const draft = engine.workspace.draft('/ws/a.md')!;
      return engine.check('/ws/a.md').map((f) => draft.parsed.lines.positionAt(f.span.start).line);
    };
    const links = '[a](./a.md)\n\n[b](./b.md)\n\n[c](./c.md)\n';

    it('report every link when there is no comment', () => {
      deepStrictEqual(linkLines(links), [28, 30, 32]);
    });

    it('`disable-next-line` silences the line below only', () => {
      deepStrictEqual(linkLines(links.replace('[b]', '<!-- placeshaper-disable-next-line test/every-link -->\n[b]')), [28, 33]);
    });

    it('`disable` … `enable` silences the lines between', () => {
      deepStrictEqual(
        linkLines(
          `<!-- placeshaper-disable test/every-link -->\n${links.replace('[c]', '<!-- placeshaper-enable test/every-link -->\n[c]')}`,
        ),
        [34],
      );
    });

    it('a comment naming another rule changes nothing', () => {
      deepStrictEqual(linkLines(`<!-- placeshaper-disable laa/period -->\n${links}`), [29, 31, 33]);
    });

    it('an inline comment in a paragraph counts too', () => {
      deepStrictEqual(linkLines(`Text <!-- placeshaper-disable -->\n\n${links}`), []);
    });
  });
});
