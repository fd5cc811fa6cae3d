// Publishes from a source: a data folder, a .zip of one, or an http(s) URL of a zip (or of one
// export file added to a base folder). Fetches it into a fresh folder, validates, builds a new
// publication, compares it with the previous one (changes page, feeds, revisions), and switches
// the live site atomically, keeping the last N publications. A failed run leaves the live site
// as it was and writes a failure report; a run on unchanged data publishes nothing new.
// Usage: npm run publish -- --source DIR|FILE.zip|URL [--base DIR --as exports/22/x.csv]
//        [--keep N] [--force] [--publish-valid-rows] [--max-source-mb N]
import { parseArgs } from 'node:util';
import { renderPages } from '../src/astro/render.ts';
import { runPublication } from '../src/lib/publish/run-fs.ts';

const { values } = parseArgs({
  options: {
    source: { type: 'string', default: process.env.MINHBACH_SOURCE },
    base: { type: 'string' },
    as: { type: 'string' },
    keep: { type: 'string', default: process.env.MINHBACH_KEEP ?? '5' },
    force: { type: 'boolean', default: false },
    'publish-valid-rows': { type: 'boolean', default: false },
    'max-source-mb': { type: 'string', default: '500' },
  },
});
if (!values.source) {
  console.error('Thiếu nguồn / missing --source (a folder, a .zip, or an http(s) URL)');
  process.exit(2);
}
process.exitCode = await runPublication({
  outDir: process.env.MINHBACH_OUT ?? 'dist',
  cardCache: process.env.MINHBACH_CARD_CACHE ?? '.cache/cards',
  renderPages,
  publishValidRows: values['publish-valid-rows'],
  maxFileMb: Number(process.env.MINHBACH_MAX_FILE_MB ?? 50),
  siteUrl: process.env.MINHBACH_SITE_URL,
  force: values.force,
  keep: Number(values.keep),
  data: {
    source: values.source,
    base: values.base,
    as: values.as,
    maxMb: Number(values['max-source-mb']),
  },
});
process.exit();
