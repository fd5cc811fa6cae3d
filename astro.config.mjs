// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';

// `npm run build` renders the pages through src/astro/render.ts, which hands Astro the model and
// sets the site URL from the dataset; the values here are what `astro preview` and `astro check` see.
export default defineConfig({
  site: process.env.MINHBACH_SITE_URL || 'https://minhbach.example.org',
  outDir: process.env.MINHBACH_OUT || 'dist',
  trailingSlash: 'always',
  integrations: [mdx()],
  build: { format: 'directory', inlineStylesheets: 'always' },
  devToolbar: { enabled: false },
  vite: { build: { assetsInlineLimit: 0 } },
});
