import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { build } from 'astro';
import type { Model } from '../lib/model/types.ts';
import { handModel } from './handoff.ts';

const LOCK = '.astro/render.lock';

const running = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/**
 * One Astro build at a time in a project folder: Astro keeps its work in `.astro/` (and, for an
 * output folder outside the project, its prerendered chunks too), so two builds at once, e.g. two
 * publications to different folders, or tests, would delete each other's files. A lock left by a
 * process that no longer runs is taken over.
 */
async function exclusive<T>(work: () => Promise<T>): Promise<T> {
  mkdirSync('.astro', { recursive: true });
  for (;;) {
    try {
      mkdirSync(LOCK);
      break;
    } catch {
      let holder = 0;
      try {
        holder = Number(readFileSync(`${LOCK}/pid`, 'utf8'));
      } catch {}
      if (holder && !running(holder)) rmSync(LOCK, { recursive: true, force: true });
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  writeFileSync(`${LOCK}/pid`, String(process.pid));
  const release = () => rmSync(LOCK, { recursive: true, force: true });
  process.once('exit', release); // also when the build is stopped by a signal
  try {
    return await work();
  } finally {
    process.off('exit', release);
    release();
  }
}

/** Renders every page of the model into `outDir` with Astro: the build's page renderer. */
export async function renderPages(model: Model, outDir: string): Promise<void> {
  handModel(model);
  await exclusive(() =>
    build({ root: '.', outDir, site: model.dataset.siteUrl, logLevel: 'warn' }),
  );
}
