// `npm run bench`: the speed targets, each as a ratio against a baseline measured in the same run.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import * as path from 'node:path';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { parseDocument } from 'yaml';
import { codeActions, complete, hover, newDraftText, NodeFileSystem, Engine } from '../server/src/engine/node';
import { SERVER_NODE_FLAGS } from '../common/runtime-flags';
import { INDEX_BATCH } from '../server/src/lsp/indexing';
import { peakMemoryOverEdits } from './edit-memory';
import { factRegister, laa, Random, scs, withFactReferences, workspaceFiles } from './generate';
import { formatTable, median, percentile, time, type Row } from './measure';
import { lspEdits, workerColdIndexRow, workerKeystrokeRow } from './web-worker';

const SEED = 20261121;
const fullParser = unified().use(remarkParse).use(remarkFrontmatter);

function fullParseTime(text: string, runs = 5): number {
  fullParser.parse(text);
  return median(Array.from({ length: runs }, () => time(() => fullParser.parse(text))));
}

/** 200 random single-character edits, half in the frontmatter and half in the body. */
function keystrokes(text: string, random: Random, count = 200): { offset: number; insert: string; remove: number }[] {
  const bodyStart = text.indexOf('\n---', 3) + 4;
  return Array.from({ length: count }, (_, i) => {
    const inFrontmatter = i % 2 === 0;
    const offset = inFrontmatter ? random.int(4, bodyStart - 5) : random.int(bodyStart + 1, text.length - 2);
    return random.int(0, 1)
      ? { offset, insert: 'abcdefgh x-:'[random.int(0, 11)], remove: 0 }
      : { offset, insert: '', remove: 1 };
  });
}

/** With `facts`, a register of that many facts and references to them in the SCS and in 20 LAAs beside it. */
function keystrokeRow(name: string, bytes: number, target: number, facts = 0): Row {
  const random = new Random(SEED + bytes);
  let original = scs(random, { name: 'Bigshire', type: 'county', priorities: 12, bytes, links: ['./laa.md#T1'] });
  const engine = new Engine({ host: new NodeFileSystem(), root: '/bench' });
  if (facts) {
    const register = factRegister(random, facts);
    original = withFactReferences(random, original, register.facts);
    engine.workspace.open('/bench/facts.yaml', register.text, 1);
    for (let i = 0; i < 20; i++)
      engine.workspace.open(
        `/bench/laa-${i}.md`,
        withFactReferences(random, laa(random, 'Bigshire', './scs.md', 12, 30_000, []), register.facts),
        1,
      );
  }
  const baseline = fullParseTime(original);
  const file = '/bench/scs.md';
  let document = TextDocument.create('file:///bench/scs.md', 'markdown', 1, original);
  engine.workspace.open(file, original, 1);
  engine.check(file);
  const samples: number[] = [];
  for (const edit of keystrokes(original, random)) {
    const at = Math.min(edit.offset, document.getText().length - 1);
    samples.push(
      time(() => {
        const range = { start: document.positionAt(at), end: document.positionAt(at + edit.remove) };
        document = TextDocument.update(document, [{ range, text: edit.insert }], document.version + 1);
        engine.workspace.open(file, document.getText(), document.version);
        engine.check(file);
      }),
    );
    // Undo, so that the draft stays realistic; not timed.
    const range = { start: document.positionAt(at), end: document.positionAt(at + edit.insert.length) };
    document = TextDocument.update(document, [{ range, text: original.slice(at, at + edit.remove) }], document.version + 1);
    engine.workspace.open(file, document.getText(), document.version);
    engine.check(file);
  }
  return {
    name,
    median: median(samples),
    p95: percentile(samples, 95),
    unit: 'ms',
    baseline,
    ratio: percentile(samples, 95) / baseline,
    target,
    note: `${(original.length / 1000).toFixed(0)} KB`,
  };
}

