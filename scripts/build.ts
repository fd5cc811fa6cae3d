// Validates the data folder, builds the site into a new publication and only then switches the
// live site (dist, a symlink) to it in one atomic step: a failed validation or build, or a build
// stopped with Ctrl-C or SIGTERM, leaves the last good publication live. Unchanged data and
// generator publish nothing new (--force rebuilds anyway).
// Usage: npm run build -- [--publish-valid-rows] [--force] [--keep N]
import './env.ts';
import { parseArgs } from 'node:util';
import { runPublication } from '../src/lib/publish/run-fs.ts';
import { publishingFlags, publishingOptions } from './publishing-options.ts';

const { values } = parseArgs({ options: publishingFlags });
process.exitCode = await runPublication({
  ...publishingOptions(values),
  data: { dir: process.env.MINHBACH_DATA ?? 'data' },
});
process.exit();
