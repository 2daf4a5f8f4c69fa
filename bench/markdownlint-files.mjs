// markdownlint (default rules) over the files named on the command line: the CLI baseline.
import { lint } from 'markdownlint/promise';

const results = await lint({ files: process.argv.slice(2) });
let problems = 0;
for (const list of Object.values(results)) problems += list.length;
process.stdout.write(`${problems} problems\n`);
