import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** A link in a built site that leads nowhere. */
export interface DeadLink {
  /** The file that holds the link, relative to the site root. */
  page: string;
  link: string;
  why: string;
}

const ATTRIBUTE = /\s(?:href|src|srcset|xlink:href|action|poster)\s*=\s*(?:"([^"]*)"|'([^']*)')/gi;
const STYLE_URL = /url\(\s*['"]?([^'")\s]+)['"]?\s*\)/gi;
const META_CONTENT = /<meta\b[^>]*\scontent\s*=\s*"([^"]*)"/gi;
const ID = /\sid\s*=\s*(?:"([^"]*)"|'([^']*)')/gi;
const CANONICAL = /<link\b[^>]*rel="canonical"[^>]*href="([^"]*)"/i;
const NOT_FETCHED = /^(?:mailto|tel|javascript|data|blob|about):/i;

const decodeEntities = (text: string): string =>
  text
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n: string) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/** Every file below `root`, as a site path without the leading slash ("don-vi/index.html"). */
function siteFiles(root: string): string[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(root, join(e.parentPath, e.name)).split(sep).join('/'));
}

/** The links of an HTML page: attributes, srcset candidates, CSS url(), and on-site meta URLs. */
function htmlLinks(html: string, origin: string): string[] {
  const out: string[] = [];
  for (const m of html.matchAll(ATTRIBUTE)) {
    const value = decodeEntities(m[1] ?? m[2] ?? '');
    if (/\ssrcset\s*=/i.test(m[0]))
      for (const candidate of value.split(',')) out.push(candidate.trim().split(/\s+/)[0] ?? '');
    else out.push(value);
  }
  for (const m of html.matchAll(STYLE_URL)) out.push(decodeEntities(m[1]!));
  for (const m of html.matchAll(META_CONTENT)) {
    const value = decodeEntities(m[1]!);
    if (value.startsWith(`${origin}/`)) out.push(value);
  }
  return out;
}

/**
 * Strings of a JSON file that are site paths ("/don-vi/…", taken under the base) or on-site
 * absolute URLs.
 */
function jsonLinks(text: string, origin: string, base: string): string[] {
  const out: string[] = [];
  const stack: unknown[] = [JSON.parse(text)];
  while (stack.length > 0) {
    const value = stack.pop();
    if (typeof value === 'string') {
      const path = value.startsWith('/') && !value.startsWith('//') && !/\s/.test(value);
      if (path) out.push(base + value.slice(1));
      else if (value.startsWith(`${origin}/`)) out.push(value);
    } else if (value && typeof value === 'object') stack.push(...Object.values(value));
  }
  return out;
}

/**
 * Every internal link of a built site (href, src, srcset, CSS url(), on-site meta URLs such as
 * og:image, links of the Atom feeds, and site paths in JSON files like the search index) must
 * lead to a file, and a #fragment to an element with that id. External links are not followed.
 * The site URL, and with it the path the site is served from ("/" or "/repo/"), is the home
 * page's canonical link: every link must stay under that path.
 */
export function findDeadLinks(root: string): DeadLink[] {
  const files = new Set(siteFiles(root));
  const read = (file: string) => readFileSync(join(root, file), 'utf8');
  const canonical = files.has('index.html') ? CANONICAL.exec(read('index.html'))?.[1] : undefined;
  const site = new URL(canonical ?? 'http://site.invalid/');
  const origin = site.origin;
  const sitePath = site.pathname;
  const ids = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    let set = ids.get(file);
    if (!set) {
      set = new Set([...read(file).matchAll(ID)].map((m) => decodeEntities(m[1] ?? m[2] ?? '')));
      ids.set(file, set);
    }
    return set;
  };
  const dead: DeadLink[] = [];
  // An earlier publication's manifest lists that publication's files, not links of this site.
  const live = files.has('tai-ve/manifest.json')
    ? (JSON.parse(read('tai-ve/manifest.json')) as { id?: string }).id
    : undefined;
  const earlier = (page: string) =>
    /^cong-bo\/[^/]+\/manifest\.json$/.test(page) && page !== `cong-bo/${live}/manifest.json`;
  for (const page of [...files].sort()) {
    if (earlier(page)) continue;
    const html = page.endsWith('.html');
    const xml = page.endsWith('.xml');
    if (!html && !xml && !page.endsWith('.json')) continue;
    const base = new URL(`${sitePath}${page.replace(/(^|\/)index\.html$/, '$1')}`, origin);
    const links =
      html || xml ? htmlLinks(read(page), origin) : jsonLinks(read(page), origin, sitePath);
    for (const link of links) {
      const why = problem(link, base, { origin, root: sitePath }, files, idsOf);
      if (why) dead.push({ page, link, why });
    }
  }
  return dead;
}

/** Why a link leads nowhere, or null when it resolves (or is not ours to check). */
function problem(
  link: string,
  base: URL,
  site: { origin: string; root: string },
  files: ReadonlySet<string>,
  idsOf: (file: string) => Set<string>,
): string | null {
  if (link.trim() === '') return 'empty link';
  if (NOT_FETCHED.test(link)) return null;
  let url: URL;
  try {
    url = new URL(link, base);
  } catch {
    return 'malformed URL';
  }
  if (url.origin !== site.origin) return null;
  if (!url.pathname.startsWith(site.root)) return `outside the site's path ${site.root}`;
  let path = decodeURIComponent(url.pathname.slice(site.root.length));
  if (path === '' || path.endsWith('/')) path += 'index.html';
  const file = files.has(path) ? path : files.has(`${path}/index.html`) ? `${path}/index.html` : '';
  if (!file) return 'no such file';
  const id = decodeURIComponent(url.hash.slice(1));
  if (id && file.endsWith('.html') && !idsOf(file).has(id)) return `no element with id "${id}"`;
  return null;
}
