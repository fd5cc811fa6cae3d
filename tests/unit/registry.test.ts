import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCsv } from '../../src/lib/ingest/csv.ts';
import { readUnits } from '../../src/lib/ingest/units.ts';
import { unitColumns, type Unit } from '../../src/lib/schema/unit.ts';
import { newStyleTones, slugify, toneKey } from '../../src/lib/util/text.ts';
import { readRecords } from '../../src/tools/registry/csv.ts';
import { importRegistry, writeRegistry } from '../../src/tools/registry/import-fs.ts';
import { locateSources } from '../../src/tools/registry/locate.ts';
import { reconcile } from '../../src/tools/registry/reconcile/reconcile.ts';
import { noteKind, parseNsoTable } from '../../src/tools/registry/sources/nso.ts';
import {
  parseProvinceCodes,
  parseProvinceMap,
} from '../../src/tools/registry/sources/province-tables.ts';
import { parseSnapshot } from '../../src/tools/registry/sources/snapshot.ts';
import { unitsToCsv } from '../../src/tools/registry/units-csv.ts';

describe('names compared as Vietnamese writes them', () => {
  it('tone-mark placement does not count, letters do', () => {
    expect(newStyleTones('Xã Hoà Bình')).toBe('Xã Hòa Bình');
    expect(newStyleTones('Thuỷ Nguyên')).toBe('Thủy Nguyên');
    expect(newStyleTones('Hoàng Mai · Quý Hoà')).toBe('Hoàng Mai · Quý Hòa');
    expect(toneKey('Thanh Hoá')).toBe(toneKey('thanh  hóa'));
    expect(toneKey('Tiền Ninh Vệ'.normalize('NFD'))).toBe(toneKey('Tiền Ninh Vệ'));
    expect(toneKey('B’Lao')).toBe(toneKey("B'Lao"));
    expect(toneKey('Phó Bảng')).not.toBe(toneKey('Phố Bảng'));
    expect(toneKey('Đồng Phú')).not.toBe(toneKey('Đông Phú'));
  });
  it('slugs drop apostrophes instead of splitting at them', () => {
    expect(slugify("Xã Cư M'gar")).toBe('xa-cu-mgar');
    expect(slugify('Phường Xuân Hương - Đà Lạt')).toBe('phuong-xuan-huong-da-lat');
  });
});

describe('reading the sources', () => {
  it('CSV records know their physical line and their spreadsheet record', () => {
    const { records } = readRecords('a;b\n"x\ny";2\n\nz;3\n', 't.csv');
    expect(records.map((r) => [r.cells[0], r.line, r.record])).toEqual([
      ['a', 1, 1],
      ['x\ny', 2, 2],
      ['z', 5, 4],
    ]);
    expect(readRecords('a,"b\n', 't.csv').issues[0]).toMatchObject({
      severity: 'error',
      code: 'CSV_SYNTAX',
    });
  });
  it('reads the kinds of change, with the table’s typos', () => {
    expect(noteKind('Nhâp một phần diện tích')).toBe('partial');
    expect(noteKind('Nhập một phần diện tích, toàn bộ dân số')).toBe('partial-area-all-population');
    expect(noteKind('Sắp xếp toàn bộ huyện Côn Đảo thành đặc khu Côn Đảo')).toBe('district');
    expect(noteKind('Giữ nguyên ')).toBe('unchanged');
    expect(noteKind('Sáp nhập')).toBeNull();
  });
  it('finds the sources by name, the latest dated snapshot being the current state', () => {
    const names = [
      'nso_bang_chuyen_doi.csv',
      'province_63_to_34.csv',
      'provinces_34_codes.csv',
      'units_2025-07-01.json',
      'units_2026-07-25.json',
      'units_2026-10-01_v5.json',
    ];
    expect(locateSources(names)).toEqual({
      files: { nso: names[0], map: names[1], codes: names[2], base: names[3], current: names[5] },
    });
    expect(locateSources(names.slice(0, 4))).toEqual({ missing: ['current'] });
  });
});

