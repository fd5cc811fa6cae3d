import type { UnitType } from '../../lib/schema/unit.ts';

/** The 34 province-level units from 1 July 2025, with their official codes (public facts). */
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

/** The seed plans' communes, which the sample keeps under their real names and codes. */
export const SEED_COMMUNES = [
  { code: '23317', name: 'Xã Ngọk Bay', parent: '51' },
  { code: '25363', name: 'Xã Đồng Phú', parent: '75' },
  { code: '17605', name: 'Xã Hợp Minh', parent: '40' },
] as const;

/** Commune counts the brief states (1 July 2025). */
export const KNOWN_COMMUNE_COUNTS: Readonly<Record<string, number>> = { '22': 54, '31': 114 };
export const NATIONAL_COMMUNES = 3321;
