// @ts-check
import { readFileSync } from 'node:fs';
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';

const dataDir = process.env.MINHBACH_DATA ?? 'data';
/** The site URL comes from the dataset (absolute URLs for canonical links and share cards). */
function siteUrl() {
  if (process.env.MINHBACH_SITE_URL) return process.env.MINHBACH_SITE_URL;
  try {
    return JSON.parse(readFileSync(`${dataDir}/dataset.json`, 'utf8')).siteUrl;
  } catch {
    return 'https://minhbach.example.org';
  }
}

export default defineConfig({
  site: siteUrl(),
  outDir: process.env.MINHBACH_OUT ?? 'dist',
  trailingSlash: 'always',
  integrations: [mdx()],
  build: { format: 'directory', inlineStylesheets: 'always' },
  devToolbar: { enabled: false },
  vite: { build: { assetsInlineLimit: 0 } },
});
