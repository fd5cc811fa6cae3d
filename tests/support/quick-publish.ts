// A publishing run as `npm run build` does it, with one page instead of Astro's: for the tests
// that run many publishes (the fault matrix), where what matters is the record, not the pages.
// Usage: node tests/support/quick-publish.ts OUT DATA [--force] [--first] [--keep N]
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { runPublication } from '../../src/lib/publish/run-fs.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    force: { type: 'boolean', default: false },
    first: { type: 'boolean', default: false },
    keep: { type: 'string', default: '2' },
  },
});
const [out, data] = positionals;
process.exitCode = await runPublication({
  outDir: out!,
  cardCache: process.env.MINHBACH_CARD_CACHE ?? '.cache/cards',
  renderPages: async (model, dir) => {
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'index.html'), `<!doctype html><title>${model.asOf}</title>\n`);
  },
  publishValidRows: false,
  maxFileMb: 50,
  siteUrl: process.env.MINHBACH_SITE_URL || undefined,
  force: values.force,
  first: values.first,
  keep: Number(values.keep),
  data: { dir: data! },
});
process.exit();
