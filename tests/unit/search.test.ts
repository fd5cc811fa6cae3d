import { describe, expect, it } from 'vitest';
import { initials } from '../../src/lib/search/prepare.ts';
import { readQuery } from '../../src/lib/search/query.ts';
import { nearly } from '../../src/lib/search/typo.ts';
import { pillars } from '../../src/lib/schema/common.ts';
import type { Task } from '../../src/lib/schema/task.ts';
import type { Unit } from '../../src/lib/schema/unit.ts';
import { indicators, units } from '../fixtures/model.ts';
import { officialUnits } from '../fixtures/registry.ts';
import { searchAnswers, searchEngine } from '../fixtures/search.ts';

const extra: Unit[] = [
  {
    code: '75',
    name: 'Thành phố Đồng Nai',
    level: 'province',
    type: 'thanh-pho',
    formerNames: ['Tỉnh Bình Phước', 'Tỉnh Đồng Nai'],
    slug: 'dong-nai',
  },
  {
    code: '25363',
    name: 'Phường Đồng Phú',
    level: 'commune',
    type: 'phuong',
    parent: '75',
    formerNames: ['Thị trấn Tân Phú', 'Xã Đồng Phú'],
    formerProvinces: ['Tỉnh Bình Phước'],
    slug: 'phuong-dong-phu',
  },
  {
    code: '90003',
    name: 'Xã Mẫu An Bình',
    level: 'commune',
    type: 'xa',
    parent: '51',
    formerNames: ['Xã Đồng Phú'],
    partialFormerNames: ['Xã Đồng Phú'],
    slug: 'xa-mau-an-binh',
  },
  {
    code: '79',
    name: 'Thành phố Hồ Chí Minh',
    level: 'province',
    type: 'thanh-pho',
    formerNames: ['Tỉnh Bình Dương'],
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
const find = searchEngine([...units, ...extra], { indicators });
const names = (q: string, n = 20) => find(q, n).map((r) => r.entry.name);

describe('query understanding', () => {
  it('reads a leading type word as a qualifier, keeps typed marks, tries apostrophes both ways', () => {
    const q = readQuery("Xã Ea H'Leo");
    expect(q.readings).toEqual([
      { type: '', rest: 'xa ea h leo' },
      { type: 'xa', rest: 'ea h leo' },
      { type: '', rest: 'xa ea hleo' },
      { type: 'xa', rest: 'ea hleo' },
    ]);
    expect(q.marked.map(([letters]) => letters)).toEqual(['xa']);
    expect(readQuery('TP.HCM').readings).toContainEqual({ type: 'thanh pho', rest: 'hcm' });
    expect(readQuery('1760').digits).toBe('1760');
  });
});

describe('search ranking', () => {
  it('finds without diacritics, đ typed as d, exact name first, former name after, saying so', () => {
    const r = find('dong phu');
    expect(r[0]?.entry.name).toBe('Phường Đồng Phú');
    expect(r[1]).toMatchObject({ entry: { name: 'Xã Mẫu An Bình' }, via: 'Xã Đồng Phú' });
  });
  it('a type word qualifies: "xã đồng phú" finds what was Xã Đồng Phú, and never matches as a word', () => {
    expect(find('xã đồng phú')[0]?.entry.code).toBe('25363');
    expect(find('xa dong phu')[0]?.entry.code).toBe('25363');
    expect(names('phu')).not.toContain('Phường Mẫu Hòa Lợi');
    expect(names('xa')).toEqual([]);
  });
  it('a name followed by its province, former province or abbreviation narrows to it', () => {
    expect(find('hop minh, dong nai')[0]?.entry.code).toBe('17605');
    expect(find('dong phu binh phuoc')[0]?.entry.code).toBe('25363');
    expect(find('ngok bay tinh quang ngai')[0]?.entry.code).toBe('23317');
  });
  it('finds by former name, by code and code prefix, with the type word, and with one typo', () => {
    expect(find('kroong')[0]).toMatchObject({ entry: { name: 'Xã Ngọk Bay' }, via: 'Xã Kroong' });
    expect(find('23317')[0]?.entry.name).toBe('Xã Ngọk Bay');
    expect(find('2331')[0]?.entry.name).toBe('Xã Ngọk Bay');
    expect(find('xã ngọk bay')[0]?.entry.name).toBe('Xã Ngọk Bay');
    expect(find('ngok bya')[0]?.entry.name).toBe('Xã Ngọk Bay');
  });
  it('a former province finds the province it went into; abbreviations find their province', () => {
    expect(find('binh duong')[0]).toMatchObject({
      entry: { name: 'Thành phố Hồ Chí Minh' },
      via: 'Tỉnh Bình Dương',
    });
    expect(find('tphcm')[0]).toMatchObject({ entry: { name: 'Thành phố Hồ Chí Minh' } });
    expect(find('tphcm')[0]?.via).toBeUndefined();
    expect(find('tp ho chi minh')[0]?.entry.code).toBe('79');
  });
  it('a province name lists the province first, then its communes', () => {
    const r = names('quang ngai');
    expect(r[0]).toBe('Tỉnh Quảng Ngãi');
    expect(r.slice(1)).toEqual(expect.arrayContaining(['Xã Ngọk Bay', 'Xã Mẫu An Bình']));
  });
  it('shows type and province so that same-named communes are told apart', () => {
    const twins = searchEngine([
      ...units,
      { ...units[3]!, code: '90009', parent: '51', slug: 'xa-mau-an-binh' },
    ])('an binh');
    expect(twins.map((x) => `${x.entry.name} · ${x.entry.province}`)).toEqual([
      'Xã Mẫu An Bình · Tỉnh Quảng Ngãi',
      'Xã Mẫu An Bình · Tỉnh Quảng Ninh',
    ]);
  });
  it('offers typo matches only when nothing matches as typed', () => {
    expect(names('hop minh')).toEqual(['Xã Hợp Minh']);
    expect(find('ho chi mihn')[0]?.entry.name).toBe('Thành phố Hồ Chí Minh');
  });
  it('ranks places above indicators; an indicator’s other names are not former names', () => {
    const r = find('ho so');
    expect(r.map((x) => x.entry.kind)).toEqual(['indicator']);
    expect(r[0]?.via).toBeUndefined();
    expect(find('')).toEqual([]);
  });
});

describe('search on the official registry', () => {
  const real = searchEngine(officialUnits());
  it('type words never match as words: "dong phu" lists only names with those words', () => {
    const results = real('dong phu', 100);
    expect(results.slice(0, 2).map((r) => r.entry.code)).toEqual(['25363', '07450']);
    // Names without their type word: "phu" must be in the name itself, not in "Phường".
    for (const r of results) {
      const bare = [
        ...r.entry.keys,
        ...r.entry.alts.map((a) => a.key),
        ...r.entry.districts.map((d) => d.key),
      ];
      expect(
        bare
          .join(' ')
          .split(' ')
          .some((w) => w.startsWith('phu')),
        r.entry.name,
      ).toBe(true);
    }
  });
  it('a province’s communes come before any task or page', () => {
    const r = real('ha noi', 20);
    expect(r[0]?.entry.name).toBe('Thành phố Hà Nội');
    expect(r.every((x) => x.entry.kind === 'province' || x.entry.kind === 'commune')).toBe(true);
  });
});

describe('a name with a place that does not match, and nothing found', () => {
  const ask = searchAnswers(officialUnits());
  it('falls back to the name alone, saying where it was found', () => {
    const { results, note } = ask('hợp minh hà nội');
    expect(results.map((r) => r.entry.code)).toEqual(['17605', '04543']);
    expect(note?.vi).toBe(
      'Không có Hợp Minh ở Hà Nội; có Xã Hợp Minh, Nghệ An; Phường Âu Lâu, Lào Cai (trước đây Phường Hợp Minh)',
    );
    expect(note?.en).toMatch(/^No Hợp Minh in Hà Nội; found Xã Hợp Minh, Nghệ An/);
    // A district, an abbreviation or words that name no place are said as the place too.
    expect(ask('ngok bay huyen yen thanh').note?.vi).toMatch(
      /^Không có Ngọk Bay ở Huyện Yên Thành;/,
    );
    expect(ask('ngok bay quang ngia').note?.vi).toBe(
      'Không có Ngọk Bay ở “quang ngia”; có Xã Ngọk Bay, Quảng Ngãi',
    );
  });
  it('a former place word may match a former name: no fallback then', () => {
    for (const q of ['hợp minh yên bái', 'hop minh lao cai']) {
      const { results, note } = ask(q);
      expect(note).toBeUndefined();
      expect(results[0]).toMatchObject({ entry: { code: '04543' }, via: 'Phường Hợp Minh' });
    }
  });
  it('where the name is known in one province only, the other province falls back to it', () => {
    const sampleLike = officialUnits().filter((u) => u.code !== '04543'); // no former Hợp Minh
    const answers = searchAnswers(sampleLike);
    for (const [q, place] of [
      ['hợp minh yên bái', 'Yên Bái'],
      ['hop minh lao cai', 'Lào Cai'],
    ]) {
      const { results, note } = answers(q!);
      expect(results.map((r) => r.entry.code)).toEqual(['17605']);
      expect(note?.vi).toBe(`Không có Hợp Minh ở ${place}; có Xã Hợp Minh, Nghệ An`);
    }
  });
  it('a query that finds nothing says so; an empty one says nothing', () => {
    expect(ask('xyzzy qwv')).toEqual({ results: [], note: expect.objectContaining({}) });
    expect(ask('xyzzy qwv').note?.vi).toMatch(/^Không tìm thấy “xyzzy qwv”/);
    expect(ask('99999999').note?.vi).toMatch(/^Không tìm thấy/);
    expect(ask('  ')).toEqual({ results: [] });
  });
});

describe('province abbreviations, marks, typos', () => {
  const real = searchEngine(officialUnits());
  const provinces = officialUnits().filter((u) => u.level === 'province');
  it('every province is found by its initials, and a city with "tp" in front', () => {
    expect(provinces).toHaveLength(34);
    for (const p of provinces) {
      const abbreviations = initials(p.name);
      expect(abbreviations.length, p.name).toBeGreaterThan(0);
      for (const a of abbreviations) {
        const found = real(a, 5).map((r) => r.entry.code);
        expect(found, `${a} → ${p.name}`).toContain(p.code);
      }
    }
    expect(initials('Tỉnh Quảng Ninh')).toEqual(['qn']);
    expect(initials('Thành phố Hồ Chí Minh')).toEqual(['hcm', 'tphcm']);
    expect(initials('Thành phố Huế')).toEqual(['tphue']);
  });
  it('"qn", "hp", "hcm", "hn", "tphcm" find their provinces first', () => {
    expect(
      real('qn')
        .map((r) => r.entry.name)
        .slice(0, 2),
    ).toEqual(['Tỉnh Quảng Ngãi', 'Tỉnh Quảng Ninh']);
    expect(real('qn')[2]).toMatchObject({ entry: { code: '48' }, via: 'Tỉnh Quảng Nam' });
    for (const [q, code] of [
      ['hp', '31'],
      ['hcm', '79'],
      ['hn', '01'],
      ['tphcm', '79'],
      ['HN', '01'],
      ['tth', '46'],
    ])
      expect(real(q!)[0]?.entry.code, q).toBe(code);
  });
  it('typed marks rule out only what they contradict: "đong phu" is Phường Đồng Phú', () => {
    expect(real('đong phu')[0]?.entry.code).toBe('25363');
    expect(real('đông phu')[0]?.entry.code).toBe('25363');
    expect(real('đồng phu')[0]?.entry.code).toBe('25363');
    expect(real('đông phú')[0]?.entry.code).toBe('25363');
    // Đông Phú (Bắc Ninh) agrees with "đông" but not with "đồng": the marks typed decide.
    expect(real('đông phu', 2).map((r) => r.entry.code)).toEqual(['25363', '07450']);
    expect(real('đồng phú', 2).map((r) => r.entry.code)).toEqual(['25363', '18880']);
  });
  it('a transposed letter is a typo like any other, the first two letters too', () => {
    expect(nearly('hop', 'hpo')).toBe(true);
    expect(nearly('hop', 'ohp')).toBe(true);
    for (const q of ['ohp minh', 'hpo minh', 'hop mnih', 'hop imnh', 'hop minh'])
      expect(
        real(q, 3).map((r) => r.entry.code),
        q,
      ).toContain('17605');
    expect(real('ohp minh')[0]?.entry.code).toBe('17605');
    expect(real('gnok bay')[0]?.entry.code).toBe('23317');
  });
});

describe('a place name outranks task text', () => {
  const tasks: Task[] = [
    {
      unit: '25363',
      id: 'T-1',
      pillar: pillars[0],
      title: 'Đóng góp ý kiến phụ lục kế hoạch',
      lead: 'Sở Khoa học',
      coordinating: [],
      expectedResult: '',
      deadline: null,
      status: 'in-progress',
      from: { file: 'tasks.csv', row: 2 },
    },
  ];
  it('"đong phu" lists Phường Đồng Phú above a task whose words also match', () => {
    const ranked = searchEngine([...units, ...extra], { indicators, tasks })('đong phu');
    expect(ranked.map((r) => r.entry.kind)).toEqual(['commune', 'commune', 'task']);
    expect(ranked[0]?.entry.name).toBe('Phường Đồng Phú');
    // Marks the ward's name contradicts ("đóng") demote it among places, never below a task.
    const contradicted = searchEngine([...units, ...extra], { indicators, tasks })('đóng phu');
    expect(contradicted.map((r) => r.entry.kind)).toEqual(['commune', 'commune', 'task']);
  });
});
