import { z } from 'zod';
import { col } from './columns.ts';

export const unitLevels = ['province', 'commune'] as const;
export const unitTypes = ['tinh', 'thanh-pho', 'xa', 'phuong', 'dac-khu'] as const;
export type UnitLevel = (typeof unitLevels)[number];
export type UnitType = (typeof unitTypes)[number];

export const unitTypeLabel: Record<UnitType, { vi: string; en: string }> = {
  tinh: { vi: 'Tỉnh', en: 'Province' },
  'thanh-pho': { vi: 'Thành phố', en: 'City' },
  xa: { vi: 'Xã', en: 'Commune' },
  phuong: { vi: 'Phường', en: 'Ward' },
  'dac-khu': { vi: 'Đặc khu', en: 'Special zone' },
};

/** One administrative unit of the registry (`data/units.csv`). */
export const unitSchema = z
  .object({
    code: z
      .string()
      .regex(/^(\d{2}|\d{5})$/)
      .describe('Official code: 2 digits for a province, 5 for a commune'),
    name: z.string().min(1).describe('Full official name, e.g. "Xã Đồng Phú"'),
    level: z.enum(unitLevels).describe('province or commune'),
    type: z.enum(unitTypes).describe('tinh, thanh-pho, xa, phuong or dac-khu'),
    parent: z
      .string()
      .regex(/^\d{2}$/)
      .optional()
      .describe('Province code; communes only'),
    formerNames: z
      .array(z.string().min(1))
      .describe('Names of the units merged into this one, and its own earlier name if it changed'),
    partialFormerNames: z
      .array(z.string().min(1))
      .optional()
      .describe(
        'Former names whose unit was only partly merged into this one (also in formerNames)',
      ),
    formerDistricts: z
      .array(z.string().min(1))
      .optional()
      .describe('Districts (abolished 1 July 2025) of the merged units'),
    formerProvinces: z
      .array(z.string().min(1))
      .optional()
      .describe('Provinces before 1 July 2025 (the 63) the merged units belonged to'),
    formerCodes: z
      .array(z.string().regex(/^\d{2}$|^\d{5}$/))
      .optional()
      .describe('Codes of the merged units'),
    aliases: z
      .array(z.string().min(1))
      .optional()
      .describe('Other spellings or codes of this unit seen in official sources, for search'),
    slug: z
      .string()
      .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
      .describe('URL segment, ASCII kebab-case'),
    formerSlugs: z
      .array(z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/))
      .optional()
      .describe(
        'Earlier URL segments of this unit (before a rename or change of type): they redirect to its page',
      ),
  })
  .superRefine((u, ctx) => {
    const want = u.level === 'province' ? 2 : 5;
    if (u.code.length !== want)
      ctx.addIssue({
        code: 'custom',
        path: ['code'],
        message: `a ${u.level} code has ${want} digits`,
      });
    if ((u.level === 'province') !== ['tinh', 'thanh-pho'].includes(u.type))
      ctx.addIssue({
        code: 'custom',
        path: ['type'],
        message: `type ${u.type} does not match level ${u.level}`,
      });
    if (u.level === 'commune' && !u.parent)
      ctx.addIssue({
        code: 'custom',
        path: ['parent'],
        message: 'a commune needs its province code',
      });
  });
export type Unit = z.infer<typeof unitSchema>;

