import { spawn, spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  readlinkSync,
  statSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordedIds } from '../../src/lib/publish/history-fs.ts';
import { dirReader } from '../../src/lib/publish/readers-fs.ts';
import { PublicationStore } from '../../src/lib/publish/store-fs.ts';
import { verifySite } from '../../src/lib/publish/verify.ts';

// The record of publications against every fault: a kill at each rename and write step of a
// publish, damaged history files, a lost history. Test profile, one page instead of Astro's
// (tests/support/quick-publish.ts) so that the forty-odd publishes stay quick.
const work = mkdtempSync(join(tmpdir(), 'mb-record-'));
const cards = process.env.MINHBACH_CARD_CACHE ?? join(work, 'cards');
const dataA = join(work, 'data-a');
const dataB = join(work, 'data-b');
const base = join(work, 'base'); // two publications of A: the state every case starts from
afterAll(() => rmSync(work, { recursive: true, force: true }), 120_000);

/** A publishing run in a child process (asynchronous: the test's own HTTP server must answer). */
function publish(dir: string, data: string, args: string[] = [], env: Record<string, string> = {}) {
  const child = spawn(
    process.execPath,
    ['tests/support/quick-publish.ts', join(dir, 'dist'), data, ...args],
    { env: { ...process.env, MINHBACH_CARD_CACHE: cards, MINHBACH_SITE_URL: '', ...env } },
  );
  let out = '';
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (out += d));
  return new Promise<{ status: number | null; signal: string | null; out: string }>((r) =>
    child.on('close', (status, signal) => r({ status, signal, out })),
  );
}

/** A fresh copy of the base state (the live link is relative: it survives the copy). */
function fresh(name: string): string {
  const dir = join(work, name);
  cpSync(base, dir, { recursive: true, verbatimSymlinks: true });
  return dir;
}

const liveOf = (dir: string) => new PublicationStore(join(dir, 'dist')).live();

/** Live site and history agree: the live one recorded last, the chain whole, nothing left over. */
async function expectAgreement(dir: string, mustHave: string[]) {
  const store = new PublicationStore(join(dir, 'dist'));
  const ids = recordedIds(store);
  expect(ids[0]).toBe(store.live());
  for (const id of mustHave) expect(ids, `publication ${id} lost`).toContain(id);
  const report = await verifySite(dirReader(join(dir, 'dist')));
  expect(report.problems).toEqual([]);
  expect(report.mismatched).toEqual([]);
  expect(report.missing).toEqual([]);
  expect(report.chain).toBe(ids.length);
  const left = readdirSync(store.root).filter((e) => e.includes('.partial') || e === 'incoming');
  expect(left).toEqual([]);
  expect(readdirSync(store.history()).filter((e) => e.includes('.'))).toEqual([]);
  expect(readdirSync(dir).filter((e) => e.includes('.switch-'))).toEqual([]);
  for (const id of store.kept()) expect(ids, `never-live publication ${id} kept`).toContain(id);
  // History files share no storage with anything a later run writes: no hard links.
  for (const id of ids)
    for (const name of readdirSync(store.history(id)))
      expect(statSync(join(store.history(id), name)).nlink, `history/${id}/${name}`).toBe(1);
}

/** `npm run verify` as anyone runs it. */
function verify(target: string) {
  const child = spawn(process.execPath, ['scripts/verify.ts', target]);
  let out = '';
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (out += d));
  return new Promise<{ status: number | null; out: string }>((r) =>
    child.on('close', (status) => r({ status, out })),
  );
}

/** A zip of a site folder, as someone would download a copy. */
function zipSite(dir: string, to: string): string {
  const files: Record<string, Uint8Array> = {};
  for (const e of readdirSync(dir, { recursive: true, withFileTypes: true }))
    if (e.isFile()) {
      const path = join(e.parentPath, e.name);
      files[`site/${relative(dir, path)}`] = readFileSync(path);
    }
  writeFileSync(to, zipSync(files, { level: 1 }));
  return to;
}

/** Changes one byte of a file, in place. */
function flipByte(path: string): void {
  const bytes = readFileSync(path);
  const i = bytes.length >> 1;
  bytes[i] = bytes[i]! ^ 1;
  writeFileSync(path, bytes);
}

