// Validates every input, builds the site into a fresh folder, and only then swaps it into
// place: a failed validation or build leaves the last good publication in dist/ untouched.
// Usage: npm run build -- [--publish-valid-rows]
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { renderPages } from '../src/astro/render.ts';
import { build } from '../src/lib/build/build.ts';
import { fileEffects } from '../src/lib/build/effects-fs.ts';

const { values } = parseArgs({
  options: { 'publish-valid-rows': { type: 'boolean', default: false } },
});
const outcome = await build(
  {
    dataDir: process.env.MINHBACH_DATA ?? 'data',
    contentDir: 'content',
    outDir: process.env.MINHBACH_OUT ?? 'dist',
    publishValidRows: values['publish-valid-rows'],
    maxFileMb: Number(process.env.MINHBACH_MAX_FILE_MB ?? 50),
    siteUrl: process.env.MINHBACH_SITE_URL,
    cores: availableParallelism(),
  },
  fileEffects({ cardCache: process.env.MINHBACH_CARD_CACHE ?? '.cache/cards', renderPages }),
);
process.exit(outcome.ok ? 0 : 1);
