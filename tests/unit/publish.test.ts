import {
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readlinkSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32, deflateRawSync } from 'node:zlib';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { parquetColumns } from '../../src/lib/downloads/parquet-columns.ts';
import { csvDownload, jsonDownload } from '../../src/lib/downloads/sample.ts';
import { tableFields } from '../../src/lib/downloads/table-schema.ts';
import { ZipTooLarge, ZipWriter } from '../../src/lib/downloads/zip.ts';
import { feedFiles } from '../../src/lib/feeds/atom.ts';
import { buildModel } from '../../src/lib/model/build-model.ts';
import {
  diffReports,
  diffTasks,
  type ReportChange,
  type TaskState,
} from '../../src/lib/publish/changes.ts';
import { fromParquet, toParquet } from '../../src/lib/publish/parquet-fs.ts';
import { assemble, takeSnapshot } from '../../src/lib/publish/publication.ts';
import { changeFromRow, changeRow } from '../../src/lib/publish/record.ts';
import { PublicationStore } from '../../src/lib/publish/store-fs.ts';
import { changeRowSchema, statusRowSchema, SAMPLE_VALUE } from '../../src/lib/schema/download.ts';
import type { Observation } from '../../src/lib/schema/observation.ts';
import { dataset, indicators, units } from '../fixtures/model.ts';
import { text } from '../support/text.ts';

const obs = (
  period: string,
  value: number,
  reportedAt: string,
  row: number,
  unit = '23317',
): Observation => ({
  unit,
  indicator: 'dossiers-fully-online',
  period,
  value,
  reportedAt,
  source: 'Hệ thống TTHC',
  from: { file: 'exports/51/a.csv', row },
});

describe('changes between two publications', () => {
  it('tells new reports, revisions (with the latest earlier report), in-place changes and withdrawals apart', () => {
    const before = [
      obs('2026-08', 50, '2026-09-10', 2),
      obs('2026-08', 52, '2026-09-25', 3),
      obs('2026-09', 55, '2026-10-10', 4),
      obs('2026-07', 40, '2026-08-10', 5),
      obs('2026-06', 30, '2026-07-10', 6),
    ];
    const now = [
      obs('2026-08', 50, '2026-09-10', 2),
      obs('2026-08', 52, '2026-09-25', 3),
      obs('2026-08', 53, '2026-11-02', 9), // a third report of August
      obs('2026-09', 56, '2026-10-10', 4), // same report date, another value
      obs('2026-06', 30, '2026-07-10', 7), // moved one row down: not a change
      obs('2026-10', 60, '2026-11-10', 8), // a new month
    ];
    const { changes, moved } = diffReports(before, now);
    expect(moved).toBe(1);
    const by = (kind: ReportChange['kind']) => changes.filter((c) => c.kind === kind);
    expect(by('revised')).toEqual([
      {
        kind: 'revised',
        unit: '23317',
        indicator: 'dossiers-fully-online',
        period: '2026-08',
        now: { value: 53, reportedAt: '2026-11-02', source: { file: 'exports/51/a.csv', row: 9 } },
        before: {
          value: 52,
          reportedAt: '2026-09-25',
          source: { file: 'exports/51/a.csv', row: 3 },
        },
        fields: ['value'],
      },
    ]);
    expect(by('changed').map((c) => [c.before!.value, c.now!.value, c.fields])).toEqual([
      [55, 56, ['value']],
    ]);
    expect(by('added').map((c) => c.period)).toEqual(['2026-10']);
    expect(by('removed').map((c) => c.period)).toEqual(['2026-07']);
  });

  it('tasks completed, newly overdue and new; an overdue task staying overdue is no news', () => {
    const task = (id: string, status: TaskState['status'], overdue: boolean): TaskState => ({
      unit: '31',
      id,
      title: id,
      status,
      deadline: '2025-12-31',
      overdue,
    });
    const changes = diffTasks(
      [
        task('A', 'in-progress', true),
        task('B', 'in-progress', false),
        task('C', 'in-progress', true),
      ],
      [
        { ...task('A', 'done', false), completedAt: '2026-12-15' },
        task('B', 'in-progress', true),
        task('C', 'in-progress', true),
        task('D', 'not-started', false),
      ],
    );
    expect(changes.map((c) => `${c.kind} ${c.id}`)).toEqual([
      'completed A',
      'overdue B',
      'added D',
    ]);
    expect(changes[0]!.completedAt).toBe('2026-12-15');
  });

  it('report changes survive the Parquet file the next build reads them back from', async () => {
    const { changes } = diffReports(
      [obs('2026-08', 52.25, '2026-09-25', 3), obs('2026-07', 1, '2026-08-01', 4)],
      [obs('2026-08', 53.5, '2026-11-02', 9), obs('2026-09', 0.1, '2026-10-02', 10)],
    );
    const rows = changes.map(changeRow);
    const bytes = toParquet(rows, parquetColumns(changeRowSchema, true));
    const back = (await fromParquet(bytes)).map(changeFromRow);
    expect(back).toEqual(changes);
  });
});