function featureRows(): Row[] {
  const random = new Random(SEED);
  const text = scs(random, { name: 'Bigshire', type: 'county', priorities: 12, bytes: 1_000_000 });
  const baseline = fullParseTime(text);
  const engine = new Engine({ host: new NodeFileSystem(), root: '/bench' });
  const file = '/bench/scs.md';
  engine.workspace.open(file, text, 1);
  engine.check(file);
  const hovers = Array.from({ length: 200 }, () => time(() => hover(engine, file, random.int(0, text.length - 1))));
  const lines = text.split('\n');
  const completions = Array.from({ length: 200 }, () => {
    const line = random.int(1, 40);
    const offset = lines.slice(0, line).join('\n').length + 1 + Math.min(lines[line].length, 12);
    return time(() => complete(engine, file, offset));
  });
  // Quick fixes at a finding: its fix, fix-all, a disable comment, and turning the rule off in the configuration.
  const findings = engine.check(file);
  const actions = Array.from({ length: 200 }, () => {
    const { span } = findings[random.int(0, findings.length - 1)];
    return time(() => codeActions(engine, file, span));
  });
  // A new draft from the template, for a workspace with the 1 MB SCS in it.
  const draftOptions = {
    kind: 'local-area-agreement' as const,
    title: 'Bigshire Local Area Agreement',
    authority: { name: 'Bigshire County Council', type: 'county' },
    path: '/bench/laa.md',
    scs: file,
  };
  // Warmed up as the parse baseline is, so that neither pays for compiling its code.
  const newDraft = newDraftText(engine, draftOptions);
  const drafts = Array.from({ length: 200 }, () => time(() => newDraftText(engine, draftOptions)));
  const draftBaseline = fullParseTime(newDraft, 200);
  return [
    {
      name: 'code actions at a finding, 1 MB SCS',
      median: median(actions),
      p95: percentile(actions, 95),
      unit: 'ms',
      baseline,
      ratio: percentile(actions, 95) / baseline,
      target: 0.02,
      note: `${findings.length} findings`,
    },
    {
      name: 'new draft from the template',
      median: median(drafts),
      p95: percentile(drafts, 95),
      unit: 'ms',
      baseline: draftBaseline,
      ratio: percentile(drafts, 95) / draftBaseline,
      target: 3,
    },
    {
      name: 'hover, 1 MB SCS',
      median: median(hovers),
      p95: percentile(hovers, 95),
      unit: 'ms',
      baseline,
      ratio: percentile(hovers, 95) / baseline,
      target: 0.02,
    },
    {
      name: 'completion, 1 MB SCS',
      median: median(completions),
      p95: percentile(completions, 95),
      unit: 'ms',
      baseline,
      ratio: percentile(completions, 95) / baseline,
      target: 0.02,
    },
  ];
}

/** Reading every file and parsing only its frontmatter with `yaml`: the floor any indexer pays. */
function frontmatterBaseline(files: string[]): number {
  return time(() => {
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      const end = text.indexOf('\n---', 3);
      parseDocument(text.slice(4, end));
    }
  });
}

function workspaceRows(root: string, files: string[], hub: string): Row[] {
  const baseline = frontmatterBaseline(files);
  let engine!: Engine;
  // Cold start: every draft indexed, and every cross-document diagnostic of every draft computed.
  const cold = time(() => {
    engine = new Engine({ host: new NodeFileSystem(), root });
    for (const file of engine.workspace.files()) engine.crossDocumentFindings(file);
  });
  const dependents = engine.workspace.dependentsOf(hub);
  const hubText = readFileSync(hub, 'utf8').replace('- id: P1', '- id: P1x');
  // A server has every dependent's diagnostics before anyone edits the hub: compute them first, untimed.
  for (const dependent of dependents) engine.check(dependent);
  const edits: number[] = [];
  for (let i = 0; i < 9; i++) {
    const text = i % 2 === 0 ? hubText : readFileSync(hub, 'utf8');
    edits.push(
      time(() => {
        engine.workspace.open(hub, text, i + 2);
        engine.check(hub);
        for (const dependent of dependents) engine.check(dependent);
      }),
    );
  }
  return [
    {
      name: `cold start, ${files.length} drafts`,
      median: cold,
      p95: cold,
      unit: 'ms',
      baseline,
      ratio: cold / baseline,
      target: 3,
      note: 'all cross-document diagnostics',
    },
    {
      name: `edit an SCS with ${dependents.length} dependents`,
      median: median(edits),
      p95: percentile(edits, 95),
      unit: 'ms',
      baseline: cold,
      ratio: percentile(edits, 95) / cold,
      target: 0.2,
    },
  ];
}

/** A Node script run twice in a folder, each time in a process of its own, as people run the command line. */
function twoRuns(root: string, script: string, args: readonly string[]): number[] {
  const run = () =>
    time(() => spawnSync(process.execPath, [script, ...args], { cwd: root, stdio: 'ignore', maxBuffer: 1 << 30 }));
  return [run(), run()];
}

/** A row comparing two commands run twice each: the ratio of their medians. */
function versusRow(name: string, ours: number[], theirs: number[], target: number, note: string): Row {
  return {
    name,
    median: median(ours),
    p95: Math.max(...ours),
    unit: 'ms',
    baseline: median(theirs),
    ratio: median(ours) / median(theirs),
    target,
    note,
  };
}

