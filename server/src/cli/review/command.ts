import * as path from 'node:path';
import { Option, type Command } from 'commander';
import { reviewHtml, reviewMarkdown, reviewReport } from '../../engine/node';
import { TOOL_VERSION } from '../../../../common/product';
import { folderRevisions } from '../git/revisions';
import { printable, UsageError, type CliIo } from '../io';
import { loadDrafts, parseToday } from '../load-drafts';
import { writeOutput } from '../output';
import { reviewJson } from './review-json';

const FORMATS = ['html', 'md', 'json'] as const;
type Format = (typeof FORMATS)[number];

interface ReviewOptions {
  format?: Format;
  output?: string;
  root?: string;
  git: boolean;
}

/** The format a file name asks for (`review.md` → md), html when it says nothing. */
function formatFor(output: string | undefined): Format {
  const extension = output ? path.extname(output).toLowerCase() : '';
  return extension === '.md' || extension === '.markdown' ? 'md' : extension === '.json' ? 'json' : 'html';
}

/** `placeshaper review [paths…]`: what a reviewer reads — the checklist, the findings and the guidance beside the text. */
export function registerReviewCommand(program: Command, io: CliIo): void {
  program
    .command('review')
    .description(
      'write a review of drafts for the people who approve them: a checklist of every rule, the findings in the text, links and guidance',
    )
    .argument('[paths...]', 'drafts or folders to review (default: the current folder)')
    .addOption(
      new Option('-f, --format <format>', 'output format (default: from the file name given to -o, else html)').choices(FORMATS),
    )
    .option('-o, --output <file>', 'write to a file instead of standard output')
    .option(
      '--root <folder>',
      'workspace root: configuration lookup stops here and links may not leave it (default: the current folder)',
    )
    .option('--no-git', 'leave out the git commit of the folder and of each draft')
    .addHelpText(
      'after',
      `
Formats:
  html  a page to read in a browser or print on A4: self-contained, nothing fetched, no script
  md    Markdown for a pull-request comment or a CI job summary ($GITHUB_STEP_SUMMARY)
  json  the same review as data, following schemas/review-report.schema.json

For each draft: kind, title, authority, partnership, status, period, version and last commit; every
rule its kind is checked against (met, not met, silenced, not applicable, not checked or turned off)
with its basis and the passage it rests on; its links in and out; for an SCS, how its priorities
are delivered; and its text with each finding marked. The review never fails a build: exit 0 unless
it cannot be made (2). Use \`placeshaper check\` to fail on problems.

Examples:
  placeshaper review -o review.html
  placeshaper review scs/ laa/ --format md >> "$GITHUB_STEP_SUMMARY"`,
    )
    .action(async (paths: string[], options: ReviewOptions) => {
      const root = path.resolve(io.cwd, options.root ?? '.');
      const format = options.format ?? formatFor(options.output);
      const today = io.today ? parseToday(io.today) : undefined;
      const { engine, files, unreadable } = loadDrafts(paths, root, io, today);
      const progress = io.progress;
      const tool = `Placeshaper ${TOOL_VERSION}`;
      let text: string;
      let drafts = 0;
      try {
        progress?.update('placeshaper: reading git history', true);
        const revisions = options.git ? await folderRevisions(root) : undefined;
        const { report, sources } = reviewReport(engine, files, {
          base: root,
          repository: revisions?.repository,
          revisionOf: revisions?.revisionOf,
          progress: (done, total) => progress?.update(`placeshaper: reviewing ${done} of ${total} Markdown files`),
        });
        drafts = report.drafts.length;
        text =
          format === 'json'
            ? reviewJson(report, TOOL_VERSION)
            : format === 'md'
              ? reviewMarkdown(report, tool)
              : reviewHtml(report, sources, {
                  tool,
                  progress: (done, total) => progress?.update(`placeshaper: writing the page, ${done} of ${total} drafts`),
                });
      } finally {
        progress?.done();
      }
      if (drafts === 0) {
        const where = paths.length ? paths.map(printable).join(', ') : 'this folder';
        throw new UsageError(
          `no strategy drafts in ${where}: no Markdown file there names a \`kind\` (ordinary Markdown is left out of the review)`,
        );
      }
      writeOutput(io, options.output, text);
      if (unreadable > 0)
        throw new UsageError(
          `${unreadable === 1 ? 'one file or folder' : `${unreadable} files or folders`} could not be read (above); the rest were reviewed`,
        );
    });
}
