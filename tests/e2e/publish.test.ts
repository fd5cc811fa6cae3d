import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  lstatSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { unzipSync, zipSync } from 'fflate';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findDeadLinks } from './links.ts';
import { checkCsv, checkDescriptor, type Schema } from '../support/table-check.ts';

// Publishing as a deployment does it: three publications from a zip served over HTTP: the test
// dataset; the same with a new month, a revision and a completed task; then one that fails
// validation. Real scripts, real Astro, the test profile.
const work = mkdtempSync(join(tmpdir(), 'mb-publish-'));
const out = join(work, 'dist');
const env = {
  ...process.env,
  MINHBACH_OUT: out,
  MINHBACH_CARD_CACHE: process.env.MINHBACH_CARD_CACHE ?? join(work, 'cards'),
};

function run(args: string[], extra: Record<string, string> = {}) {
  return new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, args, { env: { ...env, ...extra } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

/** A data folder as a zip, the way a provincial system would offer it. */
function zipFolder(dir: string): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  for (const e of readdirSync(dir, { recursive: true, withFileTypes: true }))
    if (e.isFile()) {
      const path = join(e.parentPath, e.name);
      files[`data/${relative(dir, path)}`] = readFileSync(path);
    }
  return zipSync(files);
}

const served = new Map<string, Uint8Array>();
const server = createServer((req, res) => {
  const body = served.get(req.url ?? '');
  if (!body) return void res.writeHead(404).end();
  res.writeHead(200, { 'content-type': 'application/zip' }).end(body);
});
let base = '';
beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});
afterAll(() => {
  server.close();
  rmSync(work, { recursive: true, force: true });
});

const live = () => readlinkSync(out).split('/').at(-1)!;
const site = (path: string) => readFileSync(join(out, path), 'utf8');
const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

const round1 = join(work, 'round1');
const round2 = join(work, 'round2');
const round3 = join(work, 'round3');

/** Round 2: a month more, Ngọk Bay revises 09/2026 and reports 11/2026, Hải Phòng finishes PL2-02. */
function secondRound(): void {
  cpSync(round1, round2, { recursive: true });
  const dataset = JSON.parse(readFileSync(join(round2, 'dataset.json'), 'utf8'));
  writeFileSync(
    join(round2, 'dataset.json'),
    JSON.stringify({ ...dataset, publishedAt: '2026-12-21' }),
  );
  writeFileSync(
    join(round2, 'exports/51/2026-12-bo-sung.csv'),
    'Mã đơn vị,Mã chỉ tiêu,Kỳ báo cáo,Giá trị,Ngày báo cáo,Nguồn\n' +
      '23317,dossiers-fully-online,09/2026,"63,5",02/12/2026,Hệ thống TTHC tỉnh\n' +
      '23317,dossiers-fully-online,11/2026,"64,2",10/12/2026,Hệ thống TTHC tỉnh\n',
  );
  const tasks = join(round2, 'tasks/31.csv');
  const before = readFileSync(tasks, 'utf8');
  // Status, completion date and evidence follow the deadline; the section and note come after.
  const after = before.replace(
    /^(31,PL2-02,.*,31\/12\/2025),,,(,.*)$/m,
    '$1,hoàn thành,15/12/2026,$2',
  );
  if (after === before) throw new Error('tasks/31.csv: PL2-02 not found in the expected form');
  writeFileSync(tasks, after);
}

