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

/** A tag: URI (RFC 4151): an authority (a domain or e-mail address), the year it was held, a name. */
const TAG_URI = /^tag:[a-z0-9.@-]+\.[a-z]{2,},\d{4}(-\d{2}){0,2}:[A-Za-z0-9._~/-]*$/;

/** The licence of the data: what anyone may do with it, and who holds the rights. */
export const dataLicenseSchema = z.object({
  name: z
    .string()
    .regex(/^[A-Za-z0-9.+-]+$/)
    .describe('SPDX identifier of the licence, e.g. CC-BY-4.0'),
  title: z
    .string()
    .min(1)
    .describe('Full name, e.g. Creative Commons Attribution 4.0 International'),
  path: z.url().describe('URL of the licence text'),
  holder: z.string().min(1).describe('Who holds the rights to the data'),
});
export type DataLicense = z.infer<typeof dataLicenseSchema>;

/** `data/dataset.json`: what this publication is. */
export const datasetSchema = z.object({
  title: z.string().min(1).describe('Site title'),
  publisher: z.string().min(1).describe('Who publishes the data'),
  /** True when the data is generated sample data: every page then says so. */
  sample: z.boolean(),
  publishedAt: isoDate.describe('Publication date; status is judged as of this date'),
  siteUrl: z
    .url({ protocol: /^https?$/ })
    .refine((u) => !/^[a-z]+:\/\/[^/]*@/i.test(u), 'no user name or password in the address')
    .refine((u) => !/[?#]/.test(u), 'no query (?) or fragment (#) in the address')
    .describe(
      'Absolute http(s) URL the site is served from; may hold a path (https://owner.github.io/repo/)',
    ),
  id: z
    .string()
    .regex(TAG_URI)
    .optional()
    .describe(
      'Permanent identifier of the dataset, a tag: URI such as tag:example.org,2026:minh-bach; feeds and the data package are identified by it, so it must not change when the site moves (default: from the site URL host and the publication year)',
    ),
  license: dataLicenseSchema.optional().describe('Licence of the data, shown on every page'),
  generator: z.object({ profile: z.string(), seed: z.number() }).optional(),
  reporting: declaredRegimeSchema
    .optional()
    .describe('A reporting regime the publisher declares for all its units, with its document'),
});
export type Dataset = z.infer<typeof datasetSchema>;
