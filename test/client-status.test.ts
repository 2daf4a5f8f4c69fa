import { strictEqual } from 'node:assert/strict';
import { statusText } from '../client/src/status-text';

describe('the status bar item of the VS Code client', () => {
  it('names the kind of the draft and counts its problems', () => {
    strictEqual(
      statusText({ kind: 'local-area-agreement', label: 'Local Area Agreement', frontmatterBroken: false }, 3),
      '$(law) Local Area Agreement · 3 problems',
    );
    strictEqual(statusText({ kind: 'core-strategy', label: 'LDF Core Strategy' }, 1), '$(law) LDF Core Strategy · 1 problem');
  });

  it('stays while the frontmatter is broken, and says so', () => {
    strictEqual(
      statusText({ kind: 'local-area-agreement', label: 'Local Area Agreement', frontmatterBroken: true }, 1),
      '$(law) Local Area Agreement · frontmatter broken · 1 problem',
    );
    strictEqual(
      statusText({ kind: null, label: null, frontmatterBroken: true }, 2),
      '$(law) Placeshaper draft · frontmatter broken · 2 problems',
    );
  });
});