describe('publishing three times from an HTTP source', { timeout: 300_000 }, () => {
  let first = '';
  let second = '';

  it('publishes the first dataset: a symlink to a whole publication, with its manifest', async () => {
    const sample = await run(['scripts/generate-sample.ts', '--profile', 'test', '--out', round1]);
    expect(sample.status, sample.stderr).toBe(0);
    cpSync('data/tasks/31.csv', join(round1, 'tasks/31.csv'));
    served.set('/round1.zip', zipFolder(round1));
    const r = await run(['scripts/publish.ts', '--source', `${base}/round1.zip`]);
    expect(r.status, r.stderr).toBe(0);
    expect(lstatSync(out).isSymbolicLink()).toBe(true);
    first = live();
    const manifest = JSON.parse(site('tai-ve/manifest.json'));
    expect(manifest.id).toBe(first);
    expect(manifest.sample).toBe(true);
    expect(manifest.counts.units).toBe(136);
    for (const f of manifest.published as { path: string; bytes: number; sha256: string }[]) {
      expect(statSync(join(out, f.path)).size, f.path).toBe(f.bytes);
      expect(sha(join(out, f.path)), f.path).toBe(f.sha256);
    }
    expect(site('thay-doi/index.html')).toContain('lần công bố đầu tiên');
  });

  it('publishes nothing new when the source has not changed', async () => {
    const before = readdirSync(`${out}.publications`);
    const r = await run(['scripts/publish.ts', '--source', `${base}/round1.zip`]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('nothing new');
    expect(live()).toBe(first);
    expect(readdirSync(`${out}.publications`)).toEqual(before);
  });

  it('publishes the second: the revision with both values, dates and rows, the new month, the completed task', async () => {
    const old = Papa.parse<Record<string, string>>(site('tai-ve/don-vi/23317.csv').slice(1), {
      header: true,
    }).data.find(
      (r) =>
        r.indicator === 'dossiers-fully-online' && r.period === '2026-09' && r.current === 'true',
    )!;
    secondRound();
    served.set('/round2.zip', zipFolder(round2));
    const r = await run(['scripts/publish.ts', '--source', `${base}/round2.zip`]);
    expect(r.status, r.stderr).toBe(0);
    second = live();
    expect(second).not.toBe(first);
    const revised = `Hồ sơ xử lý trực tuyến, tháng 09/2026: ${old.value!.replace('.', ',')} (báo cáo ngày ${old.reportedAt!.split('-').reverse().join('/')}; ${old.source_file}, dòng ${old.source_row}) → 63,5 (báo cáo ngày 02/12/2026; exports/51/2026-12-bo-sung.csv, dòng 2)`;
    const changes = site('thay-doi/index.html');
    expect(changes).toContain(revised);
    expect(changes).toContain(
      'Hồ sơ xử lý trực tuyến, tháng 11/2026: 64,2 (báo cáo ngày 10/12/2026; exports/51/2026-12-bo-sung.csv, dòng 3)',
    );
    expect(changes).toMatch(
      /Nhiệm vụ hoàn thành \/ task completed<\/strong>: PL2-02: [^<]*hoàn thành ngày 15\/12\/2026/,
    );
    expect(site(`cong-bo/${second}/index.html`)).toContain(revised);
    // The unit page shows the earlier figure beside the new one, never silently replaced.
    const page = site('don-vi/quang-ngai/xa-ngok-bay/index.html');
    expect(page).toContain('data-revisions');
    expect(page).toContain(
      `<strong>63,5</strong> (báo cáo 02/12/2026; exports/51/2026-12-bo-sung.csv, dòng 2`,
    );
    expect(page).toContain('<link rel="alternate" type="application/atom+xml"');
    // Both manifests are served: the first one at its stable URL, unchanged.
    const manifest = JSON.parse(site('tai-ve/manifest.json'));
    expect(manifest).toMatchObject({ id: second, previous: first });
    expect(manifest.changes).toMatchObject({ revised: 1, added: 1, completed: 1 });
    expect(JSON.parse(site(`cong-bo/${first}/manifest.json`)).id).toBe(first);
    // Every file this publication keeps for good is in its history, so the next build can read
    // its changes back and its page at /cong-bo/<id>/ keeps every link.
    const kept = readdirSync(join(`${out}.publications`, 'history', second));
    expect(kept).toEqual(expect.arrayContaining(['thay-doi.json', 'thay-doi.parquet']));
    expect(findDeadLinks(out)).toEqual([]);
  });

  it('serves valid Atom feeds of the changes: national, province and commune', () => {
    const parser = new XMLParser({ ignoreAttributes: false });
    for (const path of [
      'thay-doi/atom.xml',
      'don-vi/quang-ngai/thay-doi.xml',
      'don-vi/quang-ngai/xa-ngok-bay/thay-doi.xml',
    ]) {
      const xml = site(path);
      expect(XMLValidator.validate(xml), path).toBe(true);
      const { feed } = parser.parse(xml);
      expect(feed['@_xmlns']).toBe('http://www.w3.org/2005/Atom');
      for (const key of ['id', 'title', 'updated', 'author'])
        expect(feed[key], `${path} ${key}`).toBeDefined();
      const entries = [feed.entry].flat();
      expect(entries.length, path).toBeGreaterThanOrEqual(2);
      for (const e of entries)
        for (const key of ['id', 'title', 'updated', 'link']) expect(e[key]).toBeDefined();
      expect(feed.title).toContain('DỮ LIỆU MẪU');
    }
    const commune = parser.parse(site('don-vi/quang-ngai/xa-ngok-bay/thay-doi.xml')).feed;
    const latest = [commune.entry].flat()[0];
    expect(latest.content['#text']).toContain('→ 63,5 (báo cáo ngày 02/12/2026');
  });

  it('the downloads round-trip through our validator and match datapackage.json', async () => {
    const csv = join(work, '23317.csv');
    cpSync(join(out, 'tai-ve/don-vi/23317.csv'), csv);
    const check = await run(['scripts/validate.ts', '--data', round2, csv]);
    expect(check.stdout, check.stdout).toMatch(/: 0 lỗi\/errors/);
    const pkg = JSON.parse(site('tai-ve/datapackage.json'));
    expect(checkDescriptor(pkg)).toEqual([]);
    // The package's root is the publication's zip (the per-indicator CSVs are there only).
    const zip = unzipSync(readFileSync(join(out, `cong-bo/${second}/minh-bach-${second}.zip`)));
    for (const r of pkg.resources as { path: string; format: string; schema: Schema | string }[]) {
      if (r.format !== 'csv') continue;
      const schema: Schema =
        typeof r.schema === 'string' ? JSON.parse(site(`tai-ve/${r.schema}`)) : r.schema;
      expect(checkCsv(Buffer.from(zip[r.path]!).toString('utf8'), schema), r.path).toEqual([]);
    }
  });

  it('a third round that fails validation leaves the second live and writes a failure report', async () => {
    cpSync(round2, round3, { recursive: true });
    writeFileSync(
      join(round3, 'exports/51/2027-01-loi.csv'),
      'Mã đơn vị,Mã chỉ tiêu,Kỳ báo cáo,Giá trị,Ngày báo cáo,Nguồn\n23317,dossiers-fully-online,11/2026,120,12/12/2026,Hệ thống TTHC tỉnh\n',
    );
    served.set('/round3.zip', zipFolder(round3));
    const r = await run(['scripts/publish.ts', '--source', `${base}/round3.zip`]);
    expect(r.status).toBe(1);
    expect(live()).toBe(second);
    const report = JSON.parse(
      readFileSync(join(`${out}.publications`, 'failures/latest.json'), 'utf8'),
    );
    expect(report.stage).toBe('validate');
    expect(report.files).toEqual(['exports/51/2027-01-loi.csv']);
    expect(report.diagnostics[0]).toMatchObject({ code: 'PERCENT_RANGE', row: 2 });
    // The data that failed is kept beside the report.
    const failure = readdirSync(join(`${out}.publications`, 'failures')).find((e) =>
      /^\d/.test(e),
    )!;
    const kept = join(
      `${out}.publications`,
      'failures',
      failure,
      'source/data/exports/51/2027-01-loi.csv',
    );
    expect(existsSync(kept)).toBe(true);
    expect(existsSync(join(`${out}.publications`, 'history', second, 'entry.json'))).toBe(true);
    expect(readdirSync(`${out}.publications`).filter((e) => e.endsWith('.partial'))).toEqual([]);
  });
});
