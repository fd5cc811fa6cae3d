// Publishes from a source: a data folder, a .zip of one, or an http(s) URL of a zip (or of one
// export file added to a base folder). Fetches it into a fresh folder, validates, builds a new
// publication, compares it with the previous one (changes page, feeds, revisions), and switches
// the live site atomically, keeping the last N publications. A failed run leaves the live site
// as it was and writes a failure report; a run on unchanged data publishes nothing new.
// Usage: npm run publish -- --source DIR|FILE.zip|URL [--base DIR --as exports/22/x.csv]
//        [--keep N] [--force] [--publish-valid-rows] [--max-source-mb N]
import './env.ts';
import { parseArgs } from 'node:util';
import { runPublication } from '../src/lib/publish/run-fs.ts';
import { publishingFlags, publishingOptions } from './publishing-options.ts';

const { values } = parseArgs({
  options: {
    ...publishingFlags,
    source: { type: 'string', default: process.env.MINHBACH_SOURCE },
    base: { type: 'string' },
    as: { type: 'string' },
    'max-source-mb': { type: 'string', default: '500' },
  },
});
if (!values.source) {
  console.error('Thiếu nguồn / missing --source (a folder, a .zip, or an http(s) URL)');
  process.exit(2);
}
process.exitCode = await runPublication({
  ...publishingOptions(values),
  data: {
    source: values.source,
    base: values.base,
    as: values.as,
    maxMb: Number(values['max-source-mb']),
  },
});
process.exit();
