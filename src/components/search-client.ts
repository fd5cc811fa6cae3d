// Browser side of search: loads the static index in two parts at once (current names, then
// former names as soon as both are in), as soon as the page has loaded and the network is idle,
// so that on a slow phone the index is there before the first keystroke; ranks with the same
// code the tests use, and answers the last query again when the former names arrive.
import type { FormerIndex, SearchIndex } from '../lib/search/entries.ts';
import { addFormer, prepare, type Engine } from '../lib/search/prepare.ts';
import { answer, TIER, type Answer, type Result } from '../lib/search/rank.ts';
import { withBase } from '../lib/views/base-path.ts';
import { paths } from '../lib/views/paths.ts';

/** The site's path ("/" or "/repo/" on a project site): the index holds site paths. */
const base = document.documentElement.dataset.base ?? '/';
const json = <T>(path: string): Promise<T> =>
  fetch(withBase(path, base)).then((r) => r.json() as Promise<T>);

let engine: Promise<Engine> | undefined;
let complete: Promise<Engine | undefined> | undefined;
let formerIn = false;
/** Starts loading; resolves once the current names are in. */
export function loadIndex(): Promise<Engine> {
  if (engine) return engine;
  const former = json<FormerIndex>(paths.searchFormer); // on its way while the first part loads
  engine = json<SearchIndex>(paths.searchIndex)
    .then(prepare)
    .catch((error: unknown) => {
      engine = complete = undefined; // offline for a moment: the next keystroke tries again
      throw error;
    });
  complete = engine
    .then(async (e) => {
      addFormer(e, await former);
      formerIn = true;
      return e;
    })
    .catch(() => undefined); // without former names, search still finds current ones
  return engine;
}

/**
 * Loads the index once the page has loaded and the network is idle, before any focus: on a
 * slow network a search that starts loading at the first keystroke waits seconds. Not when
 * the visitor asked the browser to save data: then it loads on focus.
 */
export function loadWhenIdle(): void {
  const connection = (navigator as { connection?: { saveData?: boolean } }).connection;
  if (connection?.saveData) return;
  // Once the page's own work after its load event is done; half a second at most.
  const idle = (run: () => void) =>
    'requestIdleCallback' in window ? requestIdleCallback(run, { timeout: 500 }) : setTimeout(run);
  const start = () => idle(() => void loadIndex().catch(() => undefined));
  if (document.readyState === 'complete') start();
  else addEventListener('load', start, { once: true });
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
/** The note above the results: a name found elsewhere, or nothing found (with the A–Z list). */
function renderNote(note: NonNullable<Answer['note']>, empty: boolean): HTMLLIElement {
  const li = document.createElement('li');
  li.className = 'note';
  const en = document.createElement('span');
  en.lang = 'en';
  en.className = 'en';
  en.textContent = note.en;
  li.append(`${note.vi} `, en);
  if (empty) {
    const a = document.createElement('a');
    a.href = paths.units;
    a.textContent = 'Danh sách A–Z';
    li.append(' ', a);
  }
  return li;
}

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
  done: (results: Result[], note?: Answer['note']) => void,
): Promise<void> {
  const mine = (latest.get(list) ?? 0) + 1;
  latest.set(list, mine);
  const show = (e: Engine, final: boolean) => {
    if (mine !== latest.get(list)) return;
    const { results, note } = answer(e, query, limit);
    // Guesses at a typo, a name found elsewhere, nothing: these wait for the former names,
    // which may hold the name as typed ("kroong").
    if (!final && (note || results.every((r) => r.tier >= TIER.typo))) {
      if (!note) return;
      list.replaceChildren(); // not this query's answer yet, and no longer the last one's
      shown.set(list, '');
      return done([]);
    }
    const items = results.map(renderResult);
    if (note) items.unshift(renderNote(note, results.length === 0));
    const signature = [note?.vi, ...results.map((r) => `${r.entry.url} ${r.via ?? ''}`)].join('\n');
    if (shown.get(list) !== signature || list.children.length !== items.length)
      list.replaceChildren(...items);
    shown.set(list, signature);
    list.dataset.query = query; // what the list answers (tests wait for it)
    done(results, note);
  };
  let e: Engine;
  try {
    e = await loadIndex();
  } catch {
    return;
  }
  // Keys typed while a slow phone was busy come first: only the last query is answered.
  await new Promise((resolve) => setTimeout(resolve, 0));
  show(e, formerIn);
  if (!formerIn) void complete!.then(() => show(e, true));
}