describe('the record survives every fault', { timeout: 900_000 }, () => {
  let steps: string[] = [];
  let before: string[] = [];

  beforeAll(async () => {
    for (const data of [dataA, dataB]) {
      const r = spawnSync(process.execPath, [
        'scripts/generate-sample.ts',
        '--profile',
        'test',
        '--out',
        data,
      ]);
      expect(r.status).toBe(0);
    }
    const dataset = JSON.parse(readFileSync(join(dataB, 'dataset.json'), 'utf8'));
    writeFileSync(
      join(dataB, 'dataset.json'),
      JSON.stringify({ ...dataset, publishedAt: '2026-12-21' }),
    );
    mkdirSync(base);
    expect((await publish(base, dataA)).status).toBe(0);
    expect((await publish(base, dataA, ['--force'])).status).toBe(0);
    before = recordedIds(new PublicationStore(join(base, 'dist')));
    expect(before).toHaveLength(2);
  }, 300_000);

  it('a publish goes through its rename and write steps in order', async () => {
    const dir = fresh('steps');
    const log = join(work, 'steps.log');
    expect((await publish(dir, dataB, [], { MINHBACH_FAULT_LOG: log })).status).toBe(0);
    steps = readFileSync(log, 'utf8').trim().split('\n');
    expect(steps).toEqual(
      expect.arrayContaining([
        'record: manifest.json copied',
        'switch: publication renamed',
        'switch: new link written',
        'switch: live link replaced',
        'record: committed',
      ]),
    );
    expect(steps.some((s) => s.startsWith('prune: archive of'))).toBe(true);
  });

  it('killed at each step, the next run ends with live site and history in agreement, no publication lost', async () => {
    // The copies into the unfinished record are one step repeated per file: killed after the
    // first and after the last; every rename and every other write is killed at.
    const copies = steps.flatMap((s, i) => (s.endsWith(' copied') ? [i] : []));
    const points = steps
      .map((step, i) => [i, step] as const)
      .filter(([i]) => !copies.includes(i) || i === copies[0] || i === copies.at(-1));
    expect(points.length).toBeGreaterThanOrEqual(7);
    for (const [i, step] of points) {
      const dir = fresh(`kill-${i + 1}`);
      const killed = await publish(dir, dataB, [], { MINHBACH_FAULT_AT: String(i + 1) });
      expect(killed.signal, `${step}: ${killed.out}`).toBe('SIGKILL');
      const wentLive = liveOf(dir)!;
      const next = await publish(dir, dataB);
      expect(next.status, `after a kill at "${step}": ${next.out}`).toBe(0);
      await expectAgreement(dir, [...before, wentLive]);
      expect(recordedIds(new PublicationStore(join(dir, 'dist'))), step).toHaveLength(3);
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a full disk at a write step: a clear message, exit 1, nothing half-written, the live site unchanged', async () => {
    for (const step of ['record: quan-sat.parquet copied', 'switch: publication renamed']) {
      const dir = fresh(`enospc-${steps.indexOf(step)}`);
      const r = await publish(dir, dataB, [], {
        MINHBACH_FAULT: 'enospc',
        MINHBACH_FAULT_AT: String(steps.indexOf(step) + 1),
      });
      expect(r.status, r.out).toBe(1);
      expect(r.out).toContain('the disk is full');
      expect(liveOf(dir)).toBe(before[0]);
      await expectAgreement(dir, before);
    }
  });

  it('a damaged history file stops the run, naming the publication and the file; nothing re-certified', async () => {
    const dir = fresh('damaged');
    const file = join(dir, 'dist.publications/history', before[1]!, 'quan-sat.parquet');
    truncateSync(file, 100);
    const r = await publish(dir, dataB);
    expect(r.status, r.out).toBe(4);
    expect(r.out).toContain(`history/${before[1]}/quan-sat.parquet`);
    expect(r.out).toContain(`publication ${before[1]}`);
    expect(liveOf(dir)).toBe(before[0]);
    const report = JSON.parse(
      readFileSync(join(dir, 'dist.publications/failures/latest.json'), 'utf8'),
    );
    expect(report.stage).toBe('history');
  });

  it('a damaged latest manifest, or one not in the chain, is named too', async () => {
    const dir = fresh('manifest');
    const manifest = join(dir, 'dist.publications/history', before[0]!, 'manifest.json');
    writeFileSync(manifest, readFileSync(manifest, 'utf8').slice(0, 200));
    const r = await publish(dir, dataB);
    expect(r.status, r.out).toBe(4);
    expect(r.out).toContain(`history/${before[0]}/manifest.json`);
  });

  it('a lost history is restored from the live publication: the next one is not "first"', async () => {
    const dir = fresh('lost');
    rmSync(join(dir, 'dist.publications/history'), { recursive: true });
    const r = await publish(dir, dataB);
    expect(r.status, r.out).toBe(0);
    expect(r.out).toContain('history restored from dist');
    expect(r.out).not.toContain('first publication');
    await expectAgreement(dir, before);
  });

  it('npm run verify passes on an intact site and its zip, and fails on one changed byte, naming the file', async () => {
    const dir = fresh('verify');
    const site = readlinkSync(join(dir, 'dist')).startsWith('/')
      ? join(dir, 'dist')
      : join(dir, readlinkSync(join(dir, 'dist')));
    const intact = await verify(join(dir, 'dist'));
    expect(intact.status, intact.out).toBe(0);
    expect(intact.out).toMatch(/files in the manifest: \d{3,}/);
    expect(intact.out).toContain('Khác bản kê / mismatched: 0');
    expect(intact.out).toContain('chain: 2 lần công bố / publications back to the first');
    const zip = zipSite(site, join(work, 'site.zip'));
    const zipped = await verify(zip);
    expect(zipped.status, zipped.out).toBe(0);
    flipByte(join(site, 'tai-ve/trang-thai.csv'));
    const changed = await verify(join(dir, 'dist'));
    expect(changed.status, changed.out).toBe(1);
    expect(changed.out).toContain('mismatched: 1');
    expect(changed.out).toContain('✖ /tai-ve/trang-thai.csv');
    const changedZip = await verify(zipSite(site, join(work, 'changed.zip')));
    expect(changedZip.status, changedZip.out).toBe(1);
    expect(changedZip.out).toContain('✖ /tai-ve/trang-thai.csv');
    // An earlier publication's manifest altered: the chain breaks there.
    const earlier = join(site, 'cong-bo', before[1]!, 'manifest.json');
    writeFileSync(earlier, readFileSync(earlier, 'utf8').replace('"id"', '"id" '));
    const broken = await verify(join(dir, 'dist'));
    expect(broken.status).toBe(1);
    expect(broken.out).toContain(`broken chain: /cong-bo/${before[1]}/manifest.json`);
  });

  describe('from the live site on the web (MINHBACH_SITE_URL)', () => {
    let server: Server;
    let url = '';
    let root = '';
    beforeAll(async () => {
      root = join(fresh('served'), 'dist');
      server = createServer((req, res) => {
        const path = join(root, decodeURIComponent(new URL(req.url!, 'http://x').pathname));
        if (!path.startsWith(root) || !existsSync(path) || !path.split('/').at(-1)!.includes('.'))
          return void res.writeHead(404).end();
        res.writeHead(200).end(readFileSync(path));
      });
      await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
      const address = server.address();
      url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`;
    });
    afterAll(() => server.close());

    it('a run with no history at all (a new machine, an evicted cache) restores it from the site', async () => {
      const dir = join(work, 'ci');
      mkdirSync(dir);
      const r = await publish(dir, dataB, [], { MINHBACH_SITE_URL: url });
      expect(r.status, r.out).toBe(0);
      expect(r.out).toContain(`history restored from ${url}`);
      expect(recordedIds(new PublicationStore(join(dir, 'dist')))).toEqual(
        expect.arrayContaining(before),
      );
      await expectAgreement(dir, before);
    });

    it('npm run verify checks the site over HTTP', async () => {
      const r = await verify(url);
      expect(r.status, r.out).toBe(0);
      expect(r.out).toContain('RESULT: OK');
    });

    it('a damaged file on the site stops the restore, named', async () => {
      const dir = join(work, 'ci-damaged');
      mkdirSync(dir);
      const file = join(root, 'cong-bo', before[1]!, 'trang-thai.parquet');
      const good = readFileSync(file);
      writeFileSync(file, Buffer.concat([good, Buffer.from('x')]));
      try {
        const r = await publish(dir, dataB, [], { MINHBACH_SITE_URL: url });
        expect(r.status, r.out).toBe(4);
        expect(r.out).toContain(`/cong-bo/${before[1]}/trang-thai.parquet`);
      } finally {
        writeFileSync(file, good);
      }
    });

    it('a site with no publication: refused unless --first', async () => {
      const dir = join(work, 'new-site');
      mkdirSync(dir);
      const empty = `${url}nothing-here/`;
      const refused = await publish(dir, dataA, [], { MINHBACH_SITE_URL: empty });
      expect(refused.status, refused.out).toBe(4);
      expect(refused.out).toContain('--first');
      expect(existsSync(join(dir, 'dist'))).toBe(false);
      const first = await publish(dir, dataA, ['--first'], { MINHBACH_SITE_URL: empty });
      expect(first.status, first.out).toBe(0);
      expect(first.out).toContain('first publication');
    });

    it('--first never makes a publication "first" when an earlier manifest is known', async () => {
      const dir = join(work, 'not-first');
      mkdirSync(dir);
      const r = await publish(dir, dataB, ['--first'], { MINHBACH_SITE_URL: url });
      expect(r.status, r.out).toBe(0);
      expect(r.out).not.toContain('first publication');
    });
  });
});