describe('downloads', () => {
  it('a sample CSV starts with the sample_data column on every row; JSON says sample and why', () => {
    const csv = text(csvDownload([{ a: 1 }, { a: 2 }], ['a'], true));
    expect(csv.split('\r\n').slice(0, 3)).toEqual([
      '\ufeffsample_data,a',
      `${SAMPLE_VALUE},1`,
      `${SAMPLE_VALUE},2`,
    ]);
    expect(text(csvDownload([{ a: '=1+1' }], ['a'], false))).toBe('\ufeffa\r\n"\'=1+1"\r\n');
    const json = JSON.parse(jsonDownload({ x: 1 }, { sample: true }));
    expect(Object.keys(json)).toEqual(['sample', 'notice', 'x']);
    expect(json.notice.vi).toContain('DỮ LIỆU MẪU');
    expect(JSON.parse(jsonDownload({ x: 1 }, { sample: false }))).toEqual({ x: 1 });
    const license = { name: 'CC-BY-4.0', title: 'CC BY', path: 'https://l.example/', holder: 'H' };
    expect(JSON.parse(jsonDownload({ x: 1 }, { sample: false, license }))).toEqual({
      license,
      x: 1,
    });
  });

  it('Table Schema fields come from the zod schema, in both languages, with the sample column first', () => {
    const fields = tableFields(statusRowSchema, true);
    expect(fields[0]).toMatchObject({ name: 'sample_data', constraints: { enum: [SAMPLE_VALUE] } });
    const byName = new Map(fields.map((f) => [f.name, f]));
    expect(byName.get('unit_code')).toMatchObject({
      type: 'string',
      title: expect.stringContaining('Mã đơn vị'),
      description: 'Official unit code',
      constraints: { required: true, pattern: '(\\d{2}|\\d{5})' },
    });
    expect(byName.get('latest_value')).toMatchObject({ type: 'number' });
    expect(byName.get('latest_value')!.constraints).toBeUndefined();
    expect(byName.get('latest_period')!.type).toBe('yearmonth');
    expect(byName.get('deadline')!.type).toBe('date');
    expect(byName.get('province')!.constraints).toBeUndefined(); // may be empty
    for (const f of fields) expect(f.title && f.description, f.name).toBeTruthy();
  });

  it('the zip writer refuses what would need ZIP64 (65,536 files, 4 GiB), never wrapping', () => {
    const tiny = { deflateRaw: () => new Uint8Array(1), crc32: () => 0 };
    const many = new ZipWriter(tiny, '2026-11-21');
    for (let i = 0; i < 0xffff; i++) many.add(`${i}.csv`, '');
    expect(() => many.add('65536.csv', '')).toThrow(ZipTooLarge);
    expect(many.finish().length).toBeGreaterThan(0); // the 65,535 it holds are still a valid zip
    // 2 GiB twice: the second entry's end would lie past 4 GiB (no such array is made here).
    const half = { length: 0x80000000 } as Uint8Array;
    const big = new ZipWriter({ deflateRaw: () => half, crc32: () => 0 }, '2026-11-21');
    big.add('a.csv', '');
    expect(() => big.add('b.csv', '')).toThrow(/zip archive too large: the archive at b.csv/);
  });

  it('the zip archive opens with a standard reader, UTF-8 names included, and is byte-identical for the same content', () => {
    const deflater = {
      deflateRaw: (d: Uint8Array) => deflateRawSync(d),
      crc32: (d: Uint8Array) => crc32(d),
    };
    const make = () => {
      const zip = new ZipWriter(deflater, '2026-11-21');
      zip.add('trang-thai.csv', '\ufeffa,b\r\nXã Ngọk Bay,1\r\n');
      zip.add('don-vi/23317.csv', new Uint8Array([1, 2, 3]));
      zip.add('Đồng Phú.txt', 'đ');
      return zip.finish();
    };
    const files = unzipSync(make());
    expect(Object.keys(files)).toEqual(['trang-thai.csv', 'don-vi/23317.csv', 'Đồng Phú.txt']);
    expect(new TextDecoder().decode(files['trang-thai.csv'])).toContain('Xã Ngọk Bay');
    expect([...files['don-vi/23317.csv']!]).toEqual([1, 2, 3]);
    expect(Buffer.from(make()).equals(Buffer.from(make()))).toBe(true);
  });
});

