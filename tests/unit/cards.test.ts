import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cardJobs, cardPath, type CardData } from '../../src/lib/cards/card-data.ts';
import { loadCardFonts } from '../../src/lib/cards/fonts-fs.ts';
import { renderCard } from '../../src/lib/cards/render-card.ts';
import { renderCards } from '../../src/lib/cards/render-cards-fs.ts';
import { buildModel } from '../../src/lib/model/build-model.ts';
import { dataset, indicators, units } from '../fixtures/model.ts';

const LOWER = 'aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệghiìíỉĩịklmnoòóỏõọôồốổỗộơờớởỡợpqrstuùúủũụưừứửữựvxyỳýỷỹỵ';
const card: CardData = {
  title: 'Đặc khu Mẫu Hải Đảo Ngọk Bay',
  subtitle: `${LOWER} ${LOWER.toUpperCase()}`,
  big: '1.139',
  bigLabel: 'chỉ tiêu đã đạt (82,5%) ₫ – “ ” …',
  segments: [{ color: '#cf222e', count: 2, label: 'Quá hạn, chưa đạt' }, { color: '#1a7f37', count: 5, label: 'Đạt đúng hạn' }],
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

  it('exist for every unit page and every indicator page, marked as sample when the data is', () => {
    const model = buildModel({ dataset, units, indicators, plans: [], observations: [], tasks: [] });
    const jobs = cardJobs(model);
    expect(jobs.map((j) => j.page)).toEqual(expect.arrayContaining(['/don-vi/quang-ngai/xa-ngok-bay/', '/don-vi/quang-ninh/', '/chi-tieu/dossiers-fully-online/']));
    expect(jobs).toHaveLength(units.length + indicators.length);
    expect(jobs.every((j) => j.data.sample)).toBe(true);
    expect(cardPath('/don-vi/quang-ninh/')).toBe('/the/don-vi/quang-ninh.png');
  });

  it('are drawn in parallel once, then copied from the cache while their content is unchanged', async () => {
    const model = buildModel({ dataset, units, indicators, plans: [], observations: [], tasks: [] });
    const jobs = cardJobs(model).slice(0, 4);
    const cache = mkdtempSync(join(tmpdir(), 'mb-cards-cache-'));
    const first = await renderCards(jobs, mkdtempSync(join(tmpdir(), 'mb-out-')), cache);
    const out = mkdtempSync(join(tmpdir(), 'mb-out-'));
    const second = await renderCards(jobs, out, cache);
    expect([first.rendered, second.rendered, second.cached]).toEqual([4, 0, 4]);
    expect(readdirSync(cache)).toHaveLength(4);
    expect(readFileSync(join(out, cardPath(jobs[0]!.page))).subarray(1, 4).toString()).toBe('PNG');
    const changed = await renderCards([{ ...jobs[0]!, data: { ...jobs[0]!.data, big: '99%' } }], out, cache);
    expect(changed.rendered).toBe(1);
  }, 60_000);
});
