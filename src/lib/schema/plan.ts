import { z } from 'zod';
import { isoDate } from './common.ts';

/** A target that a unit's own plan sets; for that indicator it replaces Plan 02's for the unit. */
export const planTargetSchema = z.object({
  indicator: z.string().min(1),
  value: z.number(),
  deadline: isoDate,
  phase: z.string().optional(),
  /** `unit`: the issuing unit itself; `communes`: each commune under the issuing province. */
  appliesTo: z.enum(['unit', 'communes']).default('unit'),
  /** Where the plan sets it, e.g. "II.1.b; IV.2.4": every target cites its section. */
  section: z.string().min(1),
  /** The responsible (lead) agency, where the plan names one. */
  lead: z.string().optional(),
  note: z.string().optional(),
});
export type PlanTarget = z.infer<typeof planTargetSchema>;

/**
 * True when a plan sets a target for the indicator for this unit: its own plan, or (for a
 * commune) its province's plan for every commune. Such a unit reports the indicator even at a
 * level where units do not routinely report it.
 */
export function plansTarget(
  plans: readonly Pick<Plan, 'unit' | 'targets'>[],
  unit: { code: string; parent?: string | undefined },
  indicator: string,
): boolean {
  return plans.some(
    (p) =>
      (p.unit === unit.code &&
        p.targets.some((t) => t.indicator === indicator && t.appliesTo === 'unit')) ||
      (unit.parent !== undefined &&
        p.unit === unit.parent &&
        p.targets.some((t) => t.indicator === indicator && t.appliesTo === 'communes')),
  );
}

export const reportingKinds = ['monthly', 'quarterly', 'weekly-monthly', 'on-request'] as const;
export type ReportingKind = (typeof reportingKinds)[number];

/**
 * How often and by when a plan's units report ("chế độ báo cáo"). `before` is the day a report
 * must arrive before: a report dated on that day is late.
 */
export const reportingSchema = z
  .object({
    kind: z
      .enum(reportingKinds)
      .describe(
        'monthly: before day `before` of the following month; quarterly: before day `before` of the quarter’s last month (and `yearEnd`); weekly-monthly: weekly and monthly reports, a month judged like monthly; on-request: periodic or on request, no deadline',
      ),
    before: z.number().int().min(2).max(28).optional(),
    /** Quarterly: the year-end report arrives before this day each year, "MM-DD". */
    yearEnd: z
      .string()
      .regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/)
      .optional(),
    /** `unit`: the issuing unit's own reports; `communes`: those of each commune under it. */
    appliesTo: z.enum(['unit', 'communes']).default('unit'),
    /** Where the plan says so, e.g. "Mục IV.3". */
    section: z.string().min(1),
    /** Who reports to whom, in our words. */
    note: z.string().optional(),
  })
  .refine((r) => r.kind === 'on-request' || r.kind === 'weekly-monthly' || r.before, {
    message: 'monthly and quarterly reporting need `before` (the day reports must arrive before)',
    path: ['before'],
  });
export type Reporting = z.infer<typeof reportingSchema>;

/** Frontmatter of a plan in `content/plans/<id>.md`; the body summarises it in our own words. */
export const planSchema = z.object({
  title: z.string().min(1),
  number: z.string().min(1).describe('Document number, e.g. 02.1-KH/BCĐ'),
  date: isoDate,
  issuer: z.string().min(1),
  /** Issuing unit's code; absent for the national plan. */
  unit: z
    .string()
    .regex(/^(\d{2}|\d{5})$/)
    .optional(),
  targets: z.array(planTargetSchema).default([]),
  /** The reporting regimes the plan states; a unit no binding document gives one is not judged. */
  reporting: z.array(reportingSchema).default([]),
  /** Where the document contradicts itself or another plan, or is unclear: said on its page. */
  ambiguities: z
    .array(z.object({ text: z.string().min(1), section: z.string().min(1) }))
    .default([]),
});
export type PlanData = z.infer<typeof planSchema>;
export type Plan = PlanData & { id: string };