describe('Atom feeds', () => {
  /** Two publications of a unit with a name full of markup: a revision in the second. */
  function twoPublications() {
    const evil = units.map((u) =>
      u.code === '23317' ? { ...u, name: 'Xã <b>"A" & B</b>\u0001' } : u,
    );
    const inputs = { dataset, units: evil, indicators, plans: [], tasks: [] };
    const first = buildModel({ ...inputs, observations: [obs('2026-08', 50, '2026-09-10', 2)] });
    const second = buildModel({
      ...inputs,
      dataset: { ...dataset, publishedAt: '2026-12-21' },
      observations: [obs('2026-08', 50, '2026-09-10', 2), obs('2026-08', 52.5, '2026-12-02', 3)],
    });
    const fingerprint = { data: '', generator: '' };
    const one = assemble(
      first,
      { entries: [], recent: [], ledger: [] },
      { id: 'p1', builtAt: '2026-11-21T01:00:00Z', fingerprint },
    );
    second.publication = assemble(
      second,
      {
        entries: [one.publication.entry],
        snapshot: takeSnapshot(first),
        recent: one.publication.recent,
        ledger: [],
      },
      { id: 'p2', builtAt: '2026-12-21T01:00:00Z', fingerprint },
    ).publication;
    return second;
  }

  it('are well-formed, escape names from the data, and carry a revision with both values', () => {
    const feeds = new Map(feedFiles(twoPublications()));
    const xml = feeds.get('/don-vi/quang-ngai/xa-ngok-bay/thay-doi.xml')!;
    expect(XMLValidator.validate(xml)).toBe(true);
    const { feed } = new XMLParser().parse(xml);
    expect(feed.title).toBe(
      '[DỮ LIỆU MẪU / SAMPLE DATA] Minh Bạch: thay đổi của Xã <b>"A" & B</b>\\u0001',
    );
    // XML 1.0 allows no control character but tab and line breaks, not even as &#1;.
    expect(xml).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]|&#x?0*1;/);
    expect(feed.entry[0].content).toContain(
      'tháng 08/2026: 50 (báo cáo ngày 10/09/2026; exports/51/a.csv, dòng 2) → 52,5 (báo cáo ngày 02/12/2026; exports/51/a.csv, dòng 3)',
    );
    // The entry's title names the publication and its data date as its changes page does.
    expect(feed.entry[1].title).toContain('Lần công bố p1, số liệu ngày 21/11/2026 (lần đầu');
    expect(feed.entry[0].updated).toBe('2026-12-21T01:00:00Z');
    // A unit's feed mirrors the unit's page, not the national changes page.
    expect(xml).toContain(
      '<link rel="alternate" type="text/html" href="https://example.org/don-vi/quang-ngai/xa-ngok-bay/"/>',
    );
    for (const [path, text] of feeds) expect(XMLValidator.validate(text), path).toBe(true);
  });

  it('feed and entry ids are tag: URIs that stay when the site moves; links move with it', () => {
    const second = twoPublications();
    const ids = (siteUrl: string) => {
      const id = 'tag:example.org,2026:minh-bach';
      const model = { ...second, dataset: { ...second.dataset, siteUrl, id } };
      return [...feedFiles(model)].map(([path, xml]) => ({
        path,
        ids: [...xml.matchAll(/<id>([^<]*)<\/id>/g)].map((m) => m[1]),
        links: [...xml.matchAll(/href="([^"]*)"/g)].map((m) => m[1]),
      }));
    };
    const here = ids('https://example.org/');
    const moved = ids('https://owner.github.io/minh-bach/');
    expect(moved.map((f) => f.ids)).toEqual(here.map((f) => f.ids));
    for (const f of here) for (const id of f.ids) expect(id).toMatch(/^tag:[a-z0-9.-]+,\d{4}:/);
    expect(new Set(here.flatMap((f) => f.ids)).size).toBe(here.flatMap((f) => f.ids).length);
    for (const f of moved)
      for (const link of f.links) expect(link).toMatch(/^https:\/\/owner\.github\.io\/minh-bach\//);
  });
});

describe('the publication store', () => {
  const root = mkdtempSync(join(tmpdir(), 'mb-store-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('switches the live symlink, moves an old plain folder aside once, and keeps the newest N but never the live one', () => {
    const out = join(root, 'dist');
    mkdirSync(out);
    writeFileSync(join(out, 'index.html'), 'old');
    const store = new PublicationStore(out);
    for (const id of ['20261101-000000', '20261102-000000', '20261103-000000']) {
      const { site } = store.begin(id);
      writeFileSync(join(site, 'index.html'), id);
      store.switchTo(id);
      expect(lstatSync(out).isSymbolicLink()).toBe(true);
      expect(readlinkSync(out)).toBe(`dist.publications/${id}`);
    }
    expect(existsSync(join(store.root, '00000000-000000-legacy', 'index.html'))).toBe(true);
    expect(store.prune(2)).toEqual(['00000000-000000-legacy', '20261101-000000']);
    expect(store.kept()).toEqual(['20261102-000000', '20261103-000000']);
  });

  it('takes over a lock left by a process that no longer runs, and refuses a live one', () => {
    const store = new PublicationStore(join(root, 'locked'));
    mkdirSync(store.root, { recursive: true });
    writeFileSync(join(store.root, 'lock'), '999999999');
    const lock = store.lock();
    expect(lock.ok).toBe(true);
    writeFileSync(join(store.root, 'lock'), String(process.ppid));
    expect(store.lock()).toEqual({ ok: false, holder: process.ppid });
  });
});
