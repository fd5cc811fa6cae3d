import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readlinkSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// Stopping a build half-way (Ctrl-C, or SIGTERM from a scheduler or CI) must stop everything it
// started and leave the live site as it was, with nothing half-written served.
const work = mkdtempSync(join(tmpdir(), 'mb-interrupt-'));
const data = join(work, 'data');
const out = join(work, 'dist');
const store = `${out}.publications`;
const env = {
  ...process.env,
  MINHBACH_DATA: data,
  MINHBACH_OUT: out,
  // A cold card cache of its own: the workers are busy drawing when the signal comes.
  MINHBACH_CARD_CACHE: join(work, 'cards'),
};
afterAll(() => rmSync(work, { recursive: true, force: true }));

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const alive = (pgid: number) => {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
};

/** Starts a build in its own process group, waits until it is writing the new publication. */
async function startBuild(command: string, args: string[]) {
  const child = spawn(command, args, { env, detached: true, stdio: 'ignore' });
  const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
  for (let i = 0; i < 600; i++) {
    const partial = readdirSync(store).find((e) => /^\d{8}-\d{6}.*\.partial$/.test(e));
    if (partial && readdirSync(join(store, partial)).length > 0) break;
    await sleep(50);
  }
  await sleep(300); // Astro and the card workers are running now
  return { pid: child.pid!, exited };
}

async function expectStoppedCleanly(pgid: number, exited: Promise<number | null>, live: string) {
  expect(await exited).not.toBe(0);
  // Up to 20 s: on a loaded machine the card workers take seconds to wind down; what matters is
  // that every process of the build ends by itself, not how fast.
  for (let i = 0; i < 400 && alive(pgid); i++) await sleep(50);
  expect(alive(pgid), 'a process of the build is still running').toBe(false);
  expect(readlinkSync(out)).toBe(live);
  expect(readdirSync(store).filter((e) => e.endsWith('.partial'))).toEqual([]);
  expect(readdirSync(join(store, 'history')).filter((e) => e.endsWith('.partial'))).toEqual([]);
  expect(existsSync(join(store, 'lock'))).toBe(false);
  expect(existsSync(join(out, 'index.html'))).toBe(true);
}

describe('stopping a build', { timeout: 240_000 }, () => {
  let live = '';

  it('a first publication to protect', () => {
    const sample = spawnSync(
      process.execPath,
      ['scripts/generate-sample.ts', '--profile', 'test', '--out', data],
      { env },
    );
    expect(sample.status).toBe(0);
    cpSync('data/tasks/31.csv', join(data, 'tasks/31.csv'));
    const shared = {
      ...env,
      MINHBACH_CARD_CACHE: process.env.MINHBACH_CARD_CACHE ?? env.MINHBACH_CARD_CACHE,
    };
    const first = spawnSync(process.execPath, ['scripts/build.ts'], {
      env: shared,
      encoding: 'utf8',
    });
    expect(first.status, first.stderr).toBe(0);
    live = readlinkSync(out);
  });

  it('SIGTERM to `npm run build` stops Astro and the card workers; the live site is unchanged', async () => {
    rmSync(env.MINHBACH_CARD_CACHE, { recursive: true, force: true });
    const { pid, exited } = await startBuild('npm', ['run', 'build', '--', '--force']);
    process.kill(pid, 'SIGTERM'); // npm only, as a scheduler or CI would
    await expectStoppedCleanly(pid, exited, live);
  });

  it('Ctrl-C (SIGINT to the whole process group) does the same', async () => {
    rmSync(env.MINHBACH_CARD_CACHE, { recursive: true, force: true });
    const { pid, exited } = await startBuild(process.execPath, ['scripts/build.ts', '--force']);
    process.kill(-pid, 'SIGINT');
    await expectStoppedCleanly(pid, exited, live);
  });

  it('the next build completes and switches', () => {
    const next = spawnSync(process.execPath, ['scripts/build.ts', '--force'], {
      env: {
        ...env,
        MINHBACH_CARD_CACHE: process.env.MINHBACH_CARD_CACHE ?? env.MINHBACH_CARD_CACHE,
      },
      encoding: 'utf8',
    });
    expect(next.status, next.stderr).toBe(0);
    expect(readlinkSync(out)).not.toBe(live);
  });
});
