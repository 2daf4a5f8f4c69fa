import { deepStrictEqual, strictEqual } from 'node:assert/strict';
import { applyEdits, codeActions, Engine, MemoryFileSystem, type CodeActionEntry } from '../../server/src/engine';
import { CLEAN_SCS } from '../support/drafts';
import { crlf, edit } from '../support/harness';

/** An SCS whose `scs/jsna` finding (no JSNA in its evidence) sits at `evidence`, with a configuration beside it. */
const SCS = edit(CLEAN_SCS, 'type: jsna}', 'type: survey}');

function turnOff(files: Record<string, string>): CodeActionEntry | undefined {
  const engine = new Engine({ host: new MemoryFileSystem(files), root: '/ws', today: new Date('2026-11-21T12:00:00Z') });
  const at = SCS.indexOf('evidence:');
  return codeActions(engine, '/ws/scs/draft.md', { start: at, end: at }).find((a) => a.title.startsWith('Turn off'));
}

/** The configuration file's text after the action, and the action's title. */
function afterTurningOff(config: { name: string; text: string } | undefined) {
  const files: Record<string, string> = { '/ws/scs/draft.md': SCS };
  if (config) files[config.name] = config.text;
  const action = turnOff(files)!;
  const [change] = action.otherFiles!;
  return { title: action.title, path: change.path, create: change.create, text: applyEdits(config?.text ?? '', change.edits) };
}

describe('turning a rule off in the configuration', () => {
  it('creates .placeshaper.yaml at the workspace root when there is none', () => {
    deepStrictEqual(afterTurningOff(undefined), {
      title: 'Turn off ‘scs/jsna’ in a new .placeshaper.yaml',
      path: '/ws/.placeshaper.yaml',
      create: true,
      text: '# Placeshaper configuration (README, "Configuration")\nrules:\n  scs/jsna: "off"\n',
    });
  });

  it('adds the rule to a block `rules` map in its indentation and line endings', () => {
    for (const eol of ['\n', '\r\n']) {
      const text = ['extends: ../base.yaml', 'rules:', '    laa/period: warning', 'evidence-max-age: 5', ''].join(eol);
      deepStrictEqual(afterTurningOff({ name: '/ws/.placeshaper.yaml', text }), {
        title: 'Turn off ‘scs/jsna’ in .placeshaper.yaml',
        path: '/ws/.placeshaper.yaml',
        create: false,
        text: [
          'extends: ../base.yaml',
          'rules:',
          '    laa/period: warning',
          '    scs/jsna: "off"',
          'evidence-max-age: 5',
          '',
        ].join(eol),
      });
    }
  });

  it('uses the nearest configuration file, and a flow map, an empty `rules:` or none at all', () => {
    const nearest = { name: '/ws/scs/.placeshaper.yaml', text: 'rules: {laa/period: warning}\n' };
    deepStrictEqual(afterTurningOff(nearest), {
      title: 'Turn off ‘scs/jsna’ in scs/.placeshaper.yaml',
      path: '/ws/scs/.placeshaper.yaml',
      create: false,
      text: 'rules: {laa/period: warning, scs/jsna: "off"}\n',
    });
    strictEqual(
      afterTurningOff({ name: '/ws/.placeshaper.yaml', text: 'rules:\nignore: [old/**]\n' }).text,
      'rules:\n  scs/jsna: "off"\nignore: [old/**]\n',
    );
    strictEqual(
      afterTurningOff({ name: '/ws/.placeshaper.yaml', text: 'evidence-max-age: 5' }).text,
      'evidence-max-age: 5\nrules:\n  scs/jsna: "off"\n',
    );
    strictEqual(
      afterTurningOff({ name: '/ws/.placeshaper.yaml', text: '# only a comment\n' }).text,
      '# only a comment\nrules:\n  scs/jsna: "off"\n',
    );
  });

  it('sets the rule’s own setting to off where it has one', () => {
    strictEqual(
      afterTurningOff({ name: '/ws/.placeshaper.yaml', text: 'rules:\n  scs/jsna: error # the JSNA first\n' }).text,
      'rules:\n  scs/jsna: "off" # the JSNA first\n',
    );
  });

  it('edits a JSON configuration in its own indentation', () => {
    const text = crlf('{\n    "evidence-max-age": 5\n}\n');
    strictEqual(
      afterTurningOff({ name: '/ws/.placeshaper.json', text }).text,
      crlf('{\n    "evidence-max-age": 5,\n    "rules": {\n        "scs/jsna": "off"\n    }\n}\n'),
    );
  });

  it('offers nothing for a configuration file that does not parse, rather than damage it', () => {
    strictEqual(turnOff({ '/ws/scs/draft.md': SCS, '/ws/.placeshaper.yaml': 'rules: [\n' }), undefined);
  });

  it('turns the finding off once the change is made', () => {
    const { text } = afterTurningOff({ name: '/ws/.placeshaper.yaml', text: 'rules:\n  laa/period: warning\n' });
    const engine = new Engine({
      host: new MemoryFileSystem({ '/ws/scs/draft.md': SCS, '/ws/.placeshaper.yaml': text }),
      root: '/ws',
    });
    deepStrictEqual(
      engine.check('/ws/scs/draft.md').filter((f) => f.rule === 'scs/jsna'),
      [],
    );
  });
});
