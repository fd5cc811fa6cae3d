import { z } from 'zod';

/** A calendar date as ISO text "yyyy-mm-dd". */
export const isoDateText = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date yyyy-mm-dd');

/** In content frontmatter YAML may hand us a Date for an unquoted date; accept both there. */
export const isoDate = z.union([
  isoDateText,
  z.date().transform((d) => d.toISOString().slice(0, 10)),
]);

/** A reporting period (month) as "yyyy-mm". */
export const period = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'expected a month yyyy-mm');

export const bilingual = z.object({
  vi: z.string().min(1).describe('Vietnamese'),
  en: z.string().min(1).describe('English'),
});
export type Bilingual = z.infer<typeof bilingual>;

export const pillars = [
  'platforms',
  'data',
  'infrastructure',
  'institutions',
  'human-resources',
  'finance',
  'security',
  'reporting',
] as const;
export type Pillar = (typeof pillars)[number];

export const pillarLabel: Record<Pillar, Bilingual> = {
  platforms: { vi: 'Nền tảng, dịch vụ công', en: 'Platforms and public services' },
  data: { vi: 'Dữ liệu', en: 'Data' },
  infrastructure: { vi: 'Hạ tầng', en: 'Infrastructure' },
  institutions: { vi: 'Thể chế', en: 'Institutions' },
  'human-resources': { vi: 'Nhân lực', en: 'Human resources' },
  finance: { vi: 'Tài chính', en: 'Finance' },
  security: { vi: 'An toàn thông tin', en: 'Security' },
  reporting: { vi: 'Chế độ báo cáo', en: 'Reporting' },
};
