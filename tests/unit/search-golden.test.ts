import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { officialUnits } from '../fixtures/registry.ts';
import { searchAnswers } from '../fixtures/search.ts';

/**
 * Real queries, as people type them, on the official registry shipped in data/registry (so
 * they run in a fresh clone): place + province, abbreviations, former provinces and communes,
 * codes, typos, with and without marks, a place that does not match (said in a note). Each
 * names the unit that must come first; a query marked ambiguous lists the other reasonable
 * answers, which must follow closely.
 */
interface Golden {
  query: string;
  expect: { code: string; name: string };
  why: string;
  category: string;
  ambiguous?: boolean;
  alternatives?: { code: string; name: string }[];
  /** The note said above the results (a name found elsewhere); none when absent. */
  note?: string;
}
const queries: Golden[] = JSON.parse(readFileSync('tests/golden/search-queries.json', 'utf8'));
const ask = searchAnswers(officialUnits());

describe('search: golden queries on the official registry', () => {
  it('has at least 60 queries across every kind', () => {
    expect(queries.length).toBeGreaterThanOrEqual(60);
    expect(new Set(queries.map((q) => q.category)).size).toBeGreaterThanOrEqual(10);
  });
  it.each(queries.map((q) => [q.query, q] as const))('%s', (_, q) => {
    const { results, note } = ask(q.query, 10);
    const codes = results.map((r) => r.entry.code);
    const listing = results.map(
      (r) => `${r.entry.code} ${r.entry.name} (${r.tier}${r.via ? `, ${r.via}` : ''})`,
    );
    const why = `${q.why}\n${listing.join('\n')}`;
    const alternatives = (q.alternatives ?? []).map((a) => a.code);
    // An ambiguous query may open with one of its alternatives; the expected unit must follow.
    const first = q.ambiguous ? [q.expect.code, ...alternatives] : [q.expect.code];
    expect(first, why).toContain(codes[0]);
    for (const code of [q.expect.code, ...alternatives]) expect(codes, why).toContain(code);
    expect(note?.vi, why).toBe(q.note);
  });
});
