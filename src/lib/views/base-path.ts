/**
 * The site may be served from a sub-path (a GitHub project site: https://owner.github.io/repo/).
 * Every path in `paths.ts` is a site path ("/don-vi/"), the same wherever the site is hosted and
 * also where a file is written in the output folder; the base (the site URL's path, "/repo/") is
 * put in front once, where a URL leaves the build: in the HTML of every page (`rebaseHtml`), in
 * absolute URLs (`absoluteUrl`: feeds, canonical links, share and embed code) and in the JSON a
 * script reads (the search index).
 */

/** The path the site is served from, with a trailing slash: "/" or "/minh-bach/". */
export function basePath(siteUrl: string | URL | undefined): string {
  if (!siteUrl) return '/';
  const path = new URL(siteUrl).pathname;
  return path.endsWith('/') ? path : `${path}/`;
}

/** A site path under the base: ("/don-vi/", "/minh-bach/") → "/minh-bach/don-vi/". */
export const withBase = (path: string, base: string): string =>
  base === '/' || !path.startsWith('/') || path.startsWith('//') ? path : base + path.slice(1);

/** The absolute URL of a site path: ("/don-vi/", "https://o.github.io/mb") → "https://o.github.io/mb/don-vi/". */
export const absoluteUrl = (path: string, siteUrl: string | URL): string =>
  new URL(withBase(path, basePath(siteUrl)), siteUrl).href;

// A root-relative URL ("/…", not "//host") in an attribute that the browser follows.
const LINK_ATTRIBUTE = /(\s(?:href|src|action|poster|xlink:href)\s*=\s*)(["'])(\/(?!\/)[^"']*)\2/gi;
const STYLE_URL = /(url\(\s*['"]?)(\/(?!\/))/gi;

/**
 * A page's HTML with every root-relative link (href, src, form action, CSS url()) moved under the
 * base. Text, absolute URLs and fragments are left alone; with the base "/" nothing changes.
 */
export function rebaseHtml(html: string, base: string): string {
  if (base === '/') return html;
  return html
    .replace(LINK_ATTRIBUTE, (_, attr: string, quote: string, path: string) => {
      return `${attr}${quote}${withBase(path, base)}${quote}`;
    })
    .replace(STYLE_URL, (_, open: string) => `${open}${base}`);
}
