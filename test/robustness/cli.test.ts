import { deepStrictEqual, ok, strictEqual } from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { Engine } from '../../server/src/engine/engine';
import { CLEAN_SCS } from '../support/drafts';
import { tempFolder } from '../support/temp-folder';
import { listing, SpyNodeFileSystem } from '../support/robustness';

const BIN = path.resolve('dist/cli.js');
const RECORDER = path.resolve('test/support/record-reads.cjs');
const QUIET = 'rules:\n  align/undelivered-priority: "off"\n';

/** A tool that runs a command as an unprivileged user (the tests run as root, who may read anything). */
function unprivileged(): string[] | undefined {
  for (const [tool, args] of [
    ['runuser', ['-u', 'nobody', '--']],
    ['setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', '--']],
  ] as const) {
    if (spawnSync(tool, [...args, process.execPath, '-e', '0']).status === 0) return [tool, ...args];
  }
  return undefined;
}

/** Skips a test, saying why in the output. */
function skipFor(context: Mocha.Context, reason: string): void {
  console.log(`      skipped: ${reason}`);
  context.skip();
}

/**
 * The bundled CLI, run as `as` (a command prefix) when given. Another user may not be able to
 * reach this checkout (a clone in a private folder), so that run uses a copy of the bundle in a
 * world-readable temporary folder.
 */
