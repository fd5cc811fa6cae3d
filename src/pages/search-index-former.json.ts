import { pageModel } from '../astro/handoff.ts';
import { buildSearchIndex } from '../lib/search/entries.ts';

export function GET(): Response {
  return new Response(JSON.stringify(buildSearchIndex(pageModel()).former), {
    headers: { 'content-type': 'application/json' },
  });
}
