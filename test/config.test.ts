import { deepStrictEqual, strictEqual } from 'node:assert/strict';
import { LineIndex } from '../server/src/engine/text/line-index';
import { workspace } from './support/harness';
import { CLEAN_SCS } from './support/drafts';
import { messageStyleProblem } from './support/message-style';

const isFormat = (s: { rule: string }) => s.rule.startsWith('format/');
const WITH_UNKNOWN_KEY = CLEAN_SCS.replace('priorities:', 'prioritys:');

function problems(h: ReturnType<typeof workspace>, draft: string) {
  return h.engine.configProblems(`/ws/${draft}`).map((p) => {
    const { start, end } = new LineIndex(p.text).rangeOf(p.span);
    return {
      file: p.path,
      severity: p.severity,
      range: [start.line, start.character, end.line, end.character],
      message: p.message,
    };
  });
}

describe('configuration', () => {
  it('changes a rule’s severity, and ‘off’ silences it', () => {
    const warn = workspace({ 'a/.placeshaper.yaml': 'rules:\n  format/unknown-key: error\n', 'a/scs.md': WITH_UNKNOWN_KEY });
    deepStrictEqual(
      warn
        .check('a/scs.md')
        .filter(isFormat)
        .map((s) => [s.rule, s.severity]),
      [['format/unknown-key', 'error']],
    );
    const off = workspace({ '.placeshaper.json': '{"rules": {"format/*": "off"}}', 'a/scs.md': WITH_UNKNOWN_KEY });
    deepStrictEqual(off.check('a/scs.md').filter(isFormat), []);
  });

  it('uses the nearest file, which ‘extends’ a parent', () => {
    const h = workspace({
      '.placeshaper.yaml': 'rules:\n  format/unknown-key: "off"\nevidence-max-age: 5\n',
      'a/.placeshaper.yaml': 'extends: ../.placeshaper.yaml\nrules:\n  format/duplicate-id: warning\n',
      'a/b/scs.md': WITH_UNKNOWN_KEY,
    });
    const config = h.engine.config('/ws/a/b/scs.md');
    deepStrictEqual(config.rules, { 'format/unknown-key': 'off', 'format/duplicate-id': 'warning' });
    strictEqual(config.evidenceMaxAge, 5);
    deepStrictEqual(config.files, ['/ws/a/.placeshaper.yaml', '/ws/.placeshaper.yaml']);
    deepStrictEqual(h.check('a/b/scs.md').filter(isFormat), []);
  });

  it('reports a bad configuration file with its line, column and what to do', () => {
    const h = workspace({
      '.placeshaper.yaml':
        'rules:\n  laa/lead-partnr: warning\n  format/unknown-key: loud\nevidence-max-age: three\nignored: []\n',
      'scs.md': CLEAN_SCS,
    });
    deepStrictEqual(problems(h, 'scs.md'), [
      {
        file: '/ws/.placeshaper.yaml',
        severity: 'warning',
        range: [1, 2, 1, 17],
        message: '‘laa/lead-partnr’ is not a Placeshaper rule; did you mean ‘laa/lead-partner’?',
      },
      {
        file: '/ws/.placeshaper.yaml',
        severity: 'error',
        range: [2, 22, 2, 26],
        message: '‘loud’ is not a valid ‘rules.format/unknown-key’; use ‘off’, ‘hint’, ‘info’, ‘warning’ or ‘error’.',
      },
      {
        file: '/ws/.placeshaper.yaml',
        severity: 'error',
        range: [3, 18, 3, 23],
        message: '‘evidence-max-age’ has the wrong form: make it a whole number of years (default 3), not ‘three’.',
      },
      {
        file: '/ws/.placeshaper.yaml',
        severity: 'warning',
        range: [4, 0, 4, 7],
        message: '‘ignored’ is not a key of a configuration file; did you mean ‘ignore’?',
      },
    ]);
  });

  it('reports invalid YAML and JSON, a missing parent and an ‘extends’ loop', () => {
    deepStrictEqual(
      problems(workspace({ '.placeshaper.yaml': 'rules: [\n', 'scs.md': CLEAN_SCS }), 'scs.md').map(
        (p) => p.message.split(':')[0],
      ),
      ['This configuration file is not valid YAML'],
    );
    deepStrictEqual(
      problems(workspace({ '.placeshaper.json': '{"rules": }', 'scs.md': CLEAN_SCS }), 'scs.md').map(
        (p) => p.message.split(':')[0],
      ),
      ['This configuration file is not valid JSON'],
    );
    deepStrictEqual(problems(workspace({ '.placeshaper.yaml': 'extends: ./base.yaml\n', 'scs.md': CLEAN_SCS }), 'scs.md'), [
      {
        file: '/ws/.placeshaper.yaml',
        severity: 'error',
        range: [0, 9, 0, 20],
        message: '‘extends’ names ‘./base.yaml’, which does not exist; correct the path relative to this file.',
      },
    ]);
    const loop = workspace({
      '.placeshaper.yaml': 'extends: ./b.yaml\n',
      'b.yaml': 'extends: ./.placeshaper.yaml\n',
      'scs.md': CLEAN_SCS,
    });
    deepStrictEqual(
      problems(loop, 'scs.md').map((p) => [p.file, p.message]),
      [
        [
          '/ws/b.yaml',
          '‘extends’ leads back to a file already in the chain (.placeshaper.yaml → b.yaml → .placeshaper.yaml); remove the loop.',
        ],
      ],
    );
  });

  it('refuses guidance files that are not data', () => {
    const h = workspace({
      '.placeshaper.yaml': 'guidance:\n  - ./rules.js\n',
      'rules.js': 'process.exit(1)',
      'scs.md': CLEAN_SCS,
    });
    deepStrictEqual(problems(h, 'scs.md'), [
      {
        file: '/ws/.placeshaper.yaml',
        severity: 'error',
        range: [1, 4, 1, 14],
        message: '‘./rules.js’ was not loaded: use a data file (‘.json’, ‘.yaml’ or ‘.yml’), as guidance files are never code.',
      },
    ]);
  });

  it('names the register of facts with ‘facts’, relative to the file, and says what is wrong with the name', () => {
    const named = workspace({
      'policy/.placeshaper.yaml': 'facts: ../data/figures.yaml\n',
      'data/figures.yaml': 'a.b: {value: 1}\n',
      'policy/scs.md': CLEAN_SCS,
    });
    deepStrictEqual(
      [problems(named, 'policy/scs.md'), named.engine.registerPathFor('/ws/policy/scs.md')],
      [[], '/ws/data/figures.yaml'],
    );
    deepStrictEqual([...named.engine.registerFor('/ws/policy/scs.md')!.facts.keys()], ['a.b']);
    // Without `facts`, the register is `facts.yaml` at the workspace root.
    strictEqual(workspace({ 'scs.md': CLEAN_SCS }).engine.registerPathFor('/ws/scs.md'), '/ws/facts.yaml');
    const refusals: [string, string, string | undefined][] = [
      [
        'facts: figures.json\n',
        '‘facts’ names ‘figures.json’, which is not a YAML file: name a ‘.yaml’ or ‘.yml’ file.',
        '/ws/facts.yaml',
      ],
      [
        'facts: ../figures.yaml\n',
        '‘facts’ names ‘../figures.yaml’, which is outside the workspace: keep the register inside the workspace folder, as nothing outside it is read.',
        '/ws/facts.yaml',
      ],
      // Named but missing: the drafts have no register until it exists, never the default one instead.
      [
        'facts: data/missing.yaml\n',
        '‘facts’ names ‘data/missing.yaml’, which does not exist: correct the path relative to this file, or add the register there.',
        '/ws/data/missing.yaml',
      ],
    ];
    for (const [config, message, register] of refusals) {
      const h = workspace({ '.placeshaper.yaml': config, 'facts.yaml': 'a.b: {value: 1}\n', 'scs.md': CLEAN_SCS });
      deepStrictEqual(
        problems(h, 'scs.md'),
        [{ file: '/ws/.placeshaper.yaml', severity: 'error', range: [0, 7, 0, config.length - 1], message }],
        config,
      );
      strictEqual(h.engine.registerPathFor('/ws/scs.md'), register, config);
    }
  });

  it('loads extra guidance corpora and reports a malformed one', () => {
    const corpus =
      'sources:\n  L: {title: Exampleshire local guidance}\npassages:\n  - id: local-1\n    source: L\n    section: "2"\n    sectionTitle: Evidence\n    standing: local\n    text: Keep the evidence base in one place.\n    terms: [evidence base]\n';
    const h = workspace({
      '.placeshaper.yaml': 'guidance:\n  - local.yaml\n  - broken.json\n',
      'local.yaml': corpus,
      'broken.json': '{"passages": []}',
      'scs.md': CLEAN_SCS,
    });
    deepStrictEqual(
      problems(h, 'scs.md').map((p) => [p.range, p.message]),
      [
        [
          [2, 4, 2, 15],
          '‘broken.json’ was not loaded: the file lacks a key every guidance corpus needs: add ‘sources’. (see schemas/guidance-corpus.schema.json)',
        ],
      ],
    );
    const library = h.engine.guidanceFor('/ws/scs.md');
    deepStrictEqual(
      library
        .forTerm('evidence base')
        .map((p) => p.id)
        .includes('local-1'),
      true,
    );
    deepStrictEqual(
      library.attribution(library.passage('local-1')!),
      'Workspace guidance (`local.yaml`): Local guidance — *Exampleshire local guidance*, §2',
    );
    deepStrictEqual(h.engine.guidance.passage('local-1'), undefined);
  });

  it('asks every passage of an extra corpus to say what it is worth (its standing)', () => {
    const corpus =
      'sources:\n  L: {title: Local}\npassages:\n  - {id: local-1, source: L, section: "1", sectionTitle: Scope, text: Data only.}\n';
    const without = workspace({ '.placeshaper.yaml': 'guidance:\n  - local.yaml\n', 'local.yaml': corpus, 'scs.md': CLEAN_SCS });
    deepStrictEqual(
      problems(without, 'scs.md').map((p) => [p.range, p.message]),
      [
        [
          [1, 4, 1, 14],
          '‘local.yaml’ was not loaded: item ‘local-1’ of ‘passages’ lacks ‘standing’: add ‘standing’. (see schemas/guidance-corpus.schema.json)',
        ],
      ],
    );
    const unknown = workspace({
      '.placeshaper.yaml': 'guidance:\n  - local.yaml\n',
      'local.yaml': corpus.replace('text:', 'standing: official, text:'),
      'scs.md': CLEAN_SCS,
    });
    deepStrictEqual(
      problems(unknown, 'scs.md').map((p) => p.message),
      [
        '‘local.yaml’ was not loaded: ‘official’ is not a valid ‘standing’ of item ‘local-1’; use ‘government-response’, ‘guidance-summary’, ‘respondents’, ‘commentary’ or ‘local’. (see schemas/guidance-corpus.schema.json)',
      ],
    );
  });

  it('says that a .placeshaper.json beside a .placeshaper.yaml is ignored, and uses the YAML file', () => {
    const h = workspace({
      '.placeshaper.yaml': 'rules:\n  format/unknown-key: error\n',
      '.placeshaper.json': '{"rules": {"format/unknown-key": "off"}}',
      'scs.md': WITH_UNKNOWN_KEY,
    });
    deepStrictEqual(problems(h, 'scs.md'), [
      {
        file: '/ws/.placeshaper.json',
        severity: 'warning',
        range: [0, 0, 0, 40],
        message: 'This file is ignored: .placeshaper.yaml in the same folder wins. Merge the two, and delete this one.',
      },
    ]);
    deepStrictEqual(
      h
        .check('scs.md')
        .filter(isFormat)
        .map((s) => [s.rule, s.severity]),
      [['format/unknown-key', 'error']],
    );
  });

  it('leaves drafts matching ‘ignore’ alone', () => {
    const h = workspace({
      '.placeshaper.yaml': 'ignore:\n  - archive/**\n',
      'archive/old.md': WITH_UNKNOWN_KEY,
      'current.md': WITH_UNKNOWN_KEY,
    });
    deepStrictEqual(h.check('archive/old.md'), []);
    deepStrictEqual(
      h
        .check('current.md')
        .filter(isFormat)
        .map((s) => s.rule),
      ['format/unknown-key'],
    );
  });
});

