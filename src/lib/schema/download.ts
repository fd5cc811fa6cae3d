import { z } from 'zod';
import { isoDateText, period } from './common.ts';
import { observationSchema } from './observation.ts';

/** One row of the status download: a unit's standing on one indicator. */
export const statusRowSchema = z.object({
  unit_code: z.string().describe('Official unit code'),
  unit_name: z.string(),
  province: z.string().describe('Province name (empty for a province)'),
  indicator_id: z.string(),
  indicator: z.string().describe('Indicator short name (Vietnamese)'),
  latest_value: z
    .number()
    .nullable()
    .describe('Latest value; for a province without its own figure, the communes\u2019 roll-up'),
  latest_period: period.nullable(),
  basis: z
    .enum(['own', 'rollup', 'derived', 'none'])
    .describe('own report, roll-up of communes, or computed from report dates'),
  target: z.number().nullable().describe('Target of the current phase'),
  deadline: isoDateText.nullable(),
  target_plan: z.string().nullable().describe('Plan number the target comes from'),
  status: z
    .string()
    .describe(
      'met-on-time, met-late, met-timing-unknown, on-track, at-risk, off-track, missed, pending, no-data, no-target',
    ),
  status_vi: z.string(),
  source_file: z.string().nullable(),
  source_row: z.number().int().nullable(),
  reported_at: isoDateText.nullable(),
});
export type StatusRow = z.infer<typeof statusRowSchema>;

/** One row of a unit's observation download: every report kept, revisions included. */
export const observationRowSchema = observationSchema.omit({ from: true }).extend({
  source_file: z.string(),
  source_row: z.number().int(),
  current: z.boolean().describe('false when a later report for the same month replaced this one'),
});
export type ObservationRow = z.infer<typeof observationRowSchema>;
