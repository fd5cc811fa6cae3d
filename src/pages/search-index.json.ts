import { buildSearchIndex } from '../lib/search/entries.ts';
import { getModel } from '../site/model.ts';

export function GET(): Response {
  return new Response(JSON.stringify(buildSearchIndex(getModel())), {
    headers: { 'content-type': 'application/json' },
  });
}
