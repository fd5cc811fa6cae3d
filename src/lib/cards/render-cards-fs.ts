import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { cardPath, type CardData, type CardJob } from './card-data.ts';

/** Bump when the card design changes, so cached PNGs are not reused. */
const DESIGN_VERSION = 2;

export const cardHash = (data: CardData): string =>
  createHash('sha256').update(JSON.stringify([DESIGN_VERSION, data])).digest('hex').slice(0, 32);

export interface CardStats {
  total: number;
  rendered: number;
  cached: number;
  seconds: number;
  workers: number;
}

const cachedPath = (cacheDir: string, job: CardJob) => join(cacheDir, `${cardHash(job.data)}.png`);

/**
 * Draws into the cache every card whose content hash is not there yet, in parallel, one worker
 * thread per core. It needs no output folder, so it can run while Astro builds the pages.
 */
export async function drawCards(jobs: readonly CardJob[], cacheDir: string): Promise<CardStats> {
  const started = performance.now();
  mkdirSync(cacheDir, { recursive: true });
  const toDraw = jobs.filter((job) => !existsSync(cachedPath(cacheDir, job)));
  const workers = Math.max(1, Math.min(availableParallelism(), toDraw.length));
  if (toDraw.length > 0) {
    const pool = Array.from({ length: workers }, () => new Worker(new URL('./card-worker.ts', import.meta.url)));
    let next = 0;
    try {
      await Promise.all(
        pool.map(
          (worker) =>
            new Promise<void>((resolve, reject) => {
              const send = () => {
                if (next >= toDraw.length) return resolve();
                worker.postMessage({ id: next, data: toDraw[next++]!.data });
              };
              worker.on('message', (msg: { id: number; png?: Uint8Array; error?: string }) => {
                const job = toDraw[msg.id]!;
                if (msg.error || !msg.png) return reject(new Error(`card ${job.page}: ${msg.error}`));
                writeFileSync(cachedPath(cacheDir, job), msg.png);
                send();
              });
              worker.on('error', reject);
              send();
            }),
        ),
      );
    } finally {
      await Promise.all(pool.map((w) => w.terminate()));
    }
  }
  return { total: jobs.length, rendered: toDraw.length, cached: jobs.length - toDraw.length, seconds: (performance.now() - started) / 1000, workers };
}

/** Copies every card from the cache into `outDir`, at cardPath(page). */
export function placeCards(jobs: readonly CardJob[], outDir: string, cacheDir: string): void {
  for (const job of jobs) {
    const target = join(outDir, cardPath(job.page));
    mkdirSync(dirname(target), { recursive: true });
    copyFileSync(cachedPath(cacheDir, job), target);
  }
}

/** Draws what the cache lacks, then writes every card into `outDir`. */
export async function renderCards(jobs: readonly CardJob[], outDir: string, cacheDir: string): Promise<CardStats> {
  const stats = await drawCards(jobs, cacheDir);
  placeCards(jobs, outDir, cacheDir);
  return stats;
}
