import { spawn, spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { redactUrl } from '../../src/lib/publish/readers-fs.ts';
import { fetchSource, SourceError } from '../../src/lib/publish/source-fs.ts';
import {
  FAILURE_DATA_KEPT,
  FAILURES_KEPT,
  PublicationStore,
} from '../../src/lib/publish/store-fs.ts';

// Sources with limits, flags checked before anything runs, credentials never shown, the lock
// under concurrent starts, bounded failure reports. Local servers on 127.0.0.1 only.
const work = mkdtempSync(join(tmpdir(), 'mb-limits-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const routes = new Map<string, (req: IncomingMessage, res: ServerResponse) => void>();
const seen: { url: string; authorization?: string | undefined }[] = [];
const server = createServer((req, res) => {
  seen.push({ url: req.url!, authorization: req.headers.authorization });
  const route = routes.get(req.url!);
  if (route) route(req, res);
  else res.writeHead(404).end();
});
let base = '';
beforeAll(async () => {
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const address = server.address();
  base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});
afterAll(() => server.close());

/** Serves `total` bytes in 64 KB chunks, with or without Content-Length; counts what it sent. */
function flood(path: string, total: number, declare: boolean) {
  const sent = { bytes: 0 };
  routes.set(path, (_req, res) => {
    res.writeHead(200, declare ? { 'content-length': String(total) } : {});
    const chunk = Buffer.alloc(65536, 1);
    const write = () => {
      while (sent.bytes < total && !res.destroyed) {
        sent.bytes += chunk.length;
        if (!res.write(chunk)) return void res.once('drain', write);
      }
      res.end();
    };
    res.on('close', () => (sent.bytes = Math.min(sent.bytes, total)));
    write();
  });
  return sent;
}

const into = (name: string) => join(work, name);
const refused = async (p: Promise<unknown>) => {
  const e = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(e).toBeInstanceOf(SourceError);
  return (e as Error).message;
};

describe('a source within limits', () => {
  it('stops a body without Content-Length at the byte limit, while it streams', async () => {
    const sent = flood('/endless', 64 * 1048576, false);
    const message = await refused(fetchSource({ source: `${base}/endless`, maxMb: 1 }, into('a')));
    expect(message).toContain('larger than 1 MB');
    expect(sent.bytes).toBeLessThan(32 * 1048576);
  });

  it('refuses a declared Content-Length over the limit before reading the body', async () => {
    flood('/declared', 3 * 1048576, true);
    const message = await refused(fetchSource({ source: `${base}/declared`, maxMb: 1 }, into('b')));
    expect(message).toContain(`${3 * 1048576} bytes > 1 MB`);
  });

  it('stops a body that trickles at the overall time limit', async () => {
    routes.set('/trickle', (_req, res) => {
      res.writeHead(200);
      const timer = setInterval(() => res.write('x'), 100);
      res.on('close', () => clearInterval(timer));
    });
    const started = Date.now();
    const message = await refused(
      fetchSource({ source: `${base}/trickle`, maxMb: 1, maxSeconds: 1 }, into('c')),
    );
    expect(message).toContain('not downloaded within 1 s');
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('sends credentials as a header, from the URL or the environment, and never shows them', async () => {
    routes.set('/secret.zip', (req, res) => {
      res.writeHead(req.headers.authorization ? 403 : 401).end();
    });
    const message = await refused(
      fetchSource(
        { source: `${base.replace('//', '//ana:s3cr3t@')}/secret.zip`, maxMb: 1 },
        into('d'),
      ),
    );
    expect(message).not.toContain('s3cr3t');
    expect(seen.at(-1)!.authorization).toBe(
      `Basic ${Buffer.from('ana:s3cr3t').toString('base64')}`,
    );
    await refused(
      fetchSource({ source: `${base}/secret.zip`, maxMb: 1, auth: 'binh:pa55' }, into('e')),
    );
    expect(seen.at(-1)!.authorization).toBe(`Basic ${Buffer.from('binh:pa55').toString('base64')}`);
    expect(redactUrl('tải https://ana:s3cr3t@x.vn/a.zip và ftp://u@h/')).toBe(
      'tải https://***@x.vn/a.zip và ftp://***@h/',
    );
  });

  it('refuses a folder with a symbolic link leading outside it', async () => {
    const folder = into('linked');
    mkdirSync(folder);
    writeFileSync(join(work, 'outside.txt'), 'not the source’s');
    symlinkSync(join(work, 'outside.txt'), join(folder, 'units.csv'));
    const message = await refused(fetchSource({ source: folder, maxMb: 1 }, into('f')));
    expect(message).toContain('symbolic link leading outside the source folder');
    expect(message).toContain('units.csv');
  });

  it('names a data folder nested one level too deep, or two data folders in one zip', async () => {
    const zip = (files: Record<string, string>, name: string) => {
      const path = join(work, name);
      writeFileSync(
        path,
        zipSync(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, Buffer.from(v)]))),
      );
      return path;
    };
    const nested = zip({ 'data/data/dataset.json': '{}', 'data/data/units.csv': '' }, 'n.zip');
    expect(await refused(fetchSource({ source: nested, maxMb: 1 }, into('g')))).toContain(
      'nested one folder too deep: data/data/dataset.json',
    );
    const doubled = zip({ 'data/dataset.json': '{}', 'data-cu/dataset.json': '{}' }, 'd.zip');
    expect(await refused(fetchSource({ source: doubled, maxMb: 1 }, into('h')))).toContain(
      '2 data folders in one source (data-cu/dataset.json, data/dataset.json)',
    );
    const fine = zip({ 'data/dataset.json': '{}' }, 'f.zip');
    expect(await fetchSource({ source: fine, maxMb: 1 }, into('i'))).toBe(join(into('i'), 'data'));
  });
});

describe('publishing from the command line', { timeout: 120_000 }, () => {
  const out = join(work, 'cli', 'dist');
  const run = (args: string[], env: Record<string, string> = {}) =>
    spawnSync(process.execPath, ['scripts/publish.ts', ...args], {
      encoding: 'utf8',
      env: { ...process.env, MINHBACH_OUT: out, MINHBACH_SITE_URL: '', ...env },
    });

  it('refuses a number flag that is not one, with exit 2, before touching anything', () => {
    for (const [args, env] of [
      [['--keep', 'abc'], {}],
      [['--keep', '0'], {}],
      [['--keep', '2.5'], {}],
      [['--max-source-mb', 'abc'], {}],
      [['--max-source-seconds=-1'], {}],
      [['--kep', '3'], {}],
      [[], { MINHBACH_MAX_FILE_MB: 'lots' }],
    ] as [string[], Record<string, string>][]) {
      const r = run(['--source', 'data', ...args], env);
      expect(r.status, `${args.join(' ')}: ${r.stderr}`).toBe(2);
      expect(r.stderr).toMatch(/expected a (whole number ≥ 1|number > 0)|unknown option/i);
    }
    expect(existsSync(`${out}.publications`)).toBe(false);
  });

  it('a source past its time limit: exit 2, a failure report, no password anywhere', () => {
    routes.set('/slow.zip', (_req, res) => {
      res.writeHead(200);
      const timer = setInterval(() => res.write('x'), 100);
      res.on('close', () => clearInterval(timer));
    });
    const r = run([
      '--source',
      `${base.replace('//', '//ana:s3cr3t@')}/slow.zip`,
      '--max-source-seconds',
      '1',
    ]);
    expect(r.status, r.stderr).toBe(2);
    expect(r.stderr).toContain('not downloaded within 1 s');
    const failures = join(`${out}.publications`, 'failures');
    const report = JSON.parse(readFileSync(join(failures, 'latest.json'), 'utf8'));
    expect(report.stage).toBe('source');
    const everything = [r.stdout, r.stderr];
    for (const e of readdirSync(`${out}.publications`, { recursive: true, withFileTypes: true }))
      if (e.isFile()) everything.push(readFileSync(join(e.parentPath, e.name), 'utf8'));
    expect(everything.join('\n')).not.toContain('s3cr3t');
    expect(everything.join('\n')).toContain('***@127.0.0.1');
  });
});

describe('housekeeping', () => {
  it('keeps the last reports, and the data of only the newest few', () => {
    const store = new PublicationStore(join(work, 'failing', 'dist'));
    for (let i = 0; i < FAILURES_KEPT + 5; i++) {
      const dir = store.reportFailure(`20260101-0000${String(i).padStart(2, '0')}`, {
        text: 'x',
        json: {},
      });
      mkdirSync(join(dir, 'source'));
      writeFileSync(join(dir, 'source', 'units.csv'), 'x'.repeat(1000));
    }
    const reports = readdirSync(store.failures).filter((e) => /^\d/.test(e));
    expect(reports).toHaveLength(FAILURES_KEPT);
    expect(reports.filter((e) => existsSync(join(store.failures, e, 'source')))).toHaveLength(
      FAILURE_DATA_KEPT,
    );
  });

  it(
    'two runs starting at once over a stale lock never both hold it',
    { timeout: 120_000 },
    async () => {
      const out = join(work, 'locked', 'dist');
      const store = new PublicationStore(out);
      const log = join(work, 'locked.log');
      const dead = spawnSync(process.execPath, ['-e', 'process.pid']).pid!;
      const script = `
      import { appendFileSync } from 'node:fs';
      import { PublicationStore } from ${JSON.stringify(resolve('src/lib/publish/store-fs.ts'))};
      const start = Number(process.argv[1]);
      while (Date.now() < start);
      const lock = new PublicationStore(${JSON.stringify(out)}).lock();
      if (lock.ok) {
        appendFileSync(${JSON.stringify(log)}, 'in\\n');
        await new Promise((r) => setTimeout(r, 150));
        appendFileSync(${JSON.stringify(log)}, 'out\\n');
        lock.release();
      }`;
      for (let trial = 0; trial < 15; trial++) {
        mkdirSync(store.root, { recursive: true });
        writeFileSync(join(store.root, 'lock'), String(dead));
        rmSync(log, { force: true });
        const start = String(Date.now() + 700);
        const runs = Array.from({ length: 4 }, () =>
          spawn(process.execPath, ['--input-type=module', '-e', script, start], {
            stdio: 'inherit',
          }),
        );
        await Promise.all(runs.map((c) => new Promise((r) => c.on('exit', r))));
        const events = readFileSync(log, 'utf8').trim().split('\n');
        let holders = 0;
        for (const e of events) {
          holders += e === 'in' ? 1 : -1;
          expect(holders, `trial ${trial}: two holders`).toBeLessThanOrEqual(1);
        }
        expect(events[0]).toBe('in');
      }
    },
  );
});
