// What `npm run build` and `npm run publish` share: their common flags and the environment.
import './env.ts';
import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';
import type { RunOptions } from '../src/lib/publish/run-fs.ts';

export const publishingFlags = {
  'publish-valid-rows': { type: 'boolean', default: false },
  force: { type: 'boolean', default: false },
  first: { type: 'boolean', default: false },
  keep: { type: 'string', default: process.env.MINHBACH_KEEP ?? '5' },
} as const;

/**
 * A number given on the command line or in the environment: a whole number ≥ 1 (or any number
 * > 0); anything else stops the run with exit code 2 before it touches anything ("--keep abc"
 * must not mean "keep nothing", nor "--max-source-mb abc" "no limit").
 */
export function positive(name: string, value: string, whole = true): number {
  const n = Number(value);
  if (value.trim() !== '' && Number.isFinite(n) && n > 0 && (!whole || Number.isInteger(n)))
    return n;
  console.error(
    `${name} ${JSON.stringify(value)}: cần ${whole ? 'một số nguyên ≥ 1' : 'một số > 0'} / expected ${whole ? 'a whole number ≥ 1' : 'a number > 0'}`,
  );
  process.exit(2);
}

/** The command line's flags; a wrong one stops the run with its message and exit code 2. */
export function parseFlags<T extends ParseArgsOptionsConfig>(options: T) {
  try {
    return parseArgs({ options, strict: true });
  } catch (e) {
    console.error(`${(e as Error).message}\nXem / see README (npm run build, npm run publish)`);
    process.exit(2);
  }
}

export const publishingOptions = (values: {
  'publish-valid-rows': boolean;
  force: boolean;
  first: boolean;
  keep: string;
}): Omit<RunOptions, 'data' | 'renderPages'> => ({
  outDir: process.env.MINHBACH_OUT ?? 'dist',
  cardCache: process.env.MINHBACH_CARD_CACHE ?? '.cache/cards',
  publishValidRows: values['publish-valid-rows'],
  maxFileMb: positive('MINHBACH_MAX_FILE_MB', process.env.MINHBACH_MAX_FILE_MB ?? '50', false),
  siteUrl: process.env.MINHBACH_SITE_URL || undefined,
  force: values.force,
  first: values.first,
  keep: positive('--keep', values.keep),
});

/**
 * The page renderer, loaded once the flags are known good (a wrong flag is told at once), and
 * before the run starts: Astro, loaded in the middle of a run, would come after the run's
 * Ctrl-C and SIGTERM handlers.
 */
export const loadRenderer = async () => (await import('../src/astro/render.ts')).renderPages;
