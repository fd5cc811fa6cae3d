import { z } from 'zod';
import { bilingual, isoDate, pillars } from './common.ts';
import { unitLevels } from './unit.ts';

export const indicatorKinds = ['percent', 'count', 'number', 'milestone'] as const;
export type IndicatorKind = (typeof indicatorKinds)[number];

/** How commune values combine into a province figure. */
export const rollups = ['sum', 'weighted-mean', 'share-meeting', 'none'] as const;
export type Rollup = (typeof rollups)[number];

/** A dated national default target: reach `value` by `deadline` (a milestone's value is 1 = done). */
export const targetSchema = z.object({
  phase: z.string().min(1).describe('Phase label, e.g. "Giai đoạn cấp bách (đến 30/6/2025)"'),
  value: z.number().describe('Target value in the indicator unit; 1 for a milestone'),
  deadline: isoDate.describe('Date by which the target is due'),
  levels: z
    .array(z.enum(unitLevels))
    .optional()
    .describe('Levels the default applies to (all levels that report the indicator when absent)'),
  source: z
    .string()
    .min(1)
    .describe(
      'Where Plan 02 sets the figure, as a plan that binds units cites it (e.g. Hải Phòng: "Phụ lục V của Kế hoạch 02"); a default without a source binds no one',
    ),
});
export type Target = z.infer<typeof targetSchema>;

/** Frontmatter of an indicator in `content/indicators/<id>.md`; the body explains the method. */
export const indicatorSchema = z.object({
  name: bilingual.describe('Full name'),
  short: bilingual.describe('Short label for tables and charts'),
  pillar: z.enum(pillars),
  kind: z.enum(indicatorKinds),
  direction: z.enum(['increase', 'decrease']).default('increase'),
  levels: z
    .array(z.enum(unitLevels))
    .default([])
    .describe('Levels where every unit reports this indicator'),
  planLevels: z
    .array(z.enum(unitLevels))
    .default([])
    .describe(
      'Further levels where a unit reports it when its own plan (or, for a commune, its province’s plan) sets a target for it',
    ),
  unitLabel: bilingual.optional().describe('What a count counts, e.g. dịch vụ / services'),
  targets: z
    .array(targetSchema)
    .default([])
    .describe('Plan 02 targets (national defaults) a binding plan attributes to Plan 02, by phase'),
  rollup: z.enum(rollups).default('none'),
  /** Computed from report dates, not from submitted values. */
  derived: z.enum(['reporting-timeliness']).optional(),
  source: z.string().describe('Plan id the national default comes from'),
  order: z.number().int().default(100).describe('Position in lists'),
});
export type IndicatorData = z.infer<typeof indicatorSchema>;
export type Indicator = IndicatorData & { id: string };
