import { z } from 'zod';
import { isoDateText as isoDate } from './common.ts';

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
    .describe('Absolute http(s) URL the site is served from'),
  generator: z.object({ profile: z.string(), seed: z.number() }).optional(),
});
export type Dataset = z.infer<typeof datasetSchema>;
