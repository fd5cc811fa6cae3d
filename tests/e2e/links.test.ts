import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DIST } from './harness.ts';
import { findDeadLinks } from './links.ts';

// No page of the publication links to a page, card, download or anchor that is not there.
describe('links of the built site', () => {
  it('every internal href, src, og:image and search-index path resolves to a file and anchor', () => {
    if (!existsSync(`${DIST}/index.html`))
      throw new Error(`${DIST}/ has no site: run the README's first command (npm run setup)`);
    expect(findDeadLinks(DIST)).toEqual([]);
  }, 120_000);
});