export const unitColumns = [
  col({
    key: 'code',
    vi: 'Mã đơn vị',
    aliases: ['code', 'ma'],
    required: true,
    describeVi: 'Mã chính thức: 2 chữ số (tỉnh) hoặc 5 chữ số (xã)',
    describeEn: 'Official code: 2 digits (province) or 5 (commune)',
    example: '22',
  }),
  col({
    key: 'name',
    vi: 'Tên đơn vị',
    aliases: ['name', 'ten'],
    required: true,
    describeVi: 'Tên đầy đủ',
    describeEn: 'Full name',
    example: 'Tỉnh Quảng Ninh',
  }),
  col({
    key: 'level',
    vi: 'Cấp',
    aliases: ['level'],
    required: true,
    describeVi: '`province` (tỉnh) hoặc `commune` (xã)',
    describeEn: 'province or commune',
    example: 'province',
  }),
  col({
    key: 'type',
    vi: 'Loại',
    aliases: ['type'],
    required: true,
    describeVi: 'tinh, thanh-pho, xa, phuong, dac-khu',
    describeEn: 'tinh, thanh-pho, xa, phuong, dac-khu',
    example: 'tinh',
  }),
  col({
    key: 'parent',
    vi: 'Mã tỉnh',
    aliases: ['parent', 'parent_code', 'ma tinh cha'],
    required: false,
    describeVi: 'Mã tỉnh quản lý (chỉ với xã)',
    describeEn: 'Parent province code (communes only)',
    example: '',
  }),
  col({
    key: 'formerNames',
    vi: 'Tên cũ',
    aliases: ['former_names', 'formerNames', 'ten truoc sap xep'],
    required: false,
    describeVi:
      'Tên các đơn vị cũ đã nhập vào (và tên cũ của chính đơn vị nếu đã đổi), ngăn cách bằng |',
    describeEn: "Former unit names (and the unit's own earlier name if it changed), separated by |",
    example: 'Xã A|Xã B',
  }),
  col({
    key: 'partialFormerNames',
    vi: 'Tên cũ nhập một phần',
    aliases: ['partial_former_names', 'partialFormerNames'],
    required: false,
    describeVi:
      'Những tên cũ chỉ nhập một phần vào đơn vị này (cũng có trong Tên cũ), ngăn cách bằng |',
    describeEn: 'Former names only partly merged into this unit (also in Tên cũ), separated by |',
    example: 'Xã B',
  }),
  col({
    key: 'formerDistricts',
    vi: 'Huyện cũ',
    aliases: ['former_districts', 'formerDistricts'],
    required: false,
    describeVi: 'Quận, huyện, thị xã (trước 01/7/2025) của các đơn vị đã nhập, ngăn cách bằng |',
    describeEn: 'Districts (before 1 July 2025) of the merged units, separated by |',
    example: 'Huyện Yên Thành',
  }),
  col({
    key: 'formerProvinces',
    vi: 'Tỉnh cũ',
    aliases: ['former_provinces', 'formerProvinces'],
    required: false,
    describeVi: 'Tỉnh (trong 63 tỉnh trước 01/7/2025) của các đơn vị đã nhập, ngăn cách bằng |',
    describeEn: 'Provinces (of the 63 before 1 July 2025) of the merged units, separated by |',
    example: 'Tỉnh Bình Phước',
  }),
  col({
    key: 'formerCodes',
    vi: 'Mã cũ',
    aliases: ['former_codes', 'formerCodes'],
    required: false,
    describeVi: 'Mã các đơn vị đã nhập, ngăn cách bằng |',
    describeEn: 'Codes of the merged units, separated by |',
    example: '25195|25198',
  }),
  col({
    key: 'aliases',
    vi: 'Tên, mã khác',
    aliases: ['aliases', 'other names'],
    required: false,
    describeVi: 'Cách viết hoặc mã khác của đơn vị trong các nguồn chính thức (để tìm kiếm)',
    describeEn: 'Other spellings or codes of the unit in official sources (for search)',
    example: 'Xã Phó Bảng|06978',
  }),
  col({
    key: 'slug',
    vi: 'Đường dẫn',
    aliases: ['slug'],
    required: true,
    describeVi: 'Đoạn URL không dấu, ví dụ quang-ninh',
    describeEn: 'ASCII URL segment',
    example: 'quang-ninh',
  }),
  col({
    key: 'formerSlugs',
    vi: 'Đường dẫn cũ',
    aliases: ['former_slugs', 'formerSlugs'],
    required: false,
    describeVi:
      'Đường dẫn trước khi đơn vị đổi tên hoặc đổi loại (xã → phường), ngăn cách bằng |; địa chỉ cũ chuyển tới trang hiện tại',
    describeEn:
      'URL segments before the unit was renamed or changed type (xã → phường), separated by |; the old addresses redirect to its page',
    example: 'xa-dong-phu',
  }),
] as const;
