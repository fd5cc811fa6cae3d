import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { placeCards, startDrawing } from '../cards/render-cards-fs.ts';
import { validate } from '../ingest/validate-fs.ts';
import type { Model } from '../model/types.ts';
import type { BuildEffects } from './build.ts';

/**
 * A full garbage collection. V8 grows the heap lazily after a million rows are read and lets go
 * of it just as lazily; collecting between stages lowers the build's peak memory by a third.
 */
function collectGarbage(): void {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
}

/** The build's effects on the file system; the page renderer (Astro) is handed in. */
export function fileEffects(options: {
  cardCache: string;
  renderPages: (model: Model, dir: string) => Promise<void>;
}): BuildEffects {
  return {
    load: (config) =>
      validate({
        dataDir: config.dataDir,
        contentDir: config.contentDir,
        maxFileMb: config.maxFileMb,
      }),
    stage: (outDir) => {
      const staging = `${outDir}.staging`;
      rmSync(staging, { recursive: true, force: true });
      return staging;
    },
    renderPages: options.renderPages,
    drawCards: (jobs, workers) => startDrawing(jobs, options.cardCache, workers),
    placeCards: (jobs, dir) => placeCards(jobs, dir, options.cardCache),
    writeFile: (dir, path, content) => {
      const target = join(dir, path);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, content);
    },
    publish: (staging, outDir) => {
      const previous = `${outDir}.previous`;
      rmSync(previous, { recursive: true, force: true });
      if (existsSync(outDir)) renameSync(outDir, previous);
      renameSync(staging, outDir);
      rmSync(previous, { recursive: true, force: true });
    },
    discard: (staging) => rmSync(staging, { recursive: true, force: true }),
    log: (message) => console.log(message),
    error: (message) => console.error(message),
    now: () => performance.now(),
    release: collectGarbage,
  };
}
