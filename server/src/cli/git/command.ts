import * as path from 'node:path';
import { Option, type Command } from 'commander';
import { Engine, NodeFileSystem } from '../../engine/node';
import type { CliIo } from '../io';
import { formatImpact, impact } from './impact';
import { engineAtRevision } from './snapshot';

/** `placeshaper impact --since REF`: what changed in the drafts and the register of facts, and who depends on it. */
export function registerImpactCommand(program: Command, io: CliIo): void {
  program
    .command('impact')
    .description(
      'list the ids, visions, periods and facts of the register that changed since a git revision, and every draft, target, objective and reference that depends on them',
    )
    .argument('[folder]', 'the workspace folder (default: the current folder)')
    .requiredOption('--since <revision>', 'the git revision to compare the working tree with (e.g. main, HEAD~1, a tag)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
    .action(async (folder: string | undefined, options: { since: string; format: 'text' | 'json' }) => {
      const root = path.resolve(io.cwd, folder ?? '.');
      const before = await engineAtRevision(root, options.since);
      const after = new Engine({ host: new NodeFileSystem(), root });
      const changes = impact(before, after, root);
      io.stdout(
        options.format === 'json'
          ? JSON.stringify({ since: options.since, changes }, null, 2) + '\n'
          : formatImpact(changes, options.since),
      );
    });
}
