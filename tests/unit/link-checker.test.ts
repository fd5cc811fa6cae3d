import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findDeadLinks } from '../e2e/links.ts';

/** A tiny built site: path → content. */
function site(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'mb-links-'));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return root;
}

describe('the link checker run over the built site', () => {
  it('finds every kind of dead internal link, and leaves external ones alone', () => {
    const root = site({
      'index.html': [
        '<link rel="canonical" href="https://s.example/">',
        '<meta property="og:image" content="https://s.example/the/missing.png">',
        '<a href="/ke-hoach/a/">ok</a> <a href="ke-hoach/a/#t-1">ok</a>',
        '<a href="/ke-hoach/khong-co/#t-1">plan</a> <a href="/ke-hoach/a/#t-9">task</a>',
        '<img srcset="/the/a.png 1x, /the/b.png 2x"> <a href="#top">self</a>',
        '<div style="background:url(/_astro/f.woff2)"></div>',
        '<a href="https://other.example/x">external</a> <a href="mailto:a@b.c">mail</a>',
        '<a href="/tai-ve/a.csv?v=1&amp;x=2">csv</a>',
      ].join('\n'),
      'ke-hoach/a/index.html': '<p id="t-1">task</p>',
      'the/a.png': 'png',
      'tai-ve/a.csv': 'csv',
      'search-index.json': JSON.stringify({ entries: [['unit', 'A', '/don-vi/a/', '', 0]] }),
    });
    expect(findDeadLinks(root).map((d) => [d.page, d.link, d.why])).toEqual([
      ['index.html', '/ke-hoach/khong-co/#t-1', 'no such file'],
      ['index.html', '/ke-hoach/a/#t-9', 'no element with id "t-9"'],
      ['index.html', '/the/b.png', 'no such file'],
      ['index.html', '#top', 'no element with id "top"'],
      ['index.html', '/_astro/f.woff2', 'no such file'],
      ['index.html', 'https://s.example/the/missing.png', 'no such file'],
      ['search-index.json', '/don-vi/a/', 'no such file'],
    ]);
  });

  it('on a site served from a sub-path, every link must stay under that path', () => {
    const root = site({
      'index.html': [
        '<link rel="canonical" href="https://o.example/repo/">',
        '<a href="/repo/ke-hoach/a/">ok</a> <a href="ke-hoach/a/">ok</a>',
        '<a href="/ke-hoach/a/">at the domain root</a>',
        '<meta property="og:image" content="https://o.example/the/a.png">',
      ].join('\n'),
      'ke-hoach/a/index.html': '<a href="../../">home</a> <a href="/repo/">home</a>',
      'thay-doi/atom.xml': '<feed><link href="https://o.example/repo/ke-hoach/a/#t-2"/></feed>',
      'the/a.png': 'png',
      'search-index.json': JSON.stringify({ entries: [['unit', 'A', '/ke-hoach/a/', '', 0]] }),
    });
    expect(findDeadLinks(root).map((d) => [d.page, d.link, d.why])).toEqual([
      ['index.html', '/ke-hoach/a/', "outside the site's path /repo/"],
      ['index.html', 'https://o.example/the/a.png', "outside the site's path /repo/"],
      ['thay-doi/atom.xml', 'https://o.example/repo/ke-hoach/a/#t-2', 'no element with id "t-2"'],
    ]);
  });
});