// A tiny, messy set of sources: semicolons, BOM, NFD, a line break in a cell, columns reordered.
const nsoText = `\ufeff${[
  'Đơn vị hành chính từ ngày 01/7/2025;;;;;;;',
  'Mã Xã mới;Tên Xã mới;"Tỉnh, thành phố";Tên Xã cũ;Mã Xã cũ;Ghi chú;Quận/huyện;Tỉnh cũ',
  'TỈNH LÀO CAI;;;;;;;',
  `04543;"Phường Âu Lâu\n";Tỉnh Lào Cai (15);${'Phường Hợp Minh'.normalize('NFD')};04541;Nhập toàn bộ;Thành phố Yên Bái (132);Tỉnh Yên Bái (15)`,
  '04543;Phường Âu Lâu;Tỉnh Lào Cai (15);Xã Âu Lâu;04540;Nhập toàn bộ;Thành phố Yên Bái (132);Tỉnh Yên Bái (15)',
  '04543;Phường Âu Lâu;Tỉnh Lào Cai (15);Xã Gia Phú;04561;Nhập một phần dân số;Huyện Bảo Thắng (085);Tỉnh Lào Cai (10)',
  '04550;Xa Tân Hợp;Tỉnh Lào Cai (15);xã Tân Hợp;04550;Giữ nguyên;Huyện Văn Yên (135);Tỉnh Lào Cai (10)',
  '04551;Xã Tân Hợp;Tỉnh Lào Cai (15);Xã Đông An;04552;Nhập một phần diện tích;Huyện Văn Yên (135);Tỉnh Yên Bái (15)',
  '04551;Xã Tân Hợp;Tỉnh Lào Cai (15);Xã Mậu A;04553;Nhập toàn bộ;Huyện Văn Yên (135);Tỉnh Yên Bái (15)',
  '',
].join('\r\n')}`;

function ward(code: string, name: string, short: string) {
  return {
    Code: code,
    Name: name,
    FullName: `${short} ${name}`,
    ProvinceCode: '15',
    AdministrativeUnitShortName: short,
  };
}
const snapshot = (wards: object[], short = 'Tỉnh') =>
  JSON.stringify([
    {
      Code: '15',
      Name: 'Lào Cai',
      FullName: `${short} Lào Cai`,
      AdministrativeUnitShortName: short,
      Wards: wards,
    },
  ]);

function tinyRegistry(
  current = snapshot([
    ward('04543', 'Âu Lâu', 'Phường'),
    ward('04550', 'Tân Hợp', 'Phường'),
    ward('04559', 'Tân Hợp', 'Xã'),
  ]),
) {
  const base = snapshot([
    ward('04543', 'Âu Lân', 'Phường'),
    ward('04550', 'Tân Hợp', 'Xã'),
    ward('04559', 'Tân Hợp', 'Xã'),
  ]);
  const file = (name: string, date: string, text: string) => ({
    file: name,
    date,
    units: parseSnapshot(text, name).units,
  });
  return reconcile({
    nso: { file: 'nso.csv', rows: parseNsoTable(nsoText, 'nso.csv').rows },
    base: file('base.json', '2025-07-01', base),
    current: file('current.json', '2026-07-25', current),
    map: {
      file: 'map.csv',
      rows: parseProvinceMap(
        'old_code,old_name,new_code,new_name\n10,Tỉnh Lào Cai,15,Tỉnh Lào Cai\n15,Tỉnh Yên Bái,15,Tỉnh Lào Cai\n',
        'map.csv',
      ).rows,
    },
    codes: {
      file: 'codes.csv',
      rows: parseProvinceCodes('Stt,Mã số,Tên 34 tỉnh sau sáp nhập\n7,15,Lào Cai\n', 'codes.csv')
        .rows,
    },
  });
}

describe('the conversion table reader', () => {
  it('reads a messy table by column names, citing physical lines, correcting a type word aloud', () => {
    const { rows, issues } = parseNsoTable(nsoText, 'nso.csv');
    expect(rows.map((r) => [r.line, r.record, r.newName, r.oldName, r.kind])).toEqual([
      [4, 4, 'Phường Âu Lâu', 'Phường Hợp Minh', 'whole'],
      [6, 5, 'Phường Âu Lâu', 'Xã Âu Lâu', 'whole'],
      [7, 6, 'Phường Âu Lâu', 'Xã Gia Phú', 'partial'],
      [8, 7, 'Xã Tân Hợp', 'Xã Tân Hợp', 'unchanged'],
      [9, 8, 'Xã Tân Hợp', 'Xã Đông An', 'partial'],
      [10, 9, 'Xã Tân Hợp', 'Xã Mậu A', 'whole'],
    ]);
    expect(issues.filter((i) => i.severity !== 'info').map((i) => [i.code, i.line])).toEqual([
      ['TYPE_WORD_CORRECTED', 8],
    ]);
    expect(issues.find((i) => i.code === 'TEXT_NORMALISED')?.messageEn).toMatch(/line break/);
  });
});

