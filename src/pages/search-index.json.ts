import { buildSearchIndex } from '../lib/search/entries.ts';
import { getModel } from '../astro/handoff.ts';

export function GET(): Response {
  return new Response(JSON.stringify(buildSearchIndex(getModel())), {
    headers: { 'content-type': 'application/json' },
  });
}
