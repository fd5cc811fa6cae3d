import { createHash } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  openSync,
  fstatSync,
  readSync,
  closeSync,
  renameSync,
  writeFileSync,
} from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { cardPath } from '../views/paths.ts';
import type { CardData, CardJob } from './card-data.ts';

/** Bump when the card design changes, so cached PNGs are not reused. */
const DESIGN_VERSION = 5; // 5: palette PNG

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

type WorkerMessage = { id: number; png?: Uint8Array; error?: string };

/** Worker threads drawing the cards a cache lacks, one card in flight per worker. */
class CardPool {
  readonly #toDraw: readonly CardJob[];
  readonly #cacheDir: string;
  readonly #pool: Worker[] = [];
  readonly #settle: PromiseWithResolvers<number>;
  #next = 0;
  #running = 0;
  #settled = false;

  constructor(toDraw: readonly CardJob[], cacheDir: string) {
    this.#toDraw = toDraw;
    this.#cacheDir = cacheDir;
    this.#settle = Promise.withResolvers<number>();
    if (toDraw.length === 0) this.#finish();
  }

  /** Resolves with the number of workers started once every card is in the cache. */
  get done(): Promise<number> {
    return this.#settle.promise;
  }

  add(count: number): void {
    for (let i = 0; i < count && !this.#settled && this.#next < this.#toDraw.length; i++)
      this.#spawn();
  }

  #finish(): void {
    this.#settled = true;
    this.#settle.resolve(this.#pool.length);
  }

  #fail(e: Error): void {
    if (this.#settled) return;
    this.#settled = true;
    void Promise.all(this.#pool.map((w) => w.terminate())).then(() => this.#settle.reject(e));
  }

  #spawn(): void {
    const worker = new Worker(new URL('./card-worker.ts', import.meta.url), {
      // A small young generation is collected often, and with it resvg's pixel buffers, which
      // V8 does not count: half the worker's peak memory, and no slower.
      resourceLimits: { maxYoungGenerationSizeMb: 16 },
    });
    this.#pool.push(worker);
    this.#running++;
    let retired = false;
    const send = () => {
      if (this.#settled) return;
      const id = this.#next;
      if (id < this.#toDraw.length) {
        this.#next++;
        return worker.postMessage({ id, data: this.#toDraw[id]!.data });
      }
      retired = true;
      this.#running--;
      void worker.terminate();
      if (this.#running === 0) this.#finish();
    };
    worker.on('message', (msg: WorkerMessage) => {
      const job = this.#toDraw[msg.id]!;
      if (msg.error || !msg.png) return this.#fail(new Error(`card ${job.page}: ${msg.error}`));
      writeAtomically(cachedPath(this.#cacheDir, job), msg.png);
      send();
    });
    worker.on('error', (e: Error) => this.#fail(e));
    worker.on('exit', (code) => {
      if (!retired) this.#fail(new Error(`card worker stopped early (exit code ${code})`));
    });
    send();
  }
}

/** Writes to a temporary name and renames: a build killed mid-write leaves no truncated card. */
function writeAtomically(path: string, bytes: Uint8Array): void {
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, bytes);
  renameSync(temporary, path);
}

/** A cached card is reused only if it is a whole PNG: its signature first, the IEND chunk last. */
function isWholePng(path: string): boolean {
  if (!existsSync(path)) return false;
  const fd = openSync(path, 'r');
  try {
    const { size } = fstatSync(fd);
    if (size < 20) return false;
    const head = Buffer.alloc(8);
    const tail = Buffer.alloc(8);
    readSync(fd, head, 0, 8, 0);
    readSync(fd, tail, 0, 8, size - 8);
    return head.equals(PNG_SIGNATURE) && tail.subarray(0, 4).toString('latin1') === 'IEND';
  } finally {
    closeSync(fd);
  }
}
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

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
  const toDraw = jobs.filter((job) => !isWholePng(cachedPath(cacheDir, job)));
  const pool = new CardPool(toDraw, cacheDir);
  pool.add(Math.max(1, workers));
  const done = pool.done.then((startedWorkers) => ({
    total: jobs.length,
    rendered: toDraw.length,
    cached: jobs.length - toDraw.length,
    seconds: (performance.now() - started) / 1000,
    workers: startedWorkers,
  }));
  return { done, addWorkers: (count) => pool.add(count) };
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
