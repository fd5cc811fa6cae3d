import type { Unit, UnitType } from '../../lib/schema/unit.ts';
import { slugify } from '../../lib/util/text.ts';
import {
  FORMER_PROVINCES,
  KNOWN_COMMUNE_COUNTS,
  NATIONAL_COMMUNES,
  PROVINCES,
  SEED_COMMUNES,
} from './provinces.ts';
import type { Random } from './random.ts';

// Every sample name carries the word "Mẫu" (sample) so that it cannot pass for a real unit.
const FIRST = [
  'An',
  'Bình',
  'Hòa',
  'Phú',
  'Tân',
  'Thạnh',
  'Đông',
  'Tây',
  'Nam',
  'Bắc',
  'Long',
  'Phước',
  'Hưng',
  'Thuận',
  'Vĩnh',
  'Quảng',
  'Đức',
  'Minh',
  'Hải',
  'Sơn',
  'Lạc',
  'Thịnh',
  'Gia',
  'Yên',
  'Kim',
  'Ngọc',
  'Trung',
  'Đại',
  'Cẩm',
  'Hồng',
  'Ea',
  'Nậm',
  'Mường',
  'Ia',
  'Đăk',
  'Pơ',
];
const SECOND = [
  'An',
  'Bình',
  'Hòa',
  'Lợi',
  'Phú',
  'Thành',
  'Lộc',
  'Hiệp',
  'Điền',
  'Xuân',
  'Thủy',
  'Lâm',
  'Giang',
  'Tiến',
  'Khánh',
  'Phong',
  'Thắng',
  'Đồng',
  'Mỹ',
  'Trạch',
  'Hà',
  'Lương',
  'Sơn',
  'Tú',
  'Rơ',
  'Kar',
  'Lé',
  'Tờ',
  'Ngà',
  'Chư',
];

/** test: 3 communes per province; country: 3,321 communes; stress: the country with every value revised once and a third twice (about 1.3 million rows). */
export type Profile = 'test' | 'country' | 'stress';

/** Communes per province: the brief's known counts, the rest spread to total 3,321 (country) or 3 each (test). */
export function communeCounts(profile: Profile, rnd: Random): Map<string, number> {
  const counts = new Map<string, number>();
  if (profile === 'test') {
    for (const p of PROVINCES) counts.set(p.code, 3);
    return counts;
  }
  const free = PROVINCES.filter((p) => !(p.code in KNOWN_COMMUNE_COUNTS));
  const weights = free.map(() => 40 + rnd.int(0, 130));
  const remaining =
    NATIONAL_COMMUNES - Object.values(KNOWN_COMMUNE_COUNTS).reduce((a, b) => a + b, 0);
  const sum = weights.reduce((a, b) => a + b, 0);
  let given = 0;
  free.forEach((p, i) => {
    const n =
      i === free.length - 1 ? remaining - given : Math.round((weights[i]! / sum) * remaining);
    counts.set(p.code, n);
    given += n;
  });
  for (const [code, n] of Object.entries(KNOWN_COMMUNE_COUNTS)) counts.set(code, n);
  return counts;
}

const PREFIX: Record<UnitType, string> = {
  tinh: 'Tỉnh',
  'thanh-pho': 'Thành phố',
  xa: 'Xã',
  phuong: 'Phường',
  'dac-khu': 'Đặc khu',
};

/** A province with the former provinces (of other names) it was formed from, as its former names. */
const provinceUnit = (p: (typeof PROVINCES)[number]): Unit => ({
  code: p.code,
  name: p.name,
  level: 'province',
  type: p.type,
  formerNames: [...(FORMER_PROVINCES[p.code] ?? [])],
  slug: slugify(p.name.replace(/^(Tỉnh|Thành phố) /, '')),
});

/** The sample registry: 34 real provinces, synthetic communes (codes 9xxxx), the three seed communes. */
export function sampleUnits(profile: Profile, rnd: Random): Unit[] {
  const units: Unit[] = [];
  const counts = communeCounts(profile, rnd);
  let next = 90001;
  const specialZones = new Set(['22', '31', '56', '91', '96', '48', '51', '79']);
  for (const p of PROVINCES) {
    units.push(provinceUnit(p));
    const seeds = SEED_COMMUNES.filter((s) => s.parent === p.code);
    const names = new Set<string>();
    const slugs = new Set<string>();
    const add = (code: string, name: string, type: UnitType, formerNames: string[]) => {
      let slug = slugify(name);
      if (slugs.has(slug)) slug = `${slug}-${code}`;
      slugs.add(slug);
      names.add(name);
      units.push({ code, name, level: 'commune', type, parent: p.code, formerNames, slug });
    };
    for (const s of seeds) {
      add(s.code, s.name, s.type, [...s.formerNames]);
      Object.assign(units.at(-1)!, {
        formerDistricts: s.formerDistricts,
        formerProvinces: s.formerProvinces,
        ...(s.formerSlugs ? { formerSlugs: s.formerSlugs } : {}),
      });
    }
    const want = (counts.get(p.code) ?? 0) - seeds.length;
    let zones = specialZones.has(p.code) && profile !== 'test' ? 1 : 0;
    for (let i = 0; i < want; i++) {
      const type: UnitType =
        zones-- > 0
          ? 'dac-khu'
          : p.type === 'thanh-pho'
            ? rnd.chance(0.55)
              ? 'phuong'
              : 'xa'
            : rnd.chance(0.15)
              ? 'phuong'
              : 'xa';
      let name = '';
      for (let tries = 0; tries < 50 && (name === '' || names.has(name)); tries++)
        name = `${PREFIX[type]} Mẫu ${rnd.pick(FIRST)} ${rnd.pick(SECOND)}`;
      if (names.has(name)) name = `${name} ${i + 1}`;
      const former = Array.from(
        { length: rnd.int(0, 3) },
        () => `${rnd.chance(0.7) ? 'Xã' : 'Thị trấn'} Mẫu ${rnd.pick(FIRST)} ${rnd.pick(SECOND)}`,
      );
      add(
        String(next++),
        name,
        type,
        [...new Set(former)].filter((f) => f !== name),
      );
    }
  }
  return units;
}

/**
 * The sample on the official registry (`--registry official`): every unit for the country
 * profiles; for the test profile the provinces, the seed communes and the first communes (by
 * code) up to 3 per province.
 */
export function officialSample(registry: readonly Unit[], profile: Profile): Unit[] {
  if (profile !== 'test') return [...registry];
  const seeds = new Set(SEED_COMMUNES.map((s) => s.code));
  const kept = new Map<string, number>();
  for (const u of registry)
    if (seeds.has(u.code)) kept.set(u.parent!, (kept.get(u.parent!) ?? 0) + 1);
  return registry.filter((u) => {
    if (u.level === 'province' || seeds.has(u.code)) return true;
    const n = kept.get(u.parent!) ?? 0;
    if (n >= 3) return false;
    kept.set(u.parent!, n + 1);
    return true;
  });
}
