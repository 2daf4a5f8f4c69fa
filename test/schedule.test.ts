// `placeshaper schedule` on real git repositories in temporary folders: the exact rows, by id and
// by paragraph, with their types, classes and the reasons the commits give.
import { deepStrictEqual, ok, strictEqual } from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import mammoth from 'mammoth';
import { runCli } from '../server/src/cli/run-cli';
import { scheduleSchema } from '../server/src/cli/schedule/schedule-schema';
import { changeText, type ScheduleRow } from '../server/src/engine';
import { crlf, edit } from './support/harness';
import { LINKED_DRAFTS } from './support/linked-drafts';
import { tempFolder } from './support/temp-folder';
import { git, repository, revisedRepository } from './support/git-repositories';
import { zipEntries } from './support/zip';

const validate = addFormats(new Ajv({ allErrors: true, strict: true })).compile(scheduleSchema);

async function cli(args: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { cwd, stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), today: '2026-11-30' });
  return { code, stdout, stderr };
}

type Seen = Pick<ScheduleRow, 'ref' | 'file' | 'where' | 'type' | 'class'> & { detail?: string; change: string; reason?: string };

async function rows(dir: string, args: string[] = []): Promise<Seen[]> {
  const { code, stdout, stderr } = await cli(['schedule', '--from', 'v1', '--format', 'json', ...args], dir);
  deepStrictEqual([code, stderr], [0, '']);
  return (JSON.parse(stdout) as { rows: ScheduleRow[] }).rows.map((r) => ({
    ref: r.ref,
    file: r.file,
    where: r.where,
    type: r.type,
    ...(r.detail ? { detail: r.detail } : {}),
    class: r.class,
    change: changeText(r.words),
    ...(r.reason ? { reason: r.reason } : {}),
  }));
}

