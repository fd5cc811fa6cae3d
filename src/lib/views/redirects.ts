import type { Model } from '../model/types.ts';
import type { Unit } from '../schema/unit.ts';
import { escapeXml } from '../util/escape.ts';
import { absoluteUrl, basePath, withBase } from './base-path.ts';
import { embedPath, paths, sheetPath, unitPath, unitSlugPath } from './paths.ts';

/** A URL the site once gave a unit, and the unit's URL now. */
export interface Redirect {
  from: string;
  to: string;
}

/**
 * Every former URL of every unit → its current URL: the unit page, its embed and its
 * supervision sheet. Former URLs come from the registry's `formerSlugs` (Đường dẫn cũ): the
 * importer writes them for a unit renamed or retyped since 1 July 2025 (Xã Đồng Phú became
 * Phường Đồng Phú: "xa-dong-phu"); the former units merged into a unit never had a page here.
 * Province slugs carry no type word, so Tỉnh → Thành phố keeps a province's URL. A former slug
 * taken by a unit now, or claimed by two units, gets no redirect: the current page wins, and an
 * ambiguous address is not guessed.
 */
export function unitRedirects(units: ReadonlyMap<string, Unit>): Redirect[] {
  const taken = new Set([...units.values()].map((u) => unitPath(u, units)));
  const claims = new Map<string, Unit[]>();
  for (const unit of units.values()) {
    if (!unit.parent) continue;
    const province = units.get(unit.parent)?.slug ?? unit.parent;
    for (const slug of unit.formerSlugs ?? []) {
      const from = unitSlugPath(province, slug);
      if (taken.has(from)) continue;
      const list = claims.get(from);
      if (list) list.push(unit);
      else claims.set(from, [unit]);
    }
  }
  const out: Redirect[] = [];
  for (const [from, [unit, ...others]] of claims) {
    if (!unit || others.length > 0) continue;
    const to = unitPath(unit, units);
    out.push({ from, to });
    out.push({ from: embedPath(from), to: embedPath(to) });
    out.push({
      from: from.replace(/^\/don-vi\//, '/phieu-giam-sat/'),
      to: sheetPath(unit, units),
    });
  }
  return out;
}

/** A page that sends the visitor (and search engines, by its canonical link) to the new URL. */
export function redirectPage(redirect: Redirect, siteUrl: string): string {
  const base = basePath(siteUrl);
  const to = escapeXml(withBase(redirect.to, base));
  const canonical = escapeXml(absoluteUrl(redirect.to, siteUrl));
  const icon = escapeXml(withBase(paths.favicon, base));
  return `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><title>Đã chuyển / moved: ${to}</title><meta name="robots" content="noindex"><link rel="canonical" href="${canonical}"><meta http-equiv="refresh" content="0; url=${to}"><link rel="icon" href="${icon}" type="image/svg+xml"></head>
<body><p>Trang này đã chuyển tới <a href="${to}">${canonical}</a>. <span lang="en">This page has moved.</span></p></body></html>
`;
}

/** The redirect pages: [site path of the file, HTML]. */
export function* redirectFiles(model: Model): Generator<[string, string]> {
  for (const r of unitRedirects(model.units))
    yield [`${r.from}index.html`, redirectPage(r, model.dataset.siteUrl)];
}
