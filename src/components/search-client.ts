// Browser side of search: loads the static index once, ranks with the same code the tests use.
import type { SearchIndex } from '../lib/search/entries.ts';
import { paths } from '../lib/views/paths.ts';
import { prepare, search, type Prepared, type Result } from '../lib/search/rank.ts';

let loading: Promise<Prepared[]> | undefined;
export function loadIndex(): Promise<Prepared[]> {
  loading ??= fetch(paths.searchIndex)
    .then((r) => r.json() as Promise<SearchIndex>)
    .then(prepare);
  return loading;
}

/** One result as a list item: name, type and province, and the former name that matched. */
export function renderResult(r: Result): HTMLLIElement {
  const li = document.createElement('li');
  const a = document.createElement('a');
  a.href = r.entry.url;
  a.textContent = r.entry.name;
  li.append(a);
  const meta = document.createElement('span');
  meta.className = 'src';
  // Communes and tasks say which province they belong to.
  const where = r.entry.province ? `${r.entry.type} · ${r.entry.province}` : r.entry.type;
  meta.textContent = r.via ? `${where} · trước đây: ${r.via}` : where;
  li.append(meta);
  li.dataset.kind = r.entry.kind;
  return li;
}

export async function run(query: string, list: HTMLElement, limit: number): Promise<Result[]> {
  const entries = await loadIndex();
  const results = search(entries, query, limit);
  list.replaceChildren(...results.map(renderResult));
  return results;
}
