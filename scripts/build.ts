// Validates the data folder, builds the site into a new publication and only then switches the
// live site (dist, a symlink) to it in one atomic step: a failed validation or build, or a build
// stopped with Ctrl-C or SIGTERM, leaves the last good publication live. Unchanged data and
// generator publish nothing new (--force rebuilds anyway). The history is checked first (and
// restored from MINHBACH_SITE_URL when missing); --first allows a first publication when the
// live site cannot be asked or has none.
// Usage: npm run build -- [--publish-valid-rows] [--force] [--keep N] [--first]
import './env.ts';
import { runPublication } from '../src/lib/publish/run-fs.ts';
import {
  loadRenderer,
  parseFlags,
  publishingFlags,
  publishingOptions,
} from './publishing-options.ts';

const { values } = parseFlags(publishingFlags);
const options = publishingOptions(values);
process.exitCode = await runPublication({
  ...options,
  renderPages: await loadRenderer(),
  data: { dir: process.env.MINHBACH_DATA ?? 'data' },
});
process.exit();
