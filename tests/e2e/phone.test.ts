import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBuiltSite } from './harness.ts';
import { PAGE_TYPES } from './pages.ts';

// Every page type on a 360 × 740 phone, as most citizens read the site.
const PHONE = { width: 360, height: 740 };
const site = useBuiltSite();

async function openPhone(path: string): Promise<Page> {
  const page = await site.browser().newPage({ viewport: PHONE });
  await page.goto(site.base() + path);
  return page;
}

/** Rendered size (px) of every chart label: SVG text through its scale, HTML bars as they are. */
const chartTextSizes = (page: Page) =>
  page.evaluate(() => {
    const out: { text: string; px: number }[] = [];
    for (const t of document.querySelectorAll<SVGTextElement>('svg text')) {
      const m = t.getScreenCTM();
      if (!m || !t.textContent?.trim()) continue;
      const px = parseFloat(getComputedStyle(t).fontSize) * Math.hypot(m.a, m.b);
      out.push({ text: t.textContent, px });
    }
    for (const el of document.querySelectorAll<HTMLElement>('.bars *, .months li'))
      if (
        el.childNodes.length &&
        [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent!.trim())
      )
        out.push({
          text: el.textContent!.slice(0, 40),
          px: parseFloat(getComputedStyle(el).fontSize),
        });
    return out;
  });

describe('on a 360 px phone', { timeout: 120_000 }, () => {
  it.each(PAGE_TYPES)('$name ($path): nothing scrolls sideways, details open', async ({ path }) => {
    const page = await openPhone(path);
    // Everything a reader can open counts: data tables, rankings, embed codes.
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
    const overflow = await page.evaluate(() => ({
      width: document.documentElement.scrollWidth,
      wide: [...document.querySelectorAll<HTMLElement>('body *')]
        .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 1)
        .filter((el) => !el.closest('.table-wrap, .visually-hidden, [hidden]'))
        .slice(0, 5)
        .map((el) => `${el.tagName.toLowerCase()}.${el.className}`),
    }));
    expect(overflow.wide, path).toEqual([]);
    expect(overflow.width, path).toBeLessThanOrEqual(PHONE.width);
    await page.close();
  });

  it.each(PAGE_TYPES)('$name ($path): chart labels are at least 12 px', async ({ path }) => {
    const page = await openPhone(path);
    const sizes = await chartTextSizes(page);
    const small = sizes.filter((s) => s.px < 12).slice(0, 5);
    expect(small, path).toEqual([]);
    await page.close();
  });

  it.each(PAGE_TYPES)(
    '$name ($path): the first screen shows the page’s name and its answer',
    async ({ path, answer, embed }) => {
      const page = await openPhone(path);
      const first = await page.evaluate(
        ({ embed, height }) => {
          const h1 = document.querySelector('h1')!;
          const box = document.querySelector<HTMLElement>(
            embed ? '[data-summary]' : '[data-answer]',
          );
          const target = box ?? document.querySelector<HTMLElement>('main')!;
          const top = target.getBoundingClientRect().top;
          // The visible part of the answer: what lies above the fold.
          const visible = [...target.querySelectorAll<HTMLElement>('*'), target]
            .filter((el) => el.getBoundingClientRect().bottom <= height)
            .map((el) => el.innerText)
            .join('\n');
          return {
            h1: h1.getBoundingClientRect().bottom <= height,
            hasAnswer: !!box,
            top,
            text: visible || target.innerText.slice(0, 400),
          };
        },
        { embed: !!embed, height: PHONE.height },
      );
      expect(first.h1, `${path}: h1 on the first screen`).toBe(true);
      expect(first.top, `${path}: answer starts on the first screen`).toBeLessThan(
        PHONE.height - 80,
      );
      expect(first.text, path).toMatch(answer);
      await page.close();
    },
  );

  it('unit pages: the share bar comes after the summary, the sample banner and header stay compact', async () => {
    for (const path of ['/don-vi/hai-phong/', '/don-vi/quang-ngai/xa-ngok-bay/']) {
      const page = await openPhone(path);
      const boxes = await page.evaluate(() => {
        const rect = (s: string) => document.querySelector(s)!.getBoundingClientRect();
        return {
          banner: rect('[data-sample-banner]').height,
          header: rect('header.site').height,
          answer: rect('[data-answer]').bottom,
          share: rect('.share').top,
        };
      });
      expect(boxes.banner, path).toBeLessThanOrEqual(50);
      expect(boxes.header, path).toBeLessThanOrEqual(110);
      expect(boxes.share, path).toBeGreaterThan(boxes.answer);
      await page.close();
    }
  });

  it('tables turn into cards: the task list of Hải Phòng shows every status', async () => {
    const page = await openPhone('/ke-hoach/hai-phong-01-kh-bcd/');
    const cells = await page.evaluate(() =>
      [
        ...document.querySelectorAll<HTMLElement>('table[data-tasks] td[data-label="Trạng thái"]'),
      ].map((td) => {
        const r = td.getBoundingClientRect();
        return r.width > 0 && r.right <= window.innerWidth;
      }),
    );
    expect(cells.length).toBeGreaterThan(10);
    expect(cells.every(Boolean)).toBe(true);
    await page.close();
  });
});

