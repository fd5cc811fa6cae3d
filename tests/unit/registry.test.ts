import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseConversionTable } from '../../src/tools/registry/conversion-table.ts';
import { unitsToCsv } from '../../src/tools/registry/units-csv.ts';
import { readCsv } from '../../src/lib/ingest/csv.ts';
import { readUnits } from '../../src/lib/ingest/units.ts';
import { unitColumns } from '../../src/lib/schema/unit.ts';

const TABLE = '../shared/data/vn-admin/nso_bang_chuyen_doi_dvhc_moi_cu.csv';

const small = [
  'Đơn vị hành chính từ ngày 01/7/2025,,,Đơn vị hành chính trước ngày 01/7/2025,,,,,',
  '"Tỉnh, thành phố",Tên Xã mới,Mã Xã mới,Tên Xã cũ,Mã Xã cũ,Ghi chú,Quận/huyện,Tỉnh cũ,',
  'TỈNH LÀO CAI  ,,,,,,,,',
  'Tỉnh Lào Cai (15),Phường Âu Lâu,04543,Xã Âu Lâu,04540,Nhập toàn bộ,Thành phố Yên Bái (132),Tỉnh Yên Bái (15),',
  'Tỉnh Lào Cai (15),Phường Âu Lâu,04543,Phường Hợp Minh,04541,Nhập toàn bộ,Thành phố Yên Bái (132),Tỉnh Yên Bái (15),',
  'Tỉnh Lào Cai (15),Xa Ea Mau,09999,Xã Ea Mau,09998,Giữ nguyên,Huyện X (1),Tỉnh Lào Cai (15),',
].join('\n');

describe('parseConversionTable', () => {
  it('builds provinces and communes with former names, and says what it corrected', () => {
    const { units, diagnostics } = parseConversionTable(small, 't.csv');
    expect(units).toEqual([
      {
        code: '15',
        name: 'Tỉnh Lào Cai',
        level: 'province',
        type: 'tinh',
        formerNames: [],
        slug: 'lao-cai',
      },
      {
        code: '04543',
        name: 'Phường Âu Lâu',
        level: 'commune',
        type: 'phuong',
        parent: '15',
        formerNames: ['Xã Âu Lâu', 'Phường Hợp Minh'],
        slug: 'phuong-au-lau',
      },
      {
        code: '09999',
        name: 'Xã Ea Mau',
        level: 'commune',
        type: 'xa',
        parent: '15',
        formerNames: [],
        slug: 'xa-ea-mau',
      },
    ]);
    expect(diagnostics.map((i) => [i.code, i.row])).toEqual([['NAME_CORRECTED', 6]]);
  });
  it('round-trips through units.csv and the registry schema', () => {
    const { units } = parseConversionTable(small, 't.csv');
    const read = readUnits(readCsv(unitsToCsv(units), 'units.csv', unitColumns), 'units.csv');
    expect(read.diagnostics).toEqual([]);
    expect(read.units).toEqual(units);
  });
});

describe.skipIf(!existsSync(TABLE))('the real conversion table (../shared)', () => {
  const { units, diagnostics } = parseConversionTable(readFileSync(TABLE, 'utf8'), TABLE);
  const communes = units.filter((u) => u.level === 'commune');
  it('yields 34 provinces and 3,321 communes with the known counts', () => {
    expect(diagnostics.filter((i) => i.severity === 'error')).toEqual([]);
    expect(units.filter((u) => u.level === 'province')).toHaveLength(34);
    expect(communes).toHaveLength(3321);
    expect(communes.filter((u) => u.parent === '22')).toHaveLength(54);
    expect(communes.filter((u) => u.parent === '31')).toHaveLength(114);
    expect(communes.filter((u) => u.type === 'dac-khu')).toHaveLength(13);
  });
  it('knows the seed communes and a merged unit by its former name', () => {
    expect(communes.find((u) => u.code === '23317')).toMatchObject({
      name: 'Xã Ngọk Bay',
      parent: '51',
    });
    expect(communes.find((u) => u.code === '25363')).toMatchObject({
      name: 'Xã Đồng Phú',
      parent: '75',
    });
    expect(communes.find((u) => u.code === '17605')).toMatchObject({
      name: 'Xã Hợp Minh',
      parent: '40',
    });
    expect(communes.find((u) => u.name === 'Phường Âu Lâu')?.formerNames).toContain(
      'Phường Hợp Minh',
    );
  });
  it('writes a registry that validates', () => {
    const read = readUnits(readCsv(unitsToCsv(units), 'units.csv', unitColumns), 'units.csv');
    expect(read.diagnostics).toEqual([]);
    expect(read.units).toHaveLength(3355);
  });
});
