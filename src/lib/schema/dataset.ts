import { z } from 'zod';
import { isoDateText as isoDate } from './common.ts';
import { reportingKinds } from './plan.ts';
import { unitLevels } from './unit.ts';

/**
 * A reporting regime the publisher declares for all its units (e.g. a province's own directive),
 * with the document that sets it. Units whose own plan (or province plan) states a regime keep
 * that one. Without a declaration, a unit no binding document gives a regime is not judged.
 */
export const declaredRegimeSchema = z.object({
  kind: z.enum(reportingKinds),
  before: z.number().int().min(2).max(28).optional(),
  yearEnd: z
    .string()
    .regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/)
    .optional(),
  levels: z.array(z.enum(unitLevels)).min(1).describe('Levels of unit the regime binds'),
  document: z.string().min(1).describe('Number of the document that sets it, e.g. 15/CT-UBND'),
  date: isoDate.describe('Date the document was issued: months due before it are not judged'),
  section: z.string().min(1).describe('Where the document sets it'),
  note: z.string().optional(),
});
export type DeclaredRegime = z.infer<typeof declaredRegimeSchema>;

/** `data/dataset.json`: what this publication is. */
export const datasetSchema = z.object({
  title: z.string().min(1).describe('Site title'),
  publisher: z.string().min(1).describe('Who publishes the data'),
  /** True when the data is generated sample data: every page then says so. */
  sample: z.boolean(),
  publishedAt: isoDate.describe('Publication date; status is judged as of this date'),
  siteUrl: z.url().describe('Absolute URL the site is served from'),
  generator: z.object({ profile: z.string(), seed: z.number() }).optional(),
  reporting: declaredRegimeSchema
    .optional()
    .describe('A reporting regime the publisher declares for all its units, with its document'),
});
export type Dataset = z.infer<typeof datasetSchema>;