describe('what a phone reader needs, first', { timeout: 180_000 }, () => {
  const COMMUNE = '/don-vi/quang-ngai/xa-ngok-bay/';
  it.each([320, 360])(
    'at %i px a commune page’s first screen says as of when; three screens hold the answer, overdue items and latest report',
    async (width) => {
      const height = 740;
      const page = await site.browser().newPage({ viewport: { width, height } });
      await page.goto(site.base() + COMMUNE);
      const at = await page.evaluate(() => {
        const bottom = (el: Element | null | undefined) =>
          el ? el.getBoundingClientRect().bottom + scrollY : Infinity;
        const items = [...document.querySelectorAll('[data-answer] li')];
        return {
          headline: bottom(document.querySelector('[data-headline]')),
          asOf: bottom(document.querySelector('[data-as-of]')),
          asOfText: document.querySelector<HTMLElement>('[data-as-of]')?.innerText ?? '',
          overdue: bottom(items.find((li) => /quá hạn/.test(li.textContent ?? ''))),
          latestReport: bottom(document.querySelector('ul.months li:last-child')),
        };
      });
      expect(at.headline).toBeLessThanOrEqual(height);
      expect(at.asOf).toBeLessThanOrEqual(height);
      expect(at.asOfText).toMatch(
        /^Số liệu ngày \d{2}\/\d{2}\/\d{4} · Tháng gần nhất đã báo cáo: \d{2}\/\d{4} \(gửi ngày \d{2}\/\d{2}\/\d{4}\)$/,
      );
      expect(at.overdue).toBeLessThanOrEqual(3 * height);
      expect(at.latestReport).toBeLessThanOrEqual(3 * height);
      await page.close();
    },
  );

  it.each(PAGE_TYPES)(
    '$name ($path): every scrollable region can be reached by keyboard',
    async ({ path }) => {
      const page = await openPhone(path);
      await page.evaluate(() =>
        document.querySelectorAll('details').forEach((d) => (d.open = true)),
      );
      const unreachable = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('body *')]
          .filter((el) => {
            const style = getComputedStyle(el);
            const scrolls =
              (/(auto|scroll)/.test(style.overflowX) && el.scrollWidth > el.clientWidth + 1) ||
              (/(auto|scroll)/.test(style.overflowY) && el.scrollHeight > el.clientHeight + 1);
            if (!scrolls) return false;
            // Focusable itself, or holding something focusable (axe's rule).
            return el.tabIndex < 0 && !el.querySelector('a[href], button, input, [tabindex="0"]');
          })
          .map((el) => `${el.tagName.toLowerCase()}.${el.className}`),
      );
      expect(unreachable, path).toEqual([]);
      await page.close();
    },
  );

  it.each(PAGE_TYPES.filter((p) => !p.embed))(
    '$name ($path): English text is marked lang="en"',
    async ({ path }) => {
      const page = await openPhone(path);
      const unmarked = await page.evaluate(() => {
        const out: string[] = [];
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        // Words of the site's English, which Vietnamese never uses.
        const english =
          /\b(the|of|and|with|months?|missing|published|share|summary|reporting|indicators?|changes?|code|commune|province)\b/i;
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const el = n.parentElement!;
          if (el.closest('[lang="en"], script, style, code, svg, textarea, [hidden]')) continue;
          // Placeholders of message templates ("{indicator}") and file names are not prose.
          const text = n
            .textContent!.replace(/\{\w+\}|\S+\.(csv|json|parquet|xml|zip)\b/g, '')
            .trim();
          if (text && english.test(text)) out.push(text.slice(0, 60));
        }
        return out;
      });
      expect(unmarked, path).toEqual([]);
      await page.close();
    },
  );
});