function cli(args: string[], cwd: string, options: { as?: string[]; env?: Record<string, string>; nodeArgs?: string[] } = {}) {
  const command = [
    ...(options.as ?? []),
    process.execPath,
    ...(options.nodeArgs ?? []),
    options.as ? reachableBin() : BIN,
    ...args,
  ];
  const result = spawnSync(command[0], command.slice(1), {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, PLACESHAPER_TODAY: '2026-11-21', ...options.env },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

let reachableCopy: ReturnType<typeof tempFolder> | undefined;

/** dist/cli.js copied where every user can read it (the bundle needs nothing beside it). */
function reachableBin(): string {
  if (!reachableCopy) {
    reachableCopy = tempFolder({});
    chmodSync(reachableCopy.dir, 0o755);
    copyFileSync(BIN, path.join(reachableCopy.dir, 'cli.js'));
    chmodSync(path.join(reachableCopy.dir, 'cli.js'), 0o644);
  }
  return path.join(reachableCopy.dir, 'cli.js');
}

after(() => reachableCopy?.cleanup());

describe('the CLI on bad input', function () {
  this.timeout(60000);
  let folder: ReturnType<typeof tempFolder>;

  before(function () {
    if (!existsSync(BIN)) throw new Error('dist/cli.js is missing: run `npm run build` (npm test does)');
  });

  beforeEach(() => {
    folder = tempFolder({ '.placeshaper.yaml': QUIET, 'scs/clean.md': CLEAN_SCS });
    // World-readable, so that an unprivileged user can walk it.
    chmodSync(folder.dir, 0o755);
    chmodSync(path.join(folder.dir, 'scs'), 0o755);
    chmodSync(path.join(folder.dir, 'scs/clean.md'), 0o644);
    chmodSync(path.join(folder.dir, '.placeshaper.yaml'), 0o644);
  });

  afterEach(() => {
    // Make everything removable again.
    spawnSync('chmod', ['-R', 'u+rwX', folder.dir]);
    folder.cleanup();
  });

  /** Runs the CLI and checks what every I/O error must give: one line on stderr, exit 2, nothing on stdout, nothing written. */
  function failsWith(args: string[], stderr: string, options: Parameters<typeof cli>[2] = {}) {
    const before = listing(folder.dir);
    deepStrictEqual(cli(args, folder.dir, options), { code: 2, stdout: '', stderr: `${stderr}\n` });
    deepStrictEqual(listing(folder.dir), before, 'the CLI wrote nothing');
  }

  /** Runs the CLI where some files cannot be read: each said on stderr and skipped, the rest checked, exit 2 at the end, nothing written. */
  function skipsUnreadable(args: string[], unreadable: string[], stdout: string, options: Parameters<typeof cli>[2] = {}) {
    const before = listing(folder.dir);
    const end = `placeshaper: ${unreadable.length === 1 ? 'one file or folder' : `${unreadable.length} files or folders`} could not be read (above); the rest were checked`;
    deepStrictEqual(cli(args, folder.dir, options), {
      code: 2,
      stdout,
      stderr: [...unreadable.map((u) => `placeshaper: ${u}; skipped`), end, ''].join('\n'),
    });
    deepStrictEqual(listing(folder.dir), before, 'the CLI wrote nothing');
  }

  it('an unreadable file (EACCES, as an unprivileged user): said and skipped, the rest checked, exit 2, nothing written', function () {
    const as = unprivileged();
    if (!as)
      return skipFor(this, 'neither runuser nor setpriv can run the CLI as an unprivileged user, and root reads every file');
    writeFileSync(path.join(folder.dir, 'scs/secret.md'), CLEAN_SCS);
    chmodSync(path.join(folder.dir, 'scs/secret.md'), 0o000);
    // The same user reads the clean draft: the walk and the reading work.
    strictEqual(cli(['check', 'scs/clean.md'], folder.dir, { as }).code, 0);
    skipsUnreadable(['check'], ['scs/secret.md: permission denied'], 'No problems in 1 draft.\n', { as });
    skipsUnreadable(
      ['check', 'scs/secret.md'],
      ['scs/secret.md: permission denied'],
      'No strategy drafts found (Markdown files whose frontmatter names a `kind`).\n',
      { as },
    );
  });

  it('an unreadable folder (EACCES, as an unprivileged user): said and skipped, the rest checked, exit 2, nothing written', function () {
    const as = unprivileged();
    if (!as)
      return skipFor(this, 'neither runuser nor setpriv can run the CLI as an unprivileged user, and root reads every folder');
    mkdirSync(path.join(folder.dir, 'locked'));
    writeFileSync(path.join(folder.dir, 'locked/draft.md'), CLEAN_SCS);
    chmodSync(path.join(folder.dir, 'locked'), 0o000);
    skipsUnreadable(['check'], ['locked: permission denied'], 'No problems in 1 draft.\n', { as });
    skipsUnreadable(
      ['check', 'locked'],
      ['locked: permission denied'],
      'No strategy drafts found (Markdown files whose frontmatter names a `kind`).\n',
      { as },
    );
    failsWith(['check', 'locked/draft.md'], 'placeshaper: locked/draft.md: permission denied', { as });
  });

  it('a file name with a line break or an escape sequence cannot forge a line of the output', () => {
    writeFileSync(
      path.join(folder.dir, 'scs/evil\nforged.md:1:1  error  laa\u001b[2J.md'),
      CLEAN_SCS.replace('type: county', 'type: countty'),
    );
    const text = cli(['check'], folder.dir);
    deepStrictEqual(
      text.stdout.split('\n').filter((line) => line.startsWith('scs/')),
      [
        'scs/evil\\nforged.md:1:1  error  laa\\u001b[2J.md:6:9  error  format/schema  ‘countty’ is not a valid ‘authority.type’; did you mean ‘county’?',
      ],
    );
    const github = cli(['check', '--format', 'github'], folder.dir);
    deepStrictEqual(
      github.stdout
        .split('\n')
        .filter(Boolean)
        .map((line) => line.split(',')[0]),
      ['::error file=scs/evil%0Aforged.md%3A1%3A1  error  laa\\u001b[2J.md'],
    );
  });

  it('a missing path: one line, exit 2, nothing written', () => {
    failsWith(['check', 'missing.md'], 'placeshaper: missing.md: no such file or folder');
    failsWith(['check', 'scs/clean.md', 'gone/'], 'placeshaper: gone/: no such file or folder');
    failsWith(['check', '--root', '.', 'scs/nope.md'], 'placeshaper: scs/nope.md: no such file or folder');
  });

  it('a folder named x.md given as a path: one line, exit 2, nothing written; walked into, it is a folder like any other', () => {
    mkdirSync(path.join(folder.dir, 'x.md'));
    writeFileSync(path.join(folder.dir, 'x.md/inner.md'), CLEAN_SCS.replace('type: county', 'type: countty'));
    failsWith(['check', 'x.md'], 'placeshaper: x.md: is a folder, not a draft (drafts are files ending in .md)');
    const walked = cli(['check'], folder.dir);
    strictEqual(walked.code, 1);
    ok(walked.stdout.startsWith('x.md/inner.md:6:9  error  format/schema'), walked.stdout);
  });

  it('a FIFO named like a draft: refused by name, skipped by the walk, never opened (which would block)', () => {
    execFileSync('mkfifo', [path.join(folder.dir, 'scs/pipe.md')]);
    failsWith(['check', 'scs/pipe.md'], 'placeshaper: scs/pipe.md: not a regular file');
    writeFileSync(
      path.join(folder.dir, 'scs/links.md'),
      CLEAN_SCS.replace('status: draft', 'status: draft\nrelated:\n  laa: ./pipe.md'),
    );
    const result = cli(['check'], folder.dir);
    strictEqual(result.stderr, '');
    ok(result.stdout.includes('scs/links.md:13:8  error  align/broken-link'), result.stdout);
  });

  it('a binary file named .md: a one-line note on stderr, skipped, no crash', () => {
    writeFileSync(
      path.join(folder.dir, 'scs/image.md'),
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]),
    );
    const before = listing(folder.dir);
    deepStrictEqual(cli(['check'], folder.dir), {
      code: 0,
      stdout: 'No problems in 1 draft.\n',
      stderr: 'placeshaper: scs/image.md: not a text file (it holds NUL bytes), so not a draft; skipped\n',
    });
    deepStrictEqual(listing(folder.dir), before);
  });

  it('invalid UTF-8: a one-line note, and the draft checked with each bad byte as one character', () => {
    const [head, tail] = CLEAN_SCS.split('title: Exampleshire');
    writeFileSync(
      path.join(folder.dir, 'scs/latin1.md'),
      Buffer.concat([
        Buffer.from(`${head}title: Caf`),
        Buffer.from([0xe9]),
        Buffer.from(`${tail}Caf`),
        Buffer.from([0xe9, 0xff]),
        Buffer.from(' [x](./missing.md)\n'),
      ]),
    );
    deepStrictEqual(cli(['check', 'scs/latin1.md'], folder.dir), {
      code: 1,
      stdout:
        'scs/latin1.md:28:7  error  align/broken-link  This link leads to a file that does not exist: check the path ‘./missing.md’, which is relative to this draft.\n\n1 problem (1 error, 0 warnings, 0 infos) in 1 draft.\n',
      stderr: 'placeshaper: scs/latin1.md: not valid UTF-8; the invalid bytes were read as U+FFFD\n',
    });
  });

  it('symbolic link loops (‘loop -> loop’, ‘a.md -> a.md’, a folder linking to its parent): the walk skips them and ends; named, they are one line and exit 2', () => {
    symlinkSync('loop', path.join(folder.dir, 'loop'));
    symlinkSync('a.md', path.join(folder.dir, 'a.md'));
    mkdirSync(path.join(folder.dir, 'cycle'));
    symlinkSync('..', path.join(folder.dir, 'cycle/up'));
    symlinkSync('../scs/clean.md', path.join(folder.dir, 'cycle/clean-link.md'));
    writeFileSync(
      path.join(folder.dir, 'scs/links.md'),
      CLEAN_SCS.replace('status: draft', 'status: draft\nrelated:\n  laa: ../a.md'),
    );
    const before = listing(folder.dir);
    const walked = cli(['check'], folder.dir);
    strictEqual(walked.stderr, '');
    strictEqual(
      walked.stdout,
      'scs/links.md:13:8  error  align/broken-link  ‘related.laa’ leads to a file that does not exist: check the path ‘../a.md’, which is relative to this draft.\n\n1 problem (1 error, 0 warnings, 0 infos) in 2 drafts.\n',
    );
    deepStrictEqual(listing(folder.dir), before);
    failsWith(['check', 'a.md'], 'placeshaper: a.md: symbolic link loop');
    failsWith(['check', 'loop'], 'placeshaper: loop: symbolic link loop');
    // The engine's own walk (the language server's index) ends too, and follows no link.
    const engine = new Engine({ host: new SpyNodeFileSystem(), root: folder.dir });
    deepStrictEqual(
      engine.workspace.files().map((f) => path.relative(folder.dir, f)),
      ['scs/clean.md', 'scs/links.md'],
    );
  });

  it('a link out of the workspace is never read, by path (‘../../etc/passwd’) or through a symbolic link inside it', () => {
    const outside = tempFolder({
      'secret.md': CLEAN_SCS.replace('kind: sustainable-community-strategy', 'kind: local-area-agreement'),
    });
    try {
      symlinkSync(path.join(outside.dir, 'secret.md'), path.join(folder.dir, 'scs/escape.md'));
      const relativeOut = path
        .relative(path.join(folder.dir, 'scs'), path.join(outside.dir, 'secret.md'))
        .split(path.sep)
        .join('/');
      const draft =
        CLEAN_SCS.replace(
          'status: draft',
          `status: draft\nrelated:\n  laa: ./escape.md\n  core-strategy: ${relativeOut}\n  housing-strategy: ../../../../../../etc/passwd`,
        ) + `\n[secret](${relativeOut})\n`;
      writeFileSync(path.join(folder.dir, 'scs/links.md'), draft);
      const log = path.join(outside.dir, 'reads.log');
      const result = cli(['check', '--format', 'json'], folder.dir, {
        nodeArgs: ['-r', RECORDER],
        env: { PLACESHAPER_RECORD_READS: log },
      });
      const reported = JSON.parse(result.stdout)
        .diagnostics.filter((d: { rule: string }) => d.rule === 'align/broken-link')
        .map((d: { range: { start: { line: number } } }) => d.range.start.line);
      deepStrictEqual(reported, [13, 14, 15, 33]);
      const touched = readFileSync(log, 'utf8').split('\n').filter(Boolean);
      ok(touched.includes(path.join(folder.dir, 'scs/links.md')), 'the recorder saw the reads inside');
      deepStrictEqual(
        touched.filter((p) => (p.startsWith(outside.dir) && p !== log) || p.startsWith('/etc/passwd')),
        [],
      );
      // The engine in-process, on the disk: the same, file by file.
      const host = new SpyNodeFileSystem();
      new Engine({ host, root: folder.dir }).check(path.join(folder.dir, 'scs/links.md'));
      deepStrictEqual(
        host.reads.filter((p) => !p.startsWith(folder.dir + path.sep)),
        [],
      );
      ok(!host.reads.includes(path.join(folder.dir, 'scs/escape.md')), 'the link leading out is not read');
    } finally {
      outside.cleanup();
    }
  });
});
