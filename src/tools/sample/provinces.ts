import type { Unit, UnitType } from '../../lib/schema/unit.ts';

/**
 * The 34 province-level units with their official codes and names as of 2026 (Đồng Nai a
 * centrally-run city since 30/04/2026), as in the official registry (data/registry); public facts.
 */
export const PROVINCES: readonly { code: string; name: string; type: UnitType }[] = [
  ['01', 'Thành phố Hà Nội'],
  ['04', 'Tỉnh Cao Bằng'],
  ['08', 'Tỉnh Tuyên Quang'],
  ['11', 'Tỉnh Điện Biên'],
  ['12', 'Tỉnh Lai Châu'],
  ['14', 'Tỉnh Sơn La'],
  ['15', 'Tỉnh Lào Cai'],
  ['19', 'Tỉnh Thái Nguyên'],
  ['20', 'Tỉnh Lạng Sơn'],
  ['22', 'Tỉnh Quảng Ninh'],
  ['24', 'Tỉnh Bắc Ninh'],
  ['25', 'Tỉnh Phú Thọ'],
  ['31', 'Thành phố Hải Phòng'],
  ['33', 'Tỉnh Hưng Yên'],
  ['37', 'Tỉnh Ninh Bình'],
  ['38', 'Tỉnh Thanh Hóa'],
  ['40', 'Tỉnh Nghệ An'],
  ['42', 'Tỉnh Hà Tĩnh'],
  ['44', 'Tỉnh Quảng Trị'],
  ['46', 'Thành phố Huế'],
  ['48', 'Thành phố Đà Nẵng'],
  ['51', 'Tỉnh Quảng Ngãi'],
  ['52', 'Tỉnh Gia Lai'],
  ['56', 'Tỉnh Khánh Hòa'],
  ['66', 'Tỉnh Đắk Lắk'],
  ['68', 'Tỉnh Lâm Đồng'],
  ['75', 'Thành phố Đồng Nai'],
  ['79', 'Thành phố Hồ Chí Minh'],
  ['80', 'Tỉnh Tây Ninh'],
  ['82', 'Tỉnh Đồng Tháp'],
  ['86', 'Tỉnh Vĩnh Long'],
  ['91', 'Tỉnh An Giang'],
  ['92', 'Thành phố Cần Thơ'],
  ['96', 'Tỉnh Cà Mau'],
].map(([code, name]) => ({
  code: code!,
  name: name!,
  type: name!.startsWith('Thành phố') ? 'thanh-pho' : 'tinh',
}));

/** The provinces (of the 63 before 1 July 2025) each was formed from, besides itself (public facts). */
export const FORMER_PROVINCES: Readonly<Record<string, readonly string[]>> = {
  '08': ['Tỉnh Hà Giang'],
  '15': ['Tỉnh Yên Bái'],
  '19': ['Tỉnh Bắc Kạn'],
  '24': ['Tỉnh Bắc Giang'],
  '25': ['Tỉnh Hòa Bình', 'Tỉnh Vĩnh Phúc'],
  '31': ['Tỉnh Hải Dương'],
  '33': ['Tỉnh Thái Bình'],
  '37': ['Tỉnh Hà Nam', 'Tỉnh Nam Định'],
  '44': ['Tỉnh Quảng Bình'],
  '48': ['Tỉnh Quảng Nam'],
  '51': ['Tỉnh Kon Tum'],
  '52': ['Tỉnh Bình Định'],
  '56': ['Tỉnh Ninh Thuận'],
  '66': ['Tỉnh Phú Yên'],
  '68': ['Tỉnh Bình Thuận', 'Tỉnh Đắk Nông'],
  '75': ['Tỉnh Bình Phước', 'Tỉnh Đồng Nai'],
  '79': ['Tỉnh Bình Dương', 'Tỉnh Bà Rịa - Vũng Tàu'],
  '80': ['Tỉnh Long An'],
  '82': ['Tỉnh Tiền Giang'],
  '86': ['Tỉnh Bến Tre', 'Tỉnh Trà Vinh'],
  '91': ['Tỉnh Kiên Giang'],
  '92': ['Tỉnh Hậu Giang', 'Tỉnh Sóc Trăng'],
  '96': ['Tỉnh Bạc Liêu'],
};

/**
 * The seed plans' communes, which the sample keeps under their real codes and their official
 * names and types of 2026 (Xã Đồng Phú became Phường Đồng Phú on 30/04/2026), with the units
 * they were formed from, as in the official registry.
 */
export const SEED_COMMUNES: readonly (Pick<
  Unit,
  'code' | 'name' | 'type' | 'formerNames' | 'formerSlugs'
> &
  Required<Pick<Unit, 'parent' | 'formerDistricts' | 'formerProvinces'>>)[] = [
  {
    code: '23317',
    name: 'Xã Ngọk Bay',
    type: 'xa',
    parent: '51',
    formerNames: ['Xã Kroong', 'Xã Vinh Quang'],
    formerDistricts: ['Thành phố Kon Tum'],
    formerProvinces: ['Tỉnh Kon Tum'],
  },
  {
    code: '25363',
    name: 'Phường Đồng Phú',
    type: 'phuong',
    parent: '75',
    formerNames: ['Thị trấn Tân Phú', 'Xã Tân Lập', 'Xã Tân Tiến', 'Xã Đồng Phú'],
    formerSlugs: ['xa-dong-phu'],
    formerDistricts: ['Huyện Đồng Phú'],
    formerProvinces: ['Tỉnh Bình Phước'],
  },
  {
    code: '17605',
    name: 'Xã Hợp Minh',
    type: 'xa',
    parent: '40',
    formerNames: [
      'Xã Long Thành',
      'Xã Vĩnh Thành',
      'Xã Viên Thành',
      'Xã Bảo Thành',
      'Xã Sơn Thành',
    ],
    formerDistricts: ['Huyện Yên Thành'],
    formerProvinces: ['Tỉnh Nghệ An'],
  },
];

/** Commune counts the brief states (1 July 2025). */
export const KNOWN_COMMUNE_COUNTS: Readonly<Record<string, number>> = { '22': 54, '31': 114 };
export const NATIONAL_COMMUNES = 3321;
