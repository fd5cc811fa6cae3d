import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { cardPath } from '../views/paths.ts';
import type { CardData, CardJob } from './card-data.ts';

/** Bump when the card design changes, so cached PNGs are not reused. */
const DESIGN_VERSION = 4;

export const cardHash = (data: CardData): string =>
  createHash('sha256')
    .update(JSON.stringify([DESIGN_VERSION, data]))
    .digest('hex')
    .slice(0, 32);

export interface CardStats {
  total: number;
  rendered: number;
  cached: number;
  seconds: number;
  /** Worker threads started. */
  workers: number;
}

export interface Drawing {
  /** Settles when every card is in the cache, or with the first card that failed. */
  done: Promise<CardStats>;
  /** Starts more workers on the cards still waiting, e.g. once the page build frees its core. */
  addWorkers(count: number): void;
}

const cachedPath = (cacheDir: string, job: CardJob) => join(cacheDir, `${cardHash(job.data)}.png`);

/**
 * Draws into the cache every card whose content hash is not there yet, in worker threads that
 * take one card at a time. It needs no output folder, so it can run while Astro builds the pages.
 * One card in flight per worker is deliberate: resvg frees its pixels in finalizers that run
 * between event-loop turns, and a worker fed back to back piles up memory and slows to half speed.
 */
export function startDrawing(
  jobs: readonly CardJob[],
  cacheDir: string,
  workers = availableParallelism(),
): Drawing {
  const started = performance.now();
  mkdirSync(cacheDir, { recursive: true });
  const toDraw = jobs.filter((job) => !existsSync(cachedPath(cacheDir, job)));
  const pool: Worker[] = [];
  let next = 0;
  let running = 0;
  let settled = false;
  const { promise: done, resolve, reject } = Promise.withResolvers<CardStats>();
  const stats = (): CardStats => ({
    total: jobs.length,
    rendered: toDraw.length,
    cached: jobs.length - toDraw.length,
    seconds: (performance.now() - started) / 1000,
    workers: pool.length,
  });
  const fail = (e: Error) => {
    if (settled) return;
    settled = true;
    void Promise.all(pool.map((w) => w.terminate())).then(() => reject(e));
  };

  const spawn = () => {
    const worker = new Worker(new URL('./card-worker.ts', import.meta.url));
    pool.push(worker);
    running++;
    let retired = false;
    const send = () => {
      if (settled) return;
      if (next < toDraw.length) return worker.postMessage({ id: next, data: toDraw[next++]!.data });
      retired = true;
      running--;
      void worker.terminate();
      if (running === 0) {
        settled = true;
        resolve(stats());
      }
    };
    worker.on('message', (msg: { id: number; png?: Uint8Array; error?: string }) => {
      const job = toDraw[msg.id]!;
      if (msg.error || !msg.png) return fail(new Error(`card ${job.page}: ${msg.error}`));
      writeFileSync(cachedPath(cacheDir, job), msg.png);
      send();
    });
    worker.on('error', fail);
    worker.on(
      'exit',
      (code) => retired || fail(new Error(`card worker stopped early (exit code ${code})`)),
    );
    send();
  };
  const addWorkers = (count: number) => {
    for (let i = 0; i < count && !settled && next < toDraw.length; i++) spawn();
  };

  if (toDraw.length === 0) {
    settled = true;
    resolve(stats());
  } else addWorkers(Math.max(1, workers));
  return { done, addWorkers };
}

/** Copies every card from the cache into `outDir`, at cardPath(page). */
export function placeCards(jobs: readonly CardJob[], outDir: string, cacheDir: string): void {
  for (const job of jobs) {
    const target = join(outDir, cardPath(job.page));
    mkdirSync(dirname(target), { recursive: true });
    copyFileSync(cachedPath(cacheDir, job), target);
  }
}

/** Draws what the cache lacks on every core, then writes every card into `outDir`. */
export async function renderCards(
  jobs: readonly CardJob[],
  outDir: string,
  cacheDir: string,
): Promise<CardStats> {
  const stats = await startDrawing(jobs, cacheDir).done;
  placeCards(jobs, outDir, cacheDir);
  return stats;
}