const CLI = path.resolve('dist/cli.js');

function cliRow(root: string, files: string[]): Row {
  const markdownlint = path.resolve('bench/markdownlint-files.mjs');
  const ours = twoRuns(root, CLI, ['check', '.']);
  const theirs = twoRuns(
    root,
    markdownlint,
    files.map((f) => path.relative(root, f)),
  );
  return versusRow(`placeshaper check, ${files.length} drafts`, ours, theirs, 1, 'vs markdownlint');
}

/** The review of every draft as a page, against checking them, each in a process of its own. */
function reviewRow(root: string, files: string[]): Row {
  const ours = twoRuns(root, CLI, ['review', '.', '--no-git', '-o', path.join(root, 'review.html')]);
  return versusRow(
    `placeshaper review, ${files.length} drafts`,
    ours,
    twoRuns(root, CLI, ['check', '.']),
    3,
    'HTML page, vs placeshaper check',
  );
}

/**
 * A history of 300 commits over about 200 drafts (a word changed in the body, now and then a vision,
 * half the commits with a `Reason:` trailer), and the schedule between its ends against checking the drafts.
 */
function scheduleRow(): Row {
  const root = mkdtempSync(path.join(tmpdir(), 'placeshaper-history-'));
  try {
    const files: string[] = [];
    for (const [name, text] of workspaceFiles(SEED, 20)) {
      const file = path.join(root, name);
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, text);
      files.push(file);
    }
    const git = (...args: string[]) =>
      execFileSync('git', args, {
        cwd: root,
        stdio: 'ignore',
        env: {
          ...process.env,
          GIT_AUTHOR_NAME: 'Bench',
          GIT_AUTHOR_EMAIL: 'b@example.org',
          GIT_COMMITTER_NAME: 'Bench',
          GIT_COMMITTER_EMAIL: 'b@example.org',
        },
      });
    git('init', '-q', '-b', 'main');
    git('add', '.');
    git('commit', '-q', '-m', 'First drafts');
    const random = new Random(SEED + 300);
    for (let i = 0; i < 300; i++) {
      const file = random.pick(files);
      const lines = readFileSync(file, 'utf8').split('\n');
      const fence = lines.indexOf('---', 1);
      const prose = lines
        .map((line, index) => ({ line, index }))
        .filter((l) => l.index > fence && /^[A-Z][a-z]+ [a-z]/.test(l.line));
      const target =
        i % 10 === 0
          ? { line: lines.find((l) => l.startsWith('vision:')) ?? '', index: lines.findIndex((l) => l.startsWith('vision:')) }
          : random.pick(prose);
      if (!target || target.index < 0) continue;
      const words = target.line.split(' ');
      words[random.int(1, words.length - 1)] = `revised${i}`;
      lines[target.index] = words.join(' ');
      writeFileSync(file, lines.join('\n'));
      git(
        'commit',
        '-q',
        '-a',
        '-m',
        i % 2 === 0 ? `Revision ${i}\n\nReason: Response to representation ${i}.` : `Revision ${i}`,
      );
    }
    const schedule = ['schedule', '--from', 'main~300', '--to', 'main', '-f', 'md', '-o', `${root}.md`];
    return versusRow(
      `placeshaper schedule, 300 commits over ${files.length} drafts`,
      twoRuns(root, CLI, schedule),
      twoRuns(root, CLI, ['check', '.']),
      2,
      'vs placeshaper check',
    );
  } finally {
    rmSync(root, { recursive: true, force: true });
    rmSync(`${root}.md`, { force: true });
  }
}

function memoryRow(root: string, textBytes: number): Row {
  const script = `
    const { Engine, NodeFileSystem } = require(${JSON.stringify(path.resolve('bench/dist/engine.js'))});
    // Indexed as the language server does: in batches, yielding between them.
    (async () => {
      const engine = new Engine({ host: new NodeFileSystem(), root: ${JSON.stringify(root)} });
      const files = engine.workspace.files();
      for (let i = 0; i < files.length; i++) {
        engine.crossDocumentFindings(files[i]);
        if (i % ${INDEX_BATCH} === ${INDEX_BATCH - 1}) await new Promise((resolve) => setImmediate(resolve));
      }
      await new Promise((resolve) => setImmediate(resolve));
      global.gc(); global.gc();
      process.stdout.write(String(process.memoryUsage().rss));
      if (engine.workspace.drafts().length !== files.length) process.exitCode = 1;
    })();
  `;
  const rss = Number(execFileSync(process.execPath, [...SERVER_NODE_FLAGS, '--expose-gc', '-e', script], { encoding: 'utf8' }));
  const limit = 2 * textBytes + 100 * 1024 * 1024;
  const mb = (n: number) => n / 1024 / 1024;
  return {
    name: 'memory, workspace indexed',
    median: mb(rss),
    p95: mb(rss),
    unit: 'MB',
    baseline: mb(limit),
    ratio: rss / limit,
    target: 1,
    note: `limit 2 × ${mb(textBytes).toFixed(0)} MB + 100 MB`,
  };
}

