import * as path from 'node:path';
import { Option, type Command } from 'commander';
import { Engine, matrixCsv, matrixHtml, matrixJson, matrixMarkdown, matrixReport, NodeFileSystem } from '../../engine/node';
import type { CliIo } from '../io';
import { UsageError } from '../io';
import { writeOutput } from '../output';

const FORMATS = ['md', 'csv', 'html', 'json'] as const;

/** `placeshaper matrix [folder]`: the traceability matrix of a workspace and its gaps. */
export function registerMatrixCommand(program: Command, io: CliIo): void {
  program
    .command('matrix')
    .description(
      'print the alignment matrix: each SCS priority and the objectives, housing priorities, LAA targets and evidence that deliver it, with the gaps, and the facts of the register each draft relies on',
    )
    .argument('[folder]', 'the workspace folder (default: the current folder)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(FORMATS).default('md'))
    .option('-o, --output <file>', 'write to a file instead of standard output')
    .addHelpText(
      'after',
      `
Gaps: a priority delivered by nothing; a spatial priority no Core Strategy objective delivers.
References to priorities an SCS does not have are listed separately.
The html format is a self-contained page; json follows the same structure as the other formats.`,
    )
    .action((folder: string | undefined, options: { format: (typeof FORMATS)[number]; output?: string }) => {
      const root = path.resolve(io.cwd, folder ?? '.');
      const engine = new Engine({ host: new NodeFileSystem(), root });
      if (!engine.workspace.files().length && !new NodeFileSystem().readDirectory(root).length)
        throw new UsageError(`${folder ?? '.'}: no such folder, or it is empty`);
      const report = matrixReport(engine, root);
      const text =
        options.format === 'csv'
          ? matrixCsv(report)
          : options.format === 'html'
            ? matrixHtml(report)
            : options.format === 'json'
              ? matrixJson(report)
              : matrixMarkdown(report);
      writeOutput(io, options.output, text);
    });
}