describe('reconciling the sources', () => {
  it('keeps the newest type with its date, the old name as a former name, and other spellings as aliases', () => {
    const r = tinyRegistry();
    const byCode = new Map(r.units.map((u) => [u.code, u]));
    expect(byCode.get('15')).toMatchObject({
      name: 'Tỉnh Lào Cai',
      formerNames: ['Tỉnh Yên Bái'],
      formerProvinces: ['Tỉnh Lào Cai', 'Tỉnh Yên Bái'],
      slug: 'lao-cai',
    });
    expect(byCode.get('04543')).toMatchObject({
      name: 'Phường Âu Lâu',
      formerNames: ['Phường Hợp Minh', 'Xã Âu Lâu', 'Xã Gia Phú'],
      partialFormerNames: ['Xã Gia Phú'],
      aliases: ['Phường Âu Lân'],
      formerDistricts: ['Thành phố Yên Bái', 'Huyện Bảo Thắng'],
      slug: 'phuong-au-lau',
    });
    expect(byCode.get('04550')).toMatchObject({
      name: 'Phường Tân Hợp',
      formerNames: ['Xã Tân Hợp'],
    });
    expect(r.changes).toEqual([
      { code: '04550', from: 'Xã Tân Hợp', to: 'Phường Tân Hợp', since: '2026-07-25', basis: '' },
    ]);
    expect(r.issues.find((i) => i.code === 'CHANGE_DATE_UNKNOWN')).toMatchObject({
      severity: 'warning',
      unit: '04550',
    });
    // The old province of line 8 is corrected from the other rows of its district.
    expect(r.issues.find((i) => i.code === 'OLD_PROVINCE_CORRECTED')).toMatchObject({
      line: 8,
      unit: '04550',
    });
  });
  it('pairs a unit listed under two codes, keeping the NSO code', () => {
    const r = tinyRegistry();
    // 04551 (NSO) = 04559 (both snapshots): one unit under the NSO code.
    expect(r.units.find((u) => u.code === '04551')).toMatchObject({
      name: 'Xã Tân Hợp',
      aliases: ['04559'],
      partialFormerNames: ['Xã Đông An'],
      slug: 'xa-tan-hop',
    });
    expect(
      r.issues
        .filter((i) => i.severity === 'warning')
        .map((i) => i.code)
        .sort(),
    ).toEqual(['CHANGE_DATE_UNKNOWN', 'CODE_ALIAS', 'NAME_SPELLING', 'OLD_PROVINCE_CORRECTED']);
  });
  it('never drops a unit silently: one missing from a source is an error', () => {
    const r = tinyRegistry(
      snapshot([ward('04543', 'Âu Lâu', 'Phường'), ward('04559', 'Tân Hợp', 'Xã')]),
    );
    expect(r.issues.find((i) => i.severity === 'error')).toMatchObject({
      code: 'UNIT_MISSING',
      unit: '04550',
    });
  });
  it('round-trips through units.csv and the registry schema, extra columns included', () => {
    const { units } = tinyRegistry();
    const read = readUnits(readCsv(unitsToCsv(units), 'units.csv', unitColumns), 'units.csv');
    expect(read.diagnostics).toEqual([]);
    expect(read.units).toEqual(units);
  });
});

