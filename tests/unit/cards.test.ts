import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cardJobs, type CardData } from '../../src/lib/cards/card-data.ts';
import { cardPath } from '../../src/lib/views/paths.ts';
import { loadCardFonts } from '../../src/lib/cards/fonts-fs.ts';
import { inflateSync } from 'node:zlib';
import { encodePng } from '../../src/lib/cards/png.ts';
import { cardSvg, cardTree, renderCard } from '../../src/lib/cards/render-card.ts';
import { renderCards, startDrawing } from '../../src/lib/cards/render-cards-fs.ts';
import { buildModel } from '../../src/lib/model/build-model.ts';
import { statusOrder, statusStyle } from '../../src/lib/views/status-style.ts';
import { dataset, indicators, units } from '../fixtures/model.ts';

const LOWER =
  'aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệghiìíỉĩịklmnoòóỏõọôồốổỗộơờớởỡợpqrstuùúủũụưừứửữựvxyỳýỷỹỵ';
const card: CardData = {
  title: 'Đặc khu Mẫu Hải Đảo Ngọk Bay',
  subtitle: `${LOWER} ${LOWER.toUpperCase()}`,
  big: '1.139',
  bigLabel: 'chỉ tiêu đã đạt (82,5%) ₫ – “ ” …',
  segments: [
    { color: '#cf222e', count: 2, label: 'Quá hạn, chưa đạt' },
    { color: '#1a7f37', count: 5, label: 'Đạt đúng hạn' },
  ],
  date: 'Số liệu ngày 21/11/2026',
  site: 'minhbach.example.org',
  sample: true,
};

