import { build } from 'astro';
import type { Model } from '../lib/model/types.ts';
import { handModel } from './handoff.ts';

/** Renders every page of the model into `outDir` with Astro: the build's page renderer. */
export async function renderPages(model: Model, outDir: string): Promise<void> {
  handModel(model);
  await build({ root: '.', outDir, site: model.dataset.siteUrl, logLevel: 'warn' });
}