describe('configuration problems as an author reads them', () => {
  it('every one is plain text with its remedy in view', () => {
    const big = `rules: {}\n# ${'x'.repeat(1_100_000)}\n`;
    const configs: Record<string, string>[] = [
      {
        '.placeshaper.yaml':
          'rules:\n  laa/lead-partnr: warning\n  format/unknown-key: loud\nevidence-max-age: three\nignored: []\n',
      },
      { '.placeshaper.yaml': 'rules: [\n' },
      { '.placeshaper.json': '{"rules": }' },
      { '.placeshaper.yaml': 'extends: ./missing.yaml\n' },
      { '.placeshaper.yaml': 'extends: ./.placeshaper.yaml\n' },
      { '.placeshaper.yaml': 'extends: ../outside.yaml\n', '../outside.yaml': 'rules: {}\n' },
      {
        '.placeshaper.yaml': 'guidance: [./rules.js, ./missing.yaml, ../outside.yaml, ./broken.json, ./big.yaml]\n',
        '../outside.yaml': '',
        'broken.json': '{}',
        'big.yaml': big,
      },
      { '.placeshaper.yaml': "ignore: ['']\n" },
      { '.placeshaper.yaml': 'facts: [a, b]\n' },
      { '.placeshaper.yaml': 'facts: figures.json\n' },
      { '.placeshaper.yaml': 'facts: data/missing.yaml\n' },
      { '.placeshaper.yaml': big },
      { '.placeshaper.yaml': 'rules: *nothing\n' },
    ];
    let seen = 0;
    for (const files of configs) {
      for (const p of workspace({ ...files, 'scs.md': CLEAN_SCS }).engine.configProblems('/ws/scs.md')) {
        strictEqual(messageStyleProblem(p.message), undefined, p.message);
        seen++;
      }
    }
    strictEqual(seen >= 14, true, `${seen} problems checked`);
  });
});
