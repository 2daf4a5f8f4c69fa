import { deepStrictEqual } from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { modelFromText } from '../server/src/engine/model/draft-model';
import { tempFolder } from './support/temp-folder';

const BODY = 'title: Testshire\nauthority: {name: Testshire County Council, type: county}\n';

/** How a frontmatter may name its kind (the document format's Clarifications, "What makes a draft"). */
const DRAFTS: Record<string, string> = {
  'plain.md': `---\nkind: laa\n${BODY}---\n# Plain\n`,
  'double-quoted.md': `---\n"kind": laa\n${BODY}---\n# Double-quoted key\n`,
  'single-quoted.md': `---\n'kind': laa\n${BODY}---\n# Single-quoted key\n`,
  'explicit.md': `---\n? kind\n: laa\n${BODY}---\n# Explicit key\n`,
  'flow-map.md':
    '---\n{kind: laa, title: Testshire, authority: {name: Testshire County Council, type: county}}\n---\n# One flow map\n',
  'flow-map-lines.md': '---\n{title: Testshire,\n "kind": laa}\n---\n# A flow map over two lines\n',
  'broken-yaml.md': '---\nkind: laa\ntitle: [unclosed\n---\n# Broken YAML, still a draft with a format problem\n',
  'unclosed.md': '---\nkind: laa\ntitle: Never closed\n',
  'crlf.md': '---\r\n"kind": laa\r\n---\r\n',
};

const ORDINARY: Record<string, string> = {
  'no-frontmatter.md': '# Notes\n\nkind: laa\n',
  'no-kind.md': '---\ntitle: Meeting notes\n---\n# Notes\n',
  'nested-kind.md': '---\nmeta:\n  kind: laa\n---\n',
  'kinds.md': '---\nkinds: laa\n---\n',
  'kind-in-a-value.md': '---\ntitle: "kind: laa"\n---\n',
  'kind-in-a-block-scalar.md': '---\nnotes: |\n  kind: laa\n---\n',
};

describe('what makes a draft', () => {
  it('is a frontmatter map with the key `kind`, however the YAML writes it', () => {
    deepStrictEqual(
      Object.keys(DRAFTS).filter((name) => !modelFromText(`/ws/${name}`, DRAFTS[name]).isDraft),
      [],
    );
    deepStrictEqual(
      Object.keys(ORDINARY).filter((name) => modelFromText(`/ws/${name}`, ORDINARY[name]).isDraft),
      [],
    );
  });

  it('is the same test for `placeshaper check`: it checks every draft and skips ordinary Markdown', () => {
    const folder = tempFolder({ ...DRAFTS, ...ORDINARY });
    try {
      const result = spawnSync(process.execPath, [path.resolve('dist/cli.js'), 'check', '--format', 'json'], {
        cwd: folder.dir,
        encoding: 'utf8',
      });
      const report = JSON.parse(result.stdout) as { drafts: string[] };
      deepStrictEqual(report.drafts, Object.keys(DRAFTS).sort());
    } finally {
      folder.cleanup();
    }
  });
});
