// Browser side of search: loads the static index in two parts (current names first, so the
// first result comes fast on a slow phone; former names right after), ranks with the same
// code the tests use, and answers the last query again when the former names arrive.
import type { FormerIndex, SearchIndex } from '../lib/search/entries.ts';
import { addFormer, prepare, type Engine } from '../lib/search/prepare.ts';
import { search, TIER, type Result } from '../lib/search/rank.ts';
import { withBase } from '../lib/views/base-path.ts';
import { paths } from '../lib/views/paths.ts';

/** The site's path ("/" or "/repo/" on a project site): the index holds site paths. */
const base = document.documentElement.dataset.base ?? '/';
const json = <T>(path: string): Promise<T> =>
  fetch(withBase(path, base)).then((r) => r.json() as Promise<T>);

let engine: Promise<Engine> | undefined;
let complete: Promise<Engine | undefined> | undefined;
let formerIn = false;
/** Starts loading (on focus, before the first keystroke); resolves once the current names are in. */
export function loadIndex(): Promise<Engine> {
  engine ??= json<SearchIndex>(paths.searchIndex)
    .then(prepare)
    .catch((error: unknown) => {
      engine = complete = undefined; // offline for a moment: the next keystroke tries again
      throw error;
    });
  complete ??= engine
    .then(async (e) => {
      addFormer(e, await json<FormerIndex>(paths.searchFormer));
      formerIn = true;
      return e;
    })
    .catch(() => undefined); // without former names, search still finds current ones
  return engine;
}

/** One result as a list item: name, type and province, and the former name that matched. */
export function renderResult(r: Result): HTMLLIElement {
  const li = document.createElement('li');
  const a = document.createElement('a');
  a.href = withBase(r.entry.url, base);
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

/** The latest query of each result list: an older answer arriving late is dropped. */
const latest = new WeakMap<HTMLElement, number>();
/** What each list shows, so that the same answer again (once former names load) changes nothing. */
const shown = new WeakMap<HTMLElement, string>();
/** Drops the searches still running for this list: a list closed must not reopen when they end. */
export function cancel(list: HTMLElement): void {
  latest.set(list, (latest.get(list) ?? 0) + 1);
}

/**
 * Shows the results for `query` in `list`; `done` is called with them, and again (if `query`
 * is still the latest) once the former names have loaded.
 */
export async function run(
  query: string,
  list: HTMLElement,
  limit: number,
  done: (results: Result[]) => void,
): Promise<void> {
  const mine = (latest.get(list) ?? 0) + 1;
  latest.set(list, mine);
  const show = (e: Engine, final: boolean) => {
    if (mine !== latest.get(list)) return;
    const results = search(e, query, limit);
    // Guesses at a typo wait for the former names, which may hold the name as typed ("kroong").
    if (!final && results.length > 0 && results.every((r) => r.tier >= TIER.typo)) return;
    const signature = results.map((r) => `${r.entry.url} ${r.via ?? ''}`).join('\n');
    if (shown.get(list) !== signature || list.children.length !== results.length)
      list.replaceChildren(...results.map(renderResult));
    shown.set(list, signature);
    done(results);
  };
  let e: Engine;
  try {
    e = await loadIndex();
  } catch {
    return;
  }
  show(e, formerIn);
  if (!formerIn) void complete!.then(() => show(e, true));
}
