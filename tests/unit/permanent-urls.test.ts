import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { absoluteUrl, basePath, rebaseHtml, withBase } from '../../src/lib/views/base-path.ts';
import { unitPath } from '../../src/lib/views/paths.ts';
import { redirectPage, unitRedirects } from '../../src/lib/views/redirects.ts';
import { OFFICIAL_UNITS, officialUnits } from '../fixtures/registry.ts';

/** The renamed communes of the registry's README ("Changes after 1 July 2025"): code, before, now. */
function renamedInReadme(): { code: string; before: string; now: string }[] {
  const readme = readFileSync(OFFICIAL_UNITS.replace('units.csv', 'README.md'), 'utf8');
  return [...readme.matchAll(/^\| (\d{5}) \| ([^|]+) \| ([^|]+) \|/gm)].map((m) => ({
    code: m[1]!,
    before: m[2]!.trim(),
    now: m[3]!.trim(),
  }));
}

describe('permanent URLs: redirects from every former URL of a unit', () => {
  const units = new Map(officialUnits().map((u) => [u.code, u]));
  const redirects = new Map(unitRedirects(units).map((r) => [r.from, r.to]));

  it('every commune the registry renamed keeps its former page, embed and sheet URL', () => {
    const renamed = renamedInReadme();
    expect(renamed.length).toBeGreaterThanOrEqual(10);
    for (const { code, before, now } of renamed) {
      const unit = units.get(code)!;
      expect(unit.name).toBe(now);
      const to = unitPath(unit, units);
      const slug = before
        .normalize('NFD')
        .replace(/\p{M}/gu, '')
        .replace(/đ/gi, 'd')
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-');
      const from = to.replace(`/${unit.slug}/`, `/${slug}/`);
      expect(redirects.get(from), `${before} → ${now}`).toBe(to);
      expect(redirects.get(`/embed${from}`)).toBe(`/embed${to}`);
      expect(redirects.get(from.replace('/don-vi/', '/phieu-giam-sat/'))).toBe(
        to.replace('/don-vi/', '/phieu-giam-sat/'),
      );
    }
  });

  it('no redirect hides a current page, and none is guessed for former merged units', () => {
    const current = new Set([...units.values()].map((u) => unitPath(u, units)));
    for (const from of redirects.keys()) expect(current.has(from), from).toBe(false);
    // Three URLs (page, embed, sheet) per renamed commune; merged units never had a page here.
    expect(redirects.size).toBe(renamedInReadme().length * 3);
  });

  it('a redirect page sends browsers and search engines to the URL under the base', () => {
    const html = redirectPage(
      { from: '/don-vi/dong-nai/xa-dong-phu/', to: '/don-vi/dong-nai/phuong-dong-phu/' },
      'https://o.example/repo/',
    );
    expect(html).toContain('content="0; url=/repo/don-vi/dong-nai/phuong-dong-phu/"');
    expect(html).toContain(
      '<link rel="canonical" href="https://o.example/repo/don-vi/dong-nai/phuong-dong-phu/">',
    );
  });
});

describe('the base path of a site served from a sub-path', () => {
  it('is the site URL path, and absolute URLs keep it', () => {
    expect(basePath('https://o.example')).toBe('/');
    expect(basePath('https://o.example/repo')).toBe('/repo/');
    expect(withBase('/don-vi/', '/repo/')).toBe('/repo/don-vi/');
    expect(withBase('//cdn.example/x', '/repo/')).toBe('//cdn.example/x');
    expect(withBase('#a', '/repo/')).toBe('#a');
    expect(absoluteUrl('/don-vi/', 'https://o.example/repo')).toBe(
      'https://o.example/repo/don-vi/',
    );
    expect(absoluteUrl('/', 'https://o.example/')).toBe('https://o.example/');
  });

  it('moves every root-relative link of a page under the base, and nothing else', () => {
    const html = [
      '<a href="/don-vi/">a</a><a href=\'/x/\'>b</a><form action="/tim-kiem/">',
      '<script type="module" src="/_astro/a.js"></script><a href="#q">c</a>',
      '<a href="https://o.example/">d</a><a href="//cdn.example/">e</a>',
      '<div style="background:url(/the/a.png)"></div><p>href="/text/" in text</p>',
      '<svg><a href="/don-vi/a/"></a></svg>',
    ].join('');
    expect(rebaseHtml(html, '/repo/')).toBe(
      [
        '<a href="/repo/don-vi/">a</a><a href=\'/repo/x/\'>b</a><form action="/repo/tim-kiem/">',
        '<script type="module" src="/repo/_astro/a.js"></script><a href="#q">c</a>',
        '<a href="https://o.example/">d</a><a href="//cdn.example/">e</a>',
        '<div style="background:url(/repo/the/a.png)"></div><p>href="/text/" in text</p>',
        '<svg><a href="/repo/don-vi/a/"></a></svg>',
      ].join(''),
    );
    expect(rebaseHtml(html, '/')).toBe(html);
  });
});
