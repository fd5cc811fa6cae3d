// Publishes from a source: a data folder, a .zip of one, or an http(s) URL of a zip (or of one
// export file added to a base folder). Fetches it into a fresh folder, validates, builds a new
// publication, compares it with the previous one (changes page, feeds, revisions), and switches
// the live site atomically, keeping the last N publications. A failed run leaves the live site
// as it was and writes a failure report; a run on unchanged data publishes nothing new.
// Credentials for the source come from the environment (MINHBACH_SOURCE_AUTH="user:password" or
// MINHBACH_SOURCE_TOKEN), never printed; one written in the URL is hidden in every message.
// Usage: npm run publish -- --source DIR|FILE.zip|URL [--base DIR --as exports/22/x.csv]
//        [--keep N] [--force] [--first] [--publish-valid-rows] [--max-source-mb N]
//        [--max-source-seconds N]
import './env.ts';
import { runPublication } from '../src/lib/publish/run-fs.ts';
import {
  loadRenderer,
  parseFlags,
  positive,
  publishingFlags,
  publishingOptions,
} from './publishing-options.ts';

const { values } = parseFlags({
  ...publishingFlags,
  source: { type: 'string', default: process.env.MINHBACH_SOURCE },
  base: { type: 'string' },
  as: { type: 'string' },
  'max-source-mb': { type: 'string', default: '500' },
  'max-source-seconds': { type: 'string', default: '600' },
});
if (!values.source) {
  console.error('Thiếu nguồn / missing --source (a folder, a .zip, or an http(s) URL)');
  process.exit(2);
}
const options = publishingOptions(values);
const data = {
  source: values.source,
  base: values.base,
  as: values.as,
  maxMb: positive('--max-source-mb', values['max-source-mb'], false),
  maxSeconds: positive('--max-source-seconds', values['max-source-seconds'], false),
  auth: process.env.MINHBACH_SOURCE_AUTH || undefined,
  token: process.env.MINHBACH_SOURCE_TOKEN || undefined,
};
process.exitCode = await runPublication({
  ...options,
  renderPages: await loadRenderer(),
  data,
});
process.exit();
