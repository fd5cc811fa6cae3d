import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { indicatorSchema } from './lib/schema/indicator.ts';
import { planSchema } from './lib/schema/plan.ts';

// Human-written content only; the bulk observations never pass through the content store.
export const collections = {
  indicators: defineCollection({
    loader: glob({ pattern: '*.md', base: './content/indicators' }),
    schema: indicatorSchema,
  }),
  plans: defineCollection({
    loader: glob({ pattern: '*.md', base: './content/plans' }),
    schema: planSchema,
  }),
  pages: defineCollection({
    loader: glob({ pattern: '*.{md,mdx}', base: './content/pages' }),
    schema: z.object({ title: z.string(), titleEn: z.string(), description: z.string() }),
  }),
};
