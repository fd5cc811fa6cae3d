import { existsSync } from 'node:fs';
import type { Server } from 'node:http';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launch } from './browser.ts';
import { serve } from './serve.ts';

// End-to-end tests run against the site the README's first command built.
export const DIST = process.env.MINHBACH_OUT ?? 'dist';
export const DATA = process.env.MINHBACH_DATA ?? 'data';

/** Serves DIST on loopback and starts Chromium for the test file; both stop after it. */
export function useBuiltSite(): { browser: () => Browser; base: () => string } {
  if (!existsSync(`${DIST}/index.html`))
    throw new Error(
      `${DIST}/ has no site: run the README's first command (npm run setup) before the tests`,
    );
  let browser: Browser | undefined;
  let server: Server | undefined;
  let url = '';
  beforeAll(async () => {
    ({ url, server } = await serve(DIST));
    browser = await launch();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    server?.close();
  });
  return { browser: () => browser!, base: () => url };
}