describe('placeshaper schedule', function () {
  this.timeout(30000);

  it('lists every change by id and by paragraph, typed and classed, with the reasons of the commits that made them', async () => {
    const repo = revisedRepository();
    try {
      deepStrictEqual(await rows(repo.dir), [
        {
          ref: 'SC1',
          file: 'housing/strategy.md',
          where: 'The whole document',
          type: 'move',
          detail: 'moved from housing/housing.md',
          class: 'additional',
          change: 'housing/[-housing.md-]{+strategy.md+}',
        },
        {
          ref: 'SC2',
          file: 'laa/laa.md',
          where: 'Target T1',
          type: 'target changed',
          detail: 'baseline',
          class: 'main',
          change: '{value: [-21.3-]{+22.0+}, year: 2007}',
          reason: 'Corrected baseline from the 2007 survey.',
        },
        {
          ref: 'SC3',
          file: 'laa/laa.md',
          where: 'Target T9',
          type: 'renumbering',
          class: 'main',
          change: '[-T2-]{+T9+}',
          reason: 'Corrected baseline from the 2007 survey.',
        },
        {
          ref: 'SC4',
          file: 'ldf/core.md',
          where: 'Vision',
          type: 'vision changed',
          class: 'main',
          change: 'A [-thriving-]{+prosperous+} market town and vibrant rural villages where everyone shares in prosperity.',
          reason: 'Corrected baseline from the 2007 survey.',
        },
        {
          ref: 'SC5',
          file: 'ldf/core.md',
          where: 'Millbrook Core Strategy, paragraph 1',
          type: 'substitution',
          class: 'additional',
          change: 'The objectives {+of this plan +}deliver homes for everyone and a greener Millbrook.',
          reason: 'Response to representation 14.',
        },
        {
          ref: 'SC6',
          file: 'ldf/core.md',
          where: 'Millbrook Core Strategy, paragraph 2',
          type: 'insertion',
          class: 'additional',
          change: '{+A new paragraph about homes.+}',
          reason: 'Response to representation 14.',
        },
        {
          ref: 'SC7',
          file: 'scs/district.md',
          where: 'Period',
          type: 'period changed',
          class: 'main',
          change: '2008 to [-2026-]{+2028+}',
          reason: 'The housing trajectory runs to 2028.',
        },
        {
          ref: 'SC8',
          file: 'scs/district.md',
          where: 'Priority D3 An involved community',
          type: 'move',
          detail: 'moved from position 3 to 1',
          class: 'additional',
          change: '',
          reason: 'The housing trajectory runs to 2028.',
        },
      ]);
    } finally {
      repo.cleanup();
    }
  });

  it('takes reasons from a file by ref or by id, classes by the areas given, and numbers with the prefix given', async () => {
    const repo = revisedRepository();
    try {
      writeFileSync(
        path.join(repo.dir, 'reasons.yaml'),
        'MM1: Clearer name\nT9: {reason: Renumbered with the county, source: Rep 3}\n',
      );
      const seen = await rows(repo.dir, ['--reasons', 'reasons.yaml', '--main', 'visions,body', '--prefix', 'MM']);
      deepStrictEqual(
        seen.map((r) => [r.ref, r.type, r.class, r.reason]),
        [
          ['MM1', 'move', 'additional', 'Clearer name'],
          ['MM2', 'target changed', 'additional', 'Corrected baseline from the 2007 survey.'],
          ['MM3', 'renumbering', 'additional', 'Renumbered with the county'],
          ['MM4', 'vision changed', 'main', 'Corrected baseline from the 2007 survey.'],
          ['MM5', 'substitution', 'main', 'Response to representation 14.'],
          ['MM6', 'insertion', 'main', 'Response to representation 14.'],
          ['MM7', 'period changed', 'additional', 'The housing trajectory runs to 2028.'],
          ['MM8', 'move', 'additional', 'The housing trajectory runs to 2028.'],
        ],
      );
    } finally {
      repo.cleanup();
    }
  });

  it('compares text as text: CRLF, a byte order mark and non-ASCII words change nothing unless the words do', async () => {
    const scs = LINKED_DRAFTS['scs/county.md'].replace(
      '# Exampleshire 2020\n',
      '# Exampleshire 2020\n\nThe Café Quarter — £2m for the Ōtaki Road.\n',
    );
    const repo = repository({ ...LINKED_DRAFTS, 'scs/county.md': scs });
    try {
      repo.change('scs/county.md', (t) => `\uFEFF${crlf(edit(t, 'Café Quarter', 'Café Square'))}`);
      deepStrictEqual(await rows(repo.dir), [
        {
          ref: 'SC1',
          file: 'scs/county.md',
          where: 'Exampleshire 2020, paragraph 1',
          type: 'substitution',
          class: 'additional',
          change: 'The Café [-Quarter-]{+Square+} — £2m for the Ōtaki Road.',
        },
      ]);
    } finally {
      repo.cleanup();
    }
  });

  it('follows entries by their titles when the ids shift: two renumberings, not a deletion, a retitle and an insertion', async () => {
    const repo = repository();
    try {
      repo.change('scs/county.md', (t) => edit(edit(t, '  - id: C2\n', '  - id: C3\n'), '  - id: C1\n', '  - id: C2\n'));
      deepStrictEqual(
        (await rows(repo.dir)).map((r) => [r.where, r.type, r.change]),
        [
          ['Priority C2 Safer communities', 'renumbering', '[-C1-]{+C2+}'],
          ['Priority C3 Greener economy', 'renumbering', '[-C2-]{+C3+}'],
        ],
      );
    } finally {
      repo.cleanup();
    }
  });

  it('moves a section with its heading retitled, and aligns the rest by heading', async () => {
    const repo = repository();
    try {
      repo.change('scs/district.md', (t) =>
        edit(
          edit(t, '## D2 A greener Millbrook', '## D2 A greener, cleaner Millbrook'),
          '## D3 An involved community',
          '## D3 An involved community\n\nEveryone has a say.',
        ),
      );
      deepStrictEqual(
        (await rows(repo.dir)).map((r) => [r.where, r.type, r.change]),
        [
          ['Millbrook Matters › D2 A greener, cleaner Millbrook', 'retitled', 'D2 A greener{+, cleaner +}Millbrook'],
          ['Millbrook Matters › D3 An involved community, paragraph 1', 'insertion', '{+Everyone has a say.+}'],
        ],
      );
    } finally {
      repo.cleanup();
    }
  });

  it('lists a draft added or deleted as a whole, and only the drafts under the paths given', async () => {
    const repo = repository();
    try {
      git(repo.dir, 'rm', '-q', 'laa/laa.md');
      writeFileSync(
        path.join(repo.dir, 'housing/older.md'),
        edit(LINKED_DRAFTS['housing/housing.md'], 'title: Millbrook Housing Strategy', 'title: Older Persons Housing Strategy'),
      );
      repo.change('ldf/core.md', (t) => edit(t, 'status: submitted', 'status: adopted'));
      repo.commit('Adopt the Core Strategy; an older persons strategy; the LAA withdrawn');
      deepStrictEqual(
        (await rows(repo.dir)).map((r) => [r.ref, r.file, r.where, r.type, r.class, r.change]),
        [
          ['SC1', 'housing/older.md', 'The whole document', 'insertion', 'main', '{+Older Persons Housing Strategy+}'],
          ['SC2', 'laa/laa.md', 'The whole document', 'deletion', 'main', '[-Exampleshire LAA 2008-11-]'],
          ['SC3', 'ldf/core.md', '‘status’', 'substitution', 'additional', '[-submitted-]{+adopted+}'],
        ],
      );
      deepStrictEqual(
        (await rows(repo.dir, ['ldf'])).map((r) => [r.ref, r.file, r.type]),
        [['SC1', 'ldf/core.md', 'substitution']],
      );
      // A folder given keeps the drafts deleted from it since.
      deepStrictEqual(
        (await rows(repo.dir, ['laa'])).map((r) => [r.ref, r.file, r.type]),
        [['SC1', 'laa/laa.md', 'deletion']],
      );
    } finally {
      repo.cleanup();
    }
  });

  it('gives each change the reason of the commit that made it, and none when that commit gives none', async () => {
    const repo = repository();
    try {
      repo.change('ldf/core.md', (t) => edit(t, 'vision: A thriving market town', 'vision: A prosperous market town'));
      repo.commit(
        'Reword the vision\n\nReason: Agreed at the partnership board,\n  after the second round.\nSource: Board minutes',
      );
      repo.change('ldf/core.md', (t) => `${t}\nA new paragraph about homes.\n`);
      repo.commit('Say more about homes');
      writeFileSync(path.join(repo.dir, 'scs/say "hi".md'), LINKED_DRAFTS['scs/county.md']);
      repo.commit('A draft with quotes in its name');
      repo.change('scs/say "hi".md', (t) => edit(t, 'A safe, healthy', 'A safe, greener'));
      repo.commit('Greener\n\nReason: Climate motion.');
      deepStrictEqual(
        (await rows(repo.dir)).map((r) => [r.file, r.where, r.type, r.reason]),
        [
          ['ldf/core.md', 'Vision', 'vision changed', 'Agreed at the partnership board, after the second round.'],
          ['ldf/core.md', 'Millbrook Core Strategy, paragraph 2', 'insertion', undefined],
          ['scs/say "hi".md', 'The whole document', 'insertion', undefined],
        ],
      );
      deepStrictEqual(
        (await rows(repo.dir, ['--from', 'HEAD~1'])).map((r) => [r.file, r.where, r.reason]),
        [['scs/say "hi".md', 'Vision', 'Climate motion.']],
      );
    } finally {
      repo.cleanup();
    }
  });

  it('lists a deleted paragraph where it was, and a frontmatter that cannot be read as one row', async () => {
    const repo = repository();
    try {
      repo.change('ldf/core.md', (t) => `${t}\nSecond paragraph.\n\nThird paragraph.\n`);
      repo.commit('More paragraphs');
      git(repo.dir, 'tag', 'v2');
      repo.change('ldf/core.md', (t) =>
        edit(edit(t, '\nThird paragraph.\n', ''), 'The objectives deliver', 'The objectives now deliver'),
      );
      repo.change('scs/county.md', (t) => edit(t, 'status: submitted', 'status: [submitted'));
      deepStrictEqual(
        (await rows(repo.dir, ['--from', 'v2'])).map((r) => [r.ref, r.file, r.where, r.type, r.detail]),
        [
          ['SC1', 'ldf/core.md', 'Millbrook Core Strategy, paragraph 1', 'substitution', undefined],
          ['SC2', 'ldf/core.md', 'Millbrook Core Strategy, paragraph 3', 'deletion', undefined],
          ['SC3', 'scs/county.md', 'Frontmatter', 'substitution', 'it cannot be read now; correct it to see what changed in it'],
        ],
      );
    } finally {
      repo.cleanup();
    }
  });

  it('says on one line what is wrong with a revision, and what to do', async () => {
    const repo = repository();
    const outside = tempFolder({ 'a.md': '# notes\n' });
    const shallow = tempFolder({});
    try {
      deepStrictEqual(await cli(['schedule', '--from', 'nope'], repo.dir), {
        code: 2,
        stdout: '',
        stderr: `placeshaper: nope: no such revision in ${repo.dir}; name a branch, a tag or a commit (git log --oneline lists them)\n`,
      });
      deepStrictEqual(await cli(['schedule', '--from', '--output=x'], repo.dir), {
        code: 2,
        stdout: '',
        stderr: 'placeshaper: --output=x: not a revision (a revision never begins with "-")\n',
      });
      deepStrictEqual(await cli(['schedule', '--from', 'v1', '--to', 'v1..HEAD'], repo.dir), {
        code: 2,
        stdout: '',
        stderr:
          'placeshaper: --to takes one revision, not a range (v1..HEAD): give the other end with --from or --to; write the older one, such as v1\n',
      });
      deepStrictEqual(await cli(['schedule', '--from', 'v1', '--root', 'nowhere'], repo.dir), {
        code: 2,
        stdout: '',
        stderr: `placeshaper: ${path.join(repo.dir, 'nowhere')}: no such folder; give the workspace root with --root\n`,
      });
      deepStrictEqual(await cli(['schedule', '--from', 'v1', '--format', 'docx'], repo.dir), {
        code: 2,
        stdout: '',
        stderr: 'placeshaper: a Word document is written to a file: add -o schedule.docx\n',
      });
      const notGit = await cli(['schedule', '--from', 'HEAD'], outside.dir);
      deepStrictEqual(notGit, {
        code: 2,
        stdout: '',
        stderr: `placeshaper: ${outside.dir}: not inside a git repository, so there are no revisions to compare\n`,
      });
      repo.change('scs/county.md', (t) => `${t}\nMore.\n`);
      repo.commit('More');
      const clone = path.join(shallow.dir, 'clone');
      git(shallow.dir, 'clone', '-q', '--depth', '1', `file://${repo.dir}`, clone);
      const first = git(repo.dir, 'rev-list', '--max-parents=0', 'HEAD');
      deepStrictEqual(await cli(['schedule', '--from', first], clone), {
        code: 2,
        stdout: '',
        stderr: `placeshaper: ${first}: not in this shallow clone of ${clone}; fetch the history (git fetch --unshallow, or fetch-depth: 0 in actions/checkout) and run again\n`,
      });
    } finally {
      repo.cleanup();
      outside.cleanup();
      shallow.cleanup();
    }
  });

  describe('in each format councils publish', () => {
    let repo: ReturnType<typeof revisedRepository>;
    before(() => (repo = revisedRepository()));
    after(() => repo?.cleanup());

    /** `UPDATE_GOLDEN=1 npm test` rewrites the files after a deliberate change. */
    const golden = (name: string, actual: string) => {
      const file = `test/golden/${name}`;
      if (process.env.UPDATE_GOLDEN) writeFileSync(file, actual);
      return readFileSync(file, 'utf8');
    };

    for (const format of ['md', 'csv', 'html', 'json'])
      it(`${format}: pinned`, async () => {
        const { code, stdout, stderr } = await cli(['schedule', '--from', 'v1', '--to', 'HEAD', '--format', format], repo.dir);
        deepStrictEqual([code, stderr], [0, '']);
        strictEqual(stdout, golden(`schedule.${format}`, stdout));
        if (format === 'json') ok(validate(JSON.parse(stdout)), JSON.stringify(validate.errors, null, 2));
      });

    it('docx: a landscape Word document whose table repeats its header row, deletions struck through, insertions bold', async () => {
      const { code, stderr } = await cli(['schedule', '--from', 'v1', '--to', 'HEAD', '-o', 'schedule.docx'], repo.dir);
      deepStrictEqual([code, stderr], [0, 'placeshaper: wrote schedule.docx (8 changes)\n']);
      const file = path.join(repo.dir, 'schedule.docx');
      const xml = (await zipEntries(file)).get('word/document.xml')!.toString('utf8');
      ok(/<w:pgSz [^>]*w:orient="landscape"/.test(xml), 'landscape pages');
      strictEqual(xml.match(/<w:tblHeader\/>/g)?.length, 1, 'the header row repeats on every page');
      ok(
        /<w:r><w:rPr><w:b\/><w:bCs\/><w:u w:val="single"\/><\/w:rPr><w:t xml:space="preserve">22\.0<\/w:t><\/w:r>/.test(xml),
        'an insertion is bold and underlined',
      );
      const { value: html } = await mammoth.convertToHtml({ path: file });
      const table = [...html.matchAll(/<tr>(.*?)<\/tr>/g)].map((row) =>
        [...row[1].matchAll(/<t[hd]>(.*?)<\/t[hd]>/g)].map((c) =>
          c[1]
            .replace(/<\/?p>/g, ' ')
            .replace(/\s+/g, ' ')
            .trim(),
        ),
      );
      deepStrictEqual(table[0], [
        '<strong>Ref</strong>',
        '<strong>Document</strong>',
        '<strong>Where</strong>',
        '<strong>Change</strong>',
        '<strong>Type</strong>',
        '<strong>Class</strong>',
        '<strong>Reason</strong>',
        '<strong>Source</strong>',
      ]);
      strictEqual(table.length, 9, 'a row for each of the 8 changes under the header');
      deepStrictEqual(table[2], [
        '<strong>SC2</strong>',
        'Exampleshire LAA 2008-11 laa/laa.md',
        'Target T1 line 13',
        '{value: <s>21.3</s><strong>22.0</strong>, year: 2007}',
        'target changed (baseline)',
        '<strong>Main</strong>',
        'Corrected baseline from the 2007 survey.',
        '',
      ]);
    });
  });
});
