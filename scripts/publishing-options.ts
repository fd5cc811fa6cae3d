// What `npm run build` and `npm run publish` share: their common flags and the environment.
import './env.ts';
import { renderPages } from '../src/astro/render.ts';
import type { RunOptions } from '../src/lib/publish/run-fs.ts';

export const publishingFlags = {
  'publish-valid-rows': { type: 'boolean', default: false },
  force: { type: 'boolean', default: false },
  keep: { type: 'string', default: process.env.MINHBACH_KEEP ?? '5' },
} as const;

export const publishingOptions = (values: {
  'publish-valid-rows': boolean;
  force: boolean;
  keep: string;
}): Omit<RunOptions, 'data'> => ({
  outDir: process.env.MINHBACH_OUT ?? 'dist',
  cardCache: process.env.MINHBACH_CARD_CACHE ?? '.cache/cards',
  renderPages,
  publishValidRows: values['publish-valid-rows'],
  maxFileMb: Number(process.env.MINHBACH_MAX_FILE_MB ?? 50),
  siteUrl: process.env.MINHBACH_SITE_URL,
  force: values.force,
  keep: Number(values.keep),
});
