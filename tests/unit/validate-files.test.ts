import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validate } from '../../src/lib/ingest/validate-fs.ts';
import { unitsToCsv } from '../../src/tools/registry/units-csv.ts';
import { dataset, units } from '../fixtures/model.ts';

const HEADER = 'unit,indicator,period,value,reported_at,source\n';
const ROW = '22,online-services,2025-09,5,2025-10-10,S\n';

/** A small data folder: dataset, registry, one good export. */
function dataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'mb-files-'));
  mkdirSync(join(dir, 'exports/22'), { recursive: true });
  writeFileSync(join(dir, 'dataset.json'), JSON.stringify(dataset));
  writeFileSync(join(dir, 'units.csv'), unitsToCsv(units));
  writeFileSync(join(dir, 'exports/22/good.csv'), HEADER + ROW);
  return dir;
}
// The fixture registry lacks the units of the real plans in content/: their diagnostics aside.
const where = (r: ReturnType<typeof validate>) =>
  r.diagnostics
    .filter((d) => !d.file.startsWith('content/'))
    .map((d) => [d.code, d.file, d.row, d.column]);
const own = (r: ReturnType<typeof validate>) =>
  r.diagnostics.filter((d) => !d.file.startsWith('content/'));
const run = (dir: string, path?: string) => validate({ dataDir: dir, contentDir: 'content', path });

describe('files the tool does not read are reported, never skipped silently', () => {
  it('a folder holding only spreadsheets and other files: each named, and nothing to check is an error', () => {
    const dir = dataDir();
    const folder = join(dir, 'exports/51');
    mkdirSync(folder);
    for (const name of [
      'thang-9.xlsx',
      'thang-9.ods',
      'ghi-chu.pdf',
      '~$thang-9.xlsx',
      '.DS_Store',
    ])
      writeFileSync(join(folder, name), 'x');
    const r = run(dir, folder);
    expect(where(r)).toEqual([
      ['FOLDER_EMPTY', 'exports/51', undefined, undefined],
      ['FILE_SKIPPED', 'exports/51/~$thang-9.xlsx', undefined, undefined],
      ['FILE_SKIPPED', 'exports/51/ghi-chu.pdf', undefined, undefined],
      ['FILE_SPREADSHEET', 'exports/51/thang-9.ods', undefined, undefined],
      ['FILE_SPREADSHEET', 'exports/51/thang-9.xlsx', undefined, undefined],
    ]);
    expect(r.diagnostics[4]!.hintEn).toContain('Save As "CSV UTF-8');
    expect(r.diagnostics.filter((d) => d.severity === 'error')).toHaveLength(3);
  });
  it('a spreadsheet among the exports stops a full validation: its rows would be lost', () => {
    const dir = dataDir();
    writeFileSync(join(dir, 'exports/22/thang-10.xlsx'), 'PK\x03\x04');
    expect(where(run(dir))).toEqual([
      ['FILE_SPREADSHEET', 'exports/22/thang-10.xlsx', undefined, undefined],
    ]);
  });
  it('a spreadsheet renamed .csv says what it is', () => {
    const dir = dataDir();
    writeFileSync(join(dir, 'exports/22/thang-10.csv'), 'PK\x03\x04\x14\x00\x06\x00');
    const r = run(dir);
    expect(where(r)).toEqual([
      ['FILE_UNREADABLE', 'exports/22/thang-10.csv', undefined, undefined],
    ]);
    expect(own(r)[0]!.messageEn).toContain('ZIP (.xlsx, .ods) spreadsheet, not CSV');
  });
  it('a file that cannot be opened (a broken link) is reported, not thrown', () => {
    const dir = dataDir();
    symlinkSync(join(dir, 'nowhere.csv'), join(dir, 'exports/22/link.csv'));
    const r = run(dir);
    expect(where(r)).toEqual([['FILE_UNREADABLE', 'exports/22/link.csv', undefined, undefined]]);
    expect(own(r)[0]!.message).toContain('ENOENT');
  });
  it('a dataset without a single export is an error: it would publish nothing', () => {
    const dir = dataDir();
    rmSync(join(dir, 'exports/22/good.csv'));
    expect(where(run(dir))).toEqual([['FOLDER_EMPTY', 'exports', undefined, undefined]]);
  });
  it('an empty folder is an error', () => {
    const dir = dataDir();
    mkdirSync(join(dir, 'exports/51'));
    expect(where(run(dir, join(dir, 'exports/51')))).toEqual([
      ['FOLDER_EMPTY', 'exports/51', undefined, undefined],
    ]);
  });
});

describe('validating the data folder means validating the dataset', () => {
  it('`npm run validate -- data` checks the dataset, not dataset.json and units.csv as exports', () => {
    const dir = dataDir();
    const whole = run(dir);
    const named = run(dir, dir);
    expect(where(named)).toEqual([]);
    expect([named.files, named.rows]).toEqual([whole.files, whole.rows]);
    expect(named.inputs?.observations).toHaveLength(1);
  });
  it('a dataset folder elsewhere is validated as a dataset too', () => {
    const dir = dataDir();
    writeFileSync(
      join(dir, 'exports/22/bad.csv'),
      `${HEADER}22,online-services,2025-09,-5,2025-10-11,S\n`,
    );
    expect(where(run(dataDir(), dir))).toEqual([
      ['COUNT_INVALID', 'exports/22/bad.csv', 2, 'value'],
    ]);
  });
  it('units.csv and dataset.json on their own are checked as what they are', () => {
    const dir = dataDir();
    expect(where(run(dir, join(dir, 'units.csv')))).toEqual([]);
    expect(where(run(dir, join(dir, 'dataset.json')))).toEqual([]);
    writeFileSync(join(dir, 'units.csv'), `${unitsToCsv(units)}22,Tỉnh X,province,tinh,,,x\n`);
    expect(where(run(dir, join(dir, 'units.csv')))).toEqual([
      ['VALUE_INVALID', 'units.csv', units.length + 2, 'Mã đơn vị'],
    ]);
  });
});