describe('share cards', () => {
  it('draw every Vietnamese letter, in both cases and every tone, with the bundled fonts', async () => {
    const missing: string[] = [];
    const png = await renderCard(card, loadCardFonts(), (t) => missing.push(t));
    expect(missing).toEqual([]);
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
  });

  it('report a glyph that no font has', async () => {
    const missing: string[] = [];
    await renderCard({ ...card, title: 'Xã ✈ 漢' }, loadCardFonts(), (t) => missing.push(t));
    expect(missing.join('')).toMatch(/漢/);
  });

  it('exist for the home page and every unit, indicator and plan page, marked as sample when the data is', () => {
    const model = buildModel({
      dataset,
      units,
      indicators,
      plans: [],
      observations: [],
      tasks: [],
    });
    const jobs = cardJobs(model);
    expect(jobs.map((j) => j.page)).toEqual(
      expect.arrayContaining([
        '/don-vi/quang-ngai/xa-ngok-bay/',
        '/don-vi/quang-ninh/',
        '/chi-tieu/dossiers-fully-online/',
        '/',
      ]),
    );
    expect(jobs).toHaveLength(1 + units.length + indicators.length);
    expect(jobs.every((j) => j.data.sample)).toBe(true);
    expect(cardPath('/don-vi/quang-ninh/')).toBe('/the/don-vi/quang-ninh.png');
    expect(cardPath('/')).toBe('/the/trang-chu.png');
  });

  it('are drawn in parallel once, then copied from the cache while their content is unchanged', async () => {
    const model = buildModel({
      dataset,
      units,
      indicators,
      plans: [],
      observations: [],
      tasks: [],
    });
    const jobs = cardJobs(model).slice(0, 4);
    const cache = mkdtempSync(join(tmpdir(), 'mb-cards-cache-'));
    const first = await renderCards(jobs, mkdtempSync(join(tmpdir(), 'mb-out-')), cache);
    const out = mkdtempSync(join(tmpdir(), 'mb-out-'));
    const second = await renderCards(jobs, out, cache);
    expect([first.rendered, second.rendered, second.cached]).toEqual([4, 0, 4]);
    expect(readdirSync(cache)).toHaveLength(4);
    expect(
      readFileSync(join(out, cardPath(jobs[0]!.page)))
        .subarray(1, 4)
        .toString(),
    ).toBe('PNG');
    const changed = await renderCards(
      [{ ...jobs[0]!, data: { ...jobs[0]!.data, big: '99%' } }],
      out,
      cache,
    );
    expect(changed.rendered).toBe(1);
  }, 60_000);

  it('are redrawn when a cached card is truncated or empty (a build killed mid-write), never published as is', async () => {
    const model = buildModel({
      dataset,
      units,
      indicators,
      plans: [],
      observations: [],
      tasks: [],
    });
    const jobs = cardJobs(model).slice(0, 3);
    const cache = mkdtempSync(join(tmpdir(), 'mb-cards-cache-'));
    await renderCards(jobs, mkdtempSync(join(tmpdir(), 'mb-out-')), cache);
    const [a, b] = readdirSync(cache).map((name) => join(cache, name));
    writeFileSync(a!, readFileSync(a!).subarray(0, 200)); // cut mid-file
    writeFileSync(b!, ''); // a 0-byte card
    const out = mkdtempSync(join(tmpdir(), 'mb-out-'));
    const again = await renderCards(jobs, out, cache);
    expect([again.rendered, again.cached]).toEqual([2, 1]);
    for (const job of jobs) {
      const png = readFileSync(join(out, cardPath(job.page)));
      expect(png.subarray(1, 4).toString()).toBe('PNG');
      expect(png.subarray(-8, -4).toString('latin1')).toBe('IEND');
    }
    expect(readdirSync(cache).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    expect(statSync(b!).size).toBeGreaterThan(1000);
  }, 60_000);

  it('name every status drawn in the bar, and shorten a long subtitle at a word', () => {
    const segments = statusOrder.map((s) => ({
      color: statusStyle[s].color,
      count: 1,
      label: statusStyle[s].vi,
    }));
    const subtitle = 'Tỷ lệ hồ sơ '.repeat(20).trim();
    const tree = JSON.stringify(cardTree({ ...card, segments, subtitle }));
    for (const s of segments) expect(tree).toContain(`1 ${s.label}`);
    expect(tree).not.toContain(subtitle);
    expect(tree).toMatch(/"Tỷ lệ hồ sơ (.{1,100}) sơ…"/);
  });

  it('are laid out without clip paths or masks, which would make resvg paint full-size layers', async () => {
    const svg = await cardSvg(card, loadCardFonts());
    expect(svg).not.toMatch(/(clip-path|mask)="url\(/);
  });

  it('take more workers once the page build frees a core, and fail with the page of a broken card', async () => {
    const model = buildModel({
      dataset,
      units,
      indicators,
      plans: [],
      observations: [],
      tasks: [],
    });
    const jobs = cardJobs(model).slice(0, 6);
    const drawing = startDrawing(jobs, mkdtempSync(join(tmpdir(), 'mb-cards-cache-')), 1);
    drawing.addWorkers(1);
    expect(await drawing.done).toMatchObject({ rendered: 6, workers: 2 });
    const broken = [
      { page: '/don-vi/hong/', data: { ...card, title: undefined as unknown as string } },
    ];
    await expect(
      startDrawing(broken, mkdtempSync(join(tmpdir(), 'mb-cards-cache-'))).done,
    ).rejects.toThrow(/card \/don-vi\/hong\//);
  }, 60_000);
});

describe('PNG encoder', () => {
  it('stores exactly the pixels it is given, image after image', () => {
    for (const seed of [1, 7]) {
      const rgba = new Uint8Array(3 * 2 * 4).map((_, i) => (i * seed * 37) & 255);
      const png = encodePng(rgba, 3, 2);
      const idat = png.subarray(33 + 8, png.length - 12 - 4); // after signature and IHDR; before IDAT's CRC and IEND
      const raw = inflateSync(idat);
      expect(png.readUInt32BE(33)).toBe(idat.length);
      expect([...raw]).toEqual([0, ...rgba.subarray(0, 12), 0, ...rgba.subarray(12)]);
    }
  });

  it('writes an opaque image as a palette PNG: exact up to 256 colours, else the nearest of the 256 commonest', () => {
    /** The RGB of every pixel of an 8-bit palette PNG written by encodePng. */
    const pixels = (png: Buffer, width: number) => {
      expect(png[25]).toBe(3); // colour type: palette
      const plteLength = png.readUInt32BE(33);
      const plte = png.subarray(41, 41 + plteLength);
      const idatAt = 41 + plteLength + 4;
      const idat = png.subarray(idatAt + 8, idatAt + 8 + png.readUInt32BE(idatAt));
      const raw = inflateSync(idat);
      const out: number[] = [];
      for (let i = 0; i < raw.length; i++)
        if (i % (width + 1) !== 0) out.push(...plte.subarray(raw[i]! * 3, raw[i]! * 3 + 3));
      return out;
    };
    const width = 300;
    const opaque = (rgb: (i: number) => number[]) =>
      new Uint8Array(width * 2 * 4).map((_, i) => (i % 4 === 3 ? 255 : rgb(i >> 2)[i % 4]!));
    const few = opaque((i) => [i % 200, 10, 20]);
    const rgbOf = (rgba: Uint8Array) => [...rgba].filter((_, i) => i % 4 !== 3);
    expect(pixels(encodePng(few, width, 2), width)).toEqual(rgbOf(few));
    // 300 greys, 200 of them twice: the 100 rarer ones are drawn in the nearest grey kept.
    const many = opaque((i) =>
      (i < width ? [i, i, i] : [i % 200, i % 200, i % 200]).map((v) => v & 255),
    );
    const drawn = pixels(encodePng(many, width, 2), width);
    const original = rgbOf(many);
    for (let i = 0; i < drawn.length; i++)
      expect(Math.abs(drawn[i]! - original[i]!)).toBeLessThanOrEqual(56);
    expect(new Set(drawn).size).toBeLessThanOrEqual(256);
  });
});
