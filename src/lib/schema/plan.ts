import { z } from 'zod';
import { isoDate } from './common.ts';

/** A target that a unit's own plan sets; it overrides the national default for that unit. */
export const planTargetSchema = z.object({
  indicator: z.string().min(1),
  value: z.number(),
  deadline: isoDate,
  phase: z.string().optional(),
  /** `unit`: the issuing unit itself; `communes`: each commune under the issuing province. */
  appliesTo: z.enum(['unit', 'communes']).default('unit'),
  note: z.string().optional(),
});
export type PlanTarget = z.infer<typeof planTargetSchema>;

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
});
export type PlanData = z.infer<typeof planSchema>;
export type Plan = PlanData & { id: string };
