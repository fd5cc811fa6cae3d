// Validates the data folder, builds the site into a new publication and only then switches the
// live site (dist, a symlink) to it in one atomic step: a failed validation or build, or a build
// stopped with Ctrl-C or SIGTERM, leaves the last good publication live. Unchanged data and
// generator publish nothing new (--force rebuilds anyway).
// Usage: npm run build -- [--publish-valid-rows] [--force] [--keep N]
import { parseArgs } from 'node:util';
import { renderPages } from '../src/astro/render.ts';
import { runPublication } from '../src/lib/publish/run-fs.ts';

const { values } = parseArgs({
  options: {
    'publish-valid-rows': { type: 'boolean', default: false },
    force: { type: 'boolean', default: false },
    keep: { type: 'string', default: process.env.MINHBACH_KEEP ?? '5' },
  },
});
process.exitCode = await runPublication({
  outDir: process.env.MINHBACH_OUT ?? 'dist',
  cardCache: process.env.MINHBACH_CARD_CACHE ?? '.cache/cards',
  renderPages,
  publishValidRows: values['publish-valid-rows'],
  maxFileMb: Number(process.env.MINHBACH_MAX_FILE_MB ?? 50),
  siteUrl: process.env.MINHBACH_SITE_URL,
  force: values.force,
  keep: Number(values.keep),
  data: { dir: process.env.MINHBACH_DATA ?? 'data' },
});
process.exit();
