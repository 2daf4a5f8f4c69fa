// Nothing past a limit: configuration and guidance files that are too large, `extends` chains too
// deep, `ignore` lists too long or patterns that cannot be used are each reported in place, and the
// rest of the configuration still applies.
import { deepStrictEqual, ok } from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { LineIndex } from '../../server/src/engine/text/line-index';
import { workspace } from '../support/harness';
import { CLEAN_SCS } from '../support/drafts';
import { tempFolder } from '../support/temp-folder';

const UNKNOWN_KEY = CLEAN_SCS.replace('priorities:', 'prioritys:');

function problems(h: ReturnType<typeof workspace>, draft: string) {
  return h.engine.configProblems(`/ws/${draft}`).map((p) => {
    const { start, end } = new LineIndex(p.text).rangeOf(p.span);
    return { file: p.path, range: [start.line, start.character, end.line, end.character], message: p.message };
  });
}

const rulesOf = (h: ReturnType<typeof workspace>, draft: string) => h.check(draft).map((f) => `${f.rule} ${f.severity}`);

describe('configuration limits', () => {
  it('a configuration file over 1 MB is not read, and says so; the file it would have extended is not read either', () => {
    const big = `# ${'x'.repeat(1_100_000)}\nrules:\n  format/unknown-key: "off"\n`;
    const h = workspace({ '.placeshaper.yaml': big, 'scs.md': UNKNOWN_KEY });
    deepStrictEqual(problems(h, 'scs.md'), [
      {
        file: '/ws/.placeshaper.yaml',
        range: [0, 0, 0, 0],
        message:
          'This configuration file was not read: make it smaller than 1.0 MB, the most a configuration file may be (it is 1.1 MB).',
      },
    ]);
    ok(rulesOf(h, 'scs.md').includes('format/unknown-key warning'));
  });

  it('a guidance file over 1 MB is not loaded, and the rest of the configuration applies', () => {
    const h = workspace({
      '.placeshaper.yaml': 'guidance:\n  - big.yaml\nrules:\n  format/unknown-key: "off"\n',
      'big.yaml': `sources: {}\n# ${'x'.repeat(1_100_000)}\npassages: []\n`,
      'scs.md': UNKNOWN_KEY,
    });
    deepStrictEqual(problems(h, 'scs.md'), [
      {
        file: '/ws/.placeshaper.yaml',
        range: [1, 4, 1, 12],
        message: '‘big.yaml’ was not loaded: make it smaller than 1.0 MB, the most a guidance file may be (it is 1.1 MB).',
      },
    ]);
    ok(!rulesOf(h, 'scs.md').some((r) => r.startsWith('format/unknown-key')));
  });

  it('an ‘extends’ chain of more than 16 files stops at the 16th, which says so; the settings before it apply', () => {
    const files: Record<string, string> = { 'scs.md': UNKNOWN_KEY };
    for (let i = 0; i < 20; i++)
      files[i === 0 ? '.placeshaper.yaml' : `c${i}.yaml`] =
        `extends: ./c${i + 1}.yaml\n${i === 3 ? 'rules:\n  format/unknown-key: error\n' : ''}`;
    files['c20.yaml'] = 'rules:\n  format/unknown-key: "off"\n';
    const h = workspace(files);
    deepStrictEqual(problems(h, 'scs.md'), [
      {
        file: '/ws/c15.yaml',
        range: [0, 9, 0, 19],
        message:
          '‘extends’ chains more than 16 configuration files; c16.yaml and the files it extends were not read. Merge some of them.',
      },
    ]);
    ok(rulesOf(h, 'scs.md').includes('format/unknown-key error'));
  });

  it('reports an empty ‘ignore’ pattern, one over 4 KB and more than 1,000 of them in place, and uses the others', () => {
    const patterns = ['', 'x'.repeat(5000), 'archive/**', ...Array.from({ length: 1000 }, (_, i) => `never-${i}/**`)];
    const config = `ignore:\n${patterns.map((p) => `  - "${p}"`).join('\n')}\n`;
    const h = workspace({ '.placeshaper.yaml': config, 'archive/old.md': UNKNOWN_KEY, 'scs.md': UNKNOWN_KEY });
    deepStrictEqual(
      problems(h, 'scs.md').map((p) => [p.range[0], p.message]),
      [
        [1, 'Item 1 of ‘ignore’ is empty; write it out, or remove it.'],
        [2, 'Item 2 of ‘ignore’ is longer than 4,096 characters, the most it may be: shorten it to have it used.'],
        [
          1001,
          '‘ignore’ has more than 1,000 entries, the most it may have: shorten the list, as the entries from here on were not used.',
        ],
      ],
    );
    deepStrictEqual(h.check('archive/old.md'), []);
    ok(rulesOf(h, 'scs.md').includes('format/unknown-key warning'));
  });

  it('refuses a workspace guidance file that reuses the id of one of Placeshaper’s own passages', () => {
    const corpus =
      'sources:\n  L: {title: Local}\npassages:\n  - {id: b5-vision, source: L, section: "1", sectionTitle: Scope, standing: government-response, text: Not what the guidance says.}\n';
    const h = workspace({ '.placeshaper.yaml': 'guidance:\n  - local.yaml\n', 'local.yaml': corpus, 'scs.md': CLEAN_SCS });
    deepStrictEqual(
      problems(h, 'scs.md').map((p) => p.message),
      [
        "‘local.yaml’ was not loaded: give passage ‘b5-vision’ an id of its own, as it has the id of Placeshaper's own guidance, which a workspace file cannot replace.",
      ],
    );
    deepStrictEqual(
      h.engine.guidanceFor('/ws/scs.md').passage('b5-vision')!.text.startsWith('“Strong and Prosperous Communities”'),
      true,
    );
  });

  it('names the workspace file of a passage of its own guidance, whatever standing it claims', () => {
    const corpus =
      'sources:\n  L: {title: "Creating Strong, Safe and Prosperous Communities", publisher: CLG, citation: "CLG, July 2008"}\npassages:\n  - {id: local-vision, source: L, section: "9", sectionTitle: Vision, standing: government-response, text: The vision should be bold., keys: [vision]}\n';
    const h = workspace({
      '.placeshaper.yaml': 'guidance:\n  - guidance/local.yaml\n',
      'guidance/local.yaml': corpus,
      'scs.md': CLEAN_SCS,
    });
    const library = h.engine.guidanceFor('/ws/scs.md');
    deepStrictEqual(
      library.attribution(library.passage('local-vision')!),
      'Workspace guidance (`guidance/local.yaml`): Government response — CLG, July 2008, §9',
    );
  });

  it('‘placeshaper check’ with a configuration past every limit: no internal error, every draft checked', () => {
    const folder = tempFolder({ '.placeshaper.yaml': `ignore:\n  - ""\n  - "${'y'.repeat(70_000)}"\n`, 'scs.md': UNKNOWN_KEY });
    try {
      const result = spawnSync(process.execPath, [path.resolve('dist/cli.js'), 'check'], {
        cwd: folder.dir,
        encoding: 'utf8',
        env: { ...process.env, PLACESHAPER_TODAY: '2026-11-21' },
      });
      deepStrictEqual(result.stderr, '');
      ok(result.stdout.includes('.placeshaper.yaml:2:5  error  config/invalid  Item 1 of ‘ignore’ is empty'), result.stdout);
      ok(result.stdout.includes('scs.md:'), result.stdout);
    } finally {
      folder.cleanup();
    }
  });
});
