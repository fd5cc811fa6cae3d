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

/**
 * Writes every card into `outDir` (at cardPath(page)). A card whose content hash is in the
 * cache is copied, not drawn; the rest are drawn in parallel, one worker thread per core.
 */
export async function renderCards(jobs: readonly CardJob[], outDir: string, cacheDir: string): Promise<CardStats> {
  const started = performance.now();
  mkdirSync(cacheDir, { recursive: true });
  const toDraw: { job: CardJob; cached: string }[] = [];
  const place = (job: CardJob, cached: string) => {
    const target = join(outDir, cardPath(job.page));
    mkdirSync(dirname(target), { recursive: true });
    copyFileSync(cached, target);
  };
  for (const job of jobs) {
    const cached = join(cacheDir, `${cardHash(job.data)}.png`);
    if (existsSync(cached)) place(job, cached);
    else toDraw.push({ job, cached });
  }
  const workers = Math.max(1, Math.min(availableParallelism(), toDraw.length));
  if (toDraw.length > 0) {
    const pool = Array.from({ length: workers }, () => new Worker(new URL('./card-worker.ts', import.meta.url)));
    let next = 0;
    await Promise.all(
      pool.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const send = () => {
              if (next >= toDraw.length) return resolve();
              worker.postMessage({ id: next, data: toDraw[next++]!.job.data });
            };
            worker.on('message', (msg: { id: number; png?: Uint8Array; error?: string }) => {
              const item = toDraw[msg.id]!;
              if (msg.error || !msg.png) return reject(new Error(`card ${item.job.page}: ${msg.error}`));
              writeFileSync(item.cached, msg.png);
              place(item.job, item.cached);
              send();
            });
            worker.on('error', reject);
            send();
          }),
      ),
    );
    await Promise.all(pool.map((w) => w.terminate()));
  }
  return { total: jobs.length, rendered: toDraw.length, cached: jobs.length - toDraw.length, seconds: (performance.now() - started) / 1000, workers };
}
