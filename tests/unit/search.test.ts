import { describe, expect, it } from 'vitest';
import { buildModel } from '../../src/lib/model/build-model.ts';
import { buildSearchIndex } from '../../src/lib/search/entries.ts';
import { prepare, search } from '../../src/lib/search/rank.ts';
import type { Unit } from '../../src/lib/schema/unit.ts';
import { dataset, indicators, units } from '../fixtures/model.ts';

function engine(list: Unit[]) {
  const model = buildModel({
    dataset,
    units: list,
    indicators,
    plans: [],
    observations: [],
    tasks: [],
  });
  const entries = prepare(buildSearchIndex(model));
  return (q: string) => search(entries, q);
}

const extra: Unit[] = [
  {
    code: '75',
    name: 'Thành phố Đồng Nai',
    level: 'province',
    type: 'thanh-pho',
    formerNames: [],
    slug: 'dong-nai',
  },
  {
    code: '25363',
    name: 'Xã Đồng Phú',
    level: 'commune',
    type: 'xa',
    parent: '75',
    formerNames: [],
    slug: 'xa-dong-phu',
  },
  {
    code: '90003',
    name: 'Xã Mẫu An Bình',
    level: 'commune',
    type: 'xa',
    parent: '51',
    formerNames: ['Xã Đồng Phú'],
    slug: 'xa-mau-an-binh',
  },
  {
    code: '79',
    name: 'Thành phố Hồ Chí Minh',
    level: 'province',
    type: 'thanh-pho',
    formerNames: [],
    slug: 'ho-chi-minh',
  },
  {
    code: '17605',
    name: 'Xã Hợp Minh',
    level: 'commune',
    type: 'xa',
    parent: '75',
    formerNames: [],
    slug: 'xa-hop-minh',
  },
];
const find = engine([...units, ...extra]);

describe('search ranking', () => {
  it('finds without diacritics, đ typed as d, exact name first', () => {
    const r = find('dong phu');
    expect(r[0]?.entry.name).toBe('Xã Đồng Phú');
    expect(r[1]).toMatchObject({ entry: { name: 'Xã Mẫu An Bình' }, via: 'Xã Đồng Phú' });
  });
  it('finds by former name, by code, with the type word, and with one typo', () => {
    expect(find('kroong')[0]).toMatchObject({ entry: { name: 'Xã Ngọk Bay' }, via: 'Xã Kroong' });
    expect(find('23317')[0]?.entry.name).toBe('Xã Ngọk Bay');
    expect(find('xã ngọk bay')[0]?.entry.name).toBe('Xã Ngọk Bay');
    expect(find('ngok bya')[0]?.entry.name).toBe('Xã Ngọk Bay');
  });
  it('a province name lists the province first, then its communes', () => {
    const r = find('quang ngai').map((x) => x.entry.name);
    expect(r[0]).toBe('Tỉnh Quảng Ngãi');
    expect(r.slice(1)).toEqual(expect.arrayContaining(['Xã Ngọk Bay', 'Xã Mẫu An Bình']));
  });
  it('shows type and province so that same-named communes are told apart', () => {
    const twins = engine([
      ...units,
      { ...units[3]!, code: '90009', parent: '51', slug: 'xa-mau-an-binh' },
    ])('an binh');
    expect(twins.map((x) => `${x.entry.name} · ${x.entry.province}`)).toEqual([
      'Xã Mẫu An Bình · Tỉnh Quảng Ngãi',
      'Xã Mẫu An Bình · Tỉnh Quảng Ninh',
    ]);
  });
  it('offers typo matches only when nothing matches as typed', () => {
    expect(find('hop minh').map((x) => x.entry.name)).toEqual(['Xã Hợp Minh']);
    expect(find('ho chi mihn')[0]?.entry.name).toBe('Thành phố Hồ Chí Minh');
  });
  it('ranks units above indicator pages', () => {
    const r = find('ho so');
    expect(r.every((x) => x.entry.kind === 'indicator')).toBe(true);
    expect(find('')).toEqual([]);
  });
});