/** The most memory 300 MB: the language server over 10,000 edits of a 1 MB SCS, started with no Node flags. */
const EDIT_MEMORY_LIMIT = 300 * 2 ** 20;

async function editMemoryRow(): Promise<Row> {
  const { peak } = await peakMemoryOverEdits(SEED, 10_000, (n) => process.stderr.write(`  ${n} edits\r`));
  const mb = (n: number) => n / 2 ** 20;
  return {
    name: 'memory, server over 10,000 edits of a 1 MB SCS',
    median: mb(peak),
    p95: mb(peak),
    unit: 'MB',
    baseline: mb(EDIT_MEMORY_LIMIT),
    ratio: peak / EDIT_MEMORY_LIMIT,
    target: 1,
    note: 'peak resident, no Node flags; limit 300 MB',
  };
}

async function main(): Promise<void> {
  execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
  execFileSync(process.execPath, ['bench/build-engine.mjs'], { stdio: 'inherit' });
  const rows: Row[] = [];
  const log = (row: Row) => {
    rows.push(row);
    process.stderr.write(
      `  ${row.name}: p95 ${row.p95.toFixed(1)} ${row.unit}, ratio ${row.ratio.toFixed(3)} (target ${row.target})\n`,
    );
  };
  process.stderr.write('keystrokes …\n');
  log(keystrokeRow('keystroke → diagnostics, 1 MB SCS', 1_000_000, 0.05));
  log(keystrokeRow('keystroke → diagnostics, 137 KB SCS', 137_000, 0.1));
  log(
    keystrokeRow(
      'keystroke → diagnostics, 1 MB SCS stating facts of a 500-fact register, 20 LAAs beside it',
      1_000_000,
      0.05,
      500,
    ),
  );
  process.stderr.write('the server in a web worker (headless Chromium) and in Node …\n');
  {
    // The 1 MB SCS and the keystrokes of the first row.
    const random = new Random(SEED + 1_000_000);
    const original = scs(random, { name: 'Bigshire', type: 'county', priorities: 12, bytes: 1_000_000, links: ['./laa.md#T1'] });
    log(await workerKeystrokeRow(original, lspEdits(original, keystrokes(original, random))));
    log(await workerColdIndexRow('examples/exampleshire'));
  }
  process.stderr.write('hover and completion …\n');
  featureRows().forEach(log);
  process.stderr.write('the language server over 10,000 edits (a few minutes) …\n');
  log(await editMemoryRow());
  process.stderr.write('a history of 300 commits …\n');
  log(scheduleRow());
  process.stderr.write('generating the 1,000-draft workspace …\n');
  const root = mkdtempSync(path.join(tmpdir(), 'placeshaper-bench-'));
  try {
    let bytes = 0;
    const files: string[] = [];
    for (const [name, text] of workspaceFiles(SEED)) {
      const file = path.join(root, name);
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, text);
      files.push(file);
      bytes += Buffer.byteLength(text);
    }
    process.stderr.write(`  ${files.length} drafts, ${(bytes / 1e6).toFixed(1)} MB\n`);
    workspaceRows(root, files, path.join(root, 'area-000/scs/county.md')).forEach(log);
    log(cliRow(root, files));
    log(reviewRow(root, files));
    log(memoryRow(root, bytes));
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
  const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`;
  const table = formatTable(rows);
  process.stdout.write(`\nPlaceshaper benchmarks (seed ${SEED}; ${machine})\n\n${table}\n\n${BASELINES}\n`);
  if (process.argv.includes('--record')) {
    writeFileSync('BENCHMARKS.md', recorded(table, machine));
    process.stdout.write('Recorded in BENCHMARKS.md\n');
  }
}

const BASELINES =
  'Baselines: a full unified().use(remarkParse).use(remarkFrontmatter) parse of the same draft (or of the new draft); reading every file and parsing only its frontmatter with yaml; the cold start itself; markdownlint over the same files; 300 MB; 2 × the text size + 100 MB.';

function recorded(table: string, machine: string): string {
  return `# Benchmarks

\`npm run bench\` generates the drafts from a seeded generator (\`bench/generate.ts\`, seed ${SEED}), runs every measure below and prints this table; \`npm run bench -- --record\` writes this file. These are benchmarks, not tests: CI does not run them, and timings vary from run to run and machine to machine.

Run on ${new Date().toISOString().slice(0, 10)}: ${machine}.

${table}

- **keystroke → diagnostics**: 200 random single-character edits, half in the frontmatter and half in the body of a generated SCS; each timed from the editor's change (\`TextDocument.update\`) to the draft's diagnostics computed by the engine, debounce excluded. Ratio: p95 against the median of a full remark parse of the same draft.
- **keystroke → diagnostics with a 500-fact register**: the same keystrokes on the 1 MB SCS, now stating a fact of a generated register (\`facts.yaml\`, 500 facts, one in five with aliases and an earlier value) after every fourth paragraph, beside 20 LAAs that state its facts too; every \`facts/*\` rule runs (the conflict check reads the other drafts, the stale-figure check searches the body for every alias). Ratio: p95 against the median of a full remark parse of the same draft, the target of the row without a register.
- **keystroke → diagnostics in a web worker**: the language server of the web extension (\`dist/browser/server.js\`) in a worker of headless Chromium, spoken to by the page over \`postMessage\`; the same 200 keystrokes on the 1 MB SCS, each timed from the change sent to the answer of a code action request at the edit (which needs the new version's findings; a publication is sent only when they change), debounce 0. Baseline: the Node server (\`dist/server.js --stdio\`) timed the same way in the same run.
- **cold index in a web worker**: from the worker's start to the end of its indexing progress, the example workspace's files served by the page as the editor serves them (\`placeshaper/fs/list\`, \`placeshaper/fs/read\`); median of 5. Baseline: the Node server from its process's start, on disk.
- **hover, completion**: 200 requests each at random places of the 1 MB SCS; ratio: p95 against a full parse.
- **code actions at a finding**: 200 requests for the actions at a random finding of the 1 MB SCS (its fix, fix all, a disable comment, turning the rule off in the configuration); ratio: p95 against a full parse.
- **new draft from the template**: 200 new LAAs written for a workspace holding the 1 MB SCS (its vision, evidence and first priority copied, links made relative); ratio: p95 against a full parse of the new draft.
- **cold start**: a generated workspace of 1,000 drafts (SCSs, LAAs, Core Strategies, housing strategies; about 54 MB) read, indexed, and every cross-document (\`align/*\`) diagnostic of every draft computed. Baseline: reading the same files and parsing only their frontmatter with \`yaml\`.
- **edit an SCS with ~200 dependents**: a priority id of an SCS that about 200 drafts link to is renamed and back, and the SCS and every dependent re-checked (all rules); ratio: p95 against the cold start.
- **placeshaper check**: the CLI over the 1,000 drafts (process start included), against markdownlint 0.38 with its default rules over the same files, also in a process of its own.
- **placeshaper review**: the review of the 1,000 drafts written as an HTML page (\`placeshaper review . --no-git -o review.html\`: every draft's checklist, links and text rendered, sanitised, with its findings marked), against \`placeshaper check .\` over the same drafts in the same run, each in a process of its own; median of 2.
- **placeshaper schedule**: a git history of 300 commits over the about 200 drafts of 20 generated areas (each commit changes a word of a paragraph, every tenth a word of a vision, half of them with a \`Reason:\` trailer); the schedule between its ends as Markdown, reasons read from the commits, against \`placeshaper check .\` over the same drafts, each in a process of its own; median of 2.
- **memory, server over 10,000 edits**: the language server started as any editor starts it (\`node dist/server.js --stdio\`, no Node flags) with a generated 1 MB SCS open, 10,000 random edits (typing and deleting, in the frontmatter and the body), each followed by a hover, which checks the draft; its peak resident memory (\`VmHWM\`) against a limit of 300 MB.
- **memory**: resident memory of a process that indexes the 1,000 drafts as the language server does (in batches, with the server's Node flags, \`common/runtime-flags.ts\`) and computes their cross-document diagnostics; limit: 2 × the text size + 100 MB.

${BASELINES}

How it is fast: an open draft keeps its YAML document while the body changes, and only the top-level blocks around an edit are parsed again (checked against a full parse by a seeded property test, \`test/incremental.test.ts\`); a closed draft is indexed from its frontmatter, and its body is scanned only for what a rule asks of it (headings, links to drafts, control comments), parsing just the chunks that hold them; results are cached per draft until the draft or one it depends on changes.
`;
}

void main();