describe('the shipped official registry (data/registry)', () => {
  const read = readUnits(
    readCsv(readFileSync('data/registry/units.csv', 'utf8'), 'units.csv', unitColumns),
    'units.csv',
  );
  const units = new Map(read.units.map((u) => [u.code, u]));
  const communes = read.units.filter((u) => u.level === 'commune');
  it('validates, with 34 provinces and 3,321 communes in the known counts', () => {
    expect(read.diagnostics).toEqual([]);
    expect(read.units.filter((u) => u.level === 'province')).toHaveLength(34);
    expect(communes).toHaveLength(3321);
    expect(communes.filter((u) => u.parent === '22')).toHaveLength(54);
    expect(communes.filter((u) => u.parent === '31')).toHaveLength(114);
    expect(communes.filter((u) => u.type === 'dac-khu')).toHaveLength(13);
    expect(communes.filter((u) => u.type === 'phuong')).toHaveLength(697);
  });
  it('is the 2026 state: Thành phố Đồng Nai, Phường Đồng Phú, with what they were before', () => {
    expect(units.get('75')).toMatchObject({
      name: 'Thành phố Đồng Nai',
      type: 'thanh-pho',
      formerNames: ['Tỉnh Bình Phước', 'Tỉnh Đồng Nai'],
    });
    expect(units.get('25363')).toMatchObject({
      name: 'Phường Đồng Phú',
      slug: 'phuong-dong-phu',
      formerProvinces: ['Tỉnh Bình Phước'],
    });
    expect(units.get('25363')?.formerNames).toContain('Xã Đồng Phú');
    expect(units.get('23317')).toMatchObject({
      name: 'Xã Ngọk Bay',
      parent: '51',
      slug: 'xa-ngok-bay',
    });
    expect(units.get('17605')).toMatchObject({
      name: 'Xã Hợp Minh',
      parent: '40',
      slug: 'xa-hop-minh',
    });
    expect(units.get('04543')?.formerNames).toContain('Phường Hợp Minh');
  });
  it('carries the settled disagreements: Ba Chẽ 06970 (alias 06978), Phố Bảng (alias Phó Bảng), one tone style', () => {
    expect(units.get('06970')).toMatchObject({ name: 'Xã Ba Chẽ', aliases: ['06978'] });
    expect(units.get('00745')).toMatchObject({ name: 'Xã Phố Bảng', aliases: ['Xã Phó Bảng'] });
    expect(units.get('38')?.name).toBe('Tỉnh Thanh Hóa');
    expect(
      read.units.filter(
        (u) =>
          /[oO][àáảãạ]\b|[uU][ỳýỷỹỵ]\b/.test(newStyleTones(u.name)) !==
          /[oO][àáảãạ]\b|[uU][ỳýỷỹỵ]\b/.test(u.name),
      ),
    ).toEqual([]);
  });
});

const SHARED = '../shared/data/vn-admin';
let imported: ReturnType<typeof importRegistry> | undefined;
/** Imported once, and only when a test that needs ../shared runs (never at collection time). */
const fromShared = () => (imported ??= importRegistry(SHARED));

describe('the importer on the public tables (../shared; skipped in a fresh clone)', () => {
  it.skipIf(!existsSync(SHARED))(
    'finds exactly the known problems of the sources, and no error',
    () => {
      const r = fromShared();
      if ('issues' in r) throw new Error(r.issues[0]!.messageEn);
      const warnings = r.registry.issues
        .filter((i) => i.severity !== 'info')
        .map((i) => `${i.code} ${i.unit}`);
      expect(warnings.sort()).toEqual([
        'CODE_ALIAS 06970',
        'FULLNAME_CASE 06325',
        'NAME_SPELLING 00745',
        'OLD_CODE_CONFLICT 01648',
        'OLD_CODE_CONFLICT 02494',
        'OLD_CODE_CORRECTED 00562',
        'OLD_NAME_NO_TYPE 22111',
        'OLD_NAME_NO_TYPE 22111',
        'OLD_NOT_A_UNIT 14698',
        'OLD_PROVINCE_CORRECTED 19742',
        'OLD_PROVINCE_CORRECTED 27694',
        'OLD_PROVINCE_CORRECTED 30781',
        'OLD_PROVINCE_UNPREFIXED 19742',
        'TYPE_WORD_CORRECTED 24496',
        'TYPE_WORD_CORRECTED 24496',
        'TYPE_WORD_CORRECTED 31843',
      ]);
      expect(r.registry.predecessors.filter((p) => p.oldCode)).toHaveLength(10565);
      expect(r.registry.changes.map((c) => c.code)).toEqual([
        '75',
        '25270',
        '25357',
        '25363',
        '26116',
        '26170',
        '26248',
        '26326',
        '26368',
        '26425',
        '26485',
      ]);
    },
  );
  it.skipIf(!existsSync(SHARED))(
    'reproduces the committed data/registry files byte for byte',
    () => {
      const r = fromShared();
      if ('issues' in r) throw new Error(r.issues[0]!.messageEn);
      const out = mkdtempSync(join(tmpdir(), 'mb-registry-'));
      for (const file of writeRegistry(out, r))
        expect(readFileSync(file, 'utf8'), `${file} is stale: run npm run import-registry`).toBe(
          readFileSync(join('data/registry', file.slice(out.length + 1)), 'utf8'),
        );
    },
  );
});

export type { Unit };
