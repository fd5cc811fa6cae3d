import { escapeXml } from '../util/escape.ts';

/**
 * The 34 provinces as a tile map: one tile per province placed roughly where it lies, north
 * at the top, so no boundary files are needed. [code, column, row, short label].
 */
export const TILES: readonly [string, number, number, string][] = [
  ['11', 0, 0, 'Điện Biên'],
  ['12', 1, 0, 'Lai Châu'],
  ['15', 2, 0, 'Lào Cai'],
  ['08', 3, 0, 'Tuyên Quang'],
  ['04', 4, 0, 'Cao Bằng'],
  ['14', 1, 1, 'Sơn La'],
  ['25', 2, 1, 'Phú Thọ'],
  ['19', 3, 1, 'Thái Nguyên'],
  ['20', 4, 1, 'Lạng Sơn'],
  ['01', 2, 2, 'Hà Nội'],
  ['24', 3, 2, 'Bắc Ninh'],
  ['22', 4, 2, 'Quảng Ninh'],
  ['37', 2, 3, 'Ninh Bình'],
  ['33', 3, 3, 'Hưng Yên'],
  ['31', 4, 3, 'Hải Phòng'],
  ['38', 2, 4, 'Thanh Hóa'],
  ['40', 2, 5, 'Nghệ An'],
  ['42', 3, 6, 'Hà Tĩnh'],
  ['44', 3, 7, 'Quảng Trị'],
  ['46', 4, 8, 'Huế'],
  ['48', 4, 9, 'Đà Nẵng'],
  ['51', 3, 10, 'Quảng Ngãi'],
  ['52', 4, 10, 'Gia Lai'],
  ['66', 3, 11, 'Đắk Lắk'],
  ['56', 4, 11, 'Khánh Hòa'],
  ['68', 3, 12, 'Lâm Đồng'],
  ['80', 1, 13, 'Tây Ninh'],
  ['75', 2, 13, 'Đồng Nai'],
  ['79', 3, 13, 'TP HCM'],
  ['82', 1, 14, 'Đồng Tháp'],
  ['86', 2, 14, 'Vĩnh Long'],
  ['91', 0, 15, 'An Giang'],
  ['92', 1, 15, 'Cần Thơ'],
  ['96', 1, 16, 'Cà Mau'],
];

export interface Tile {
  fill: string;
  /** Second line in the tile: a value or a status symbol, so colour is not the only carrier. */
  mark: string;
  /** Full text for the tile's tooltip and for screen readers. */
  title: string;
  href: string;
}

/** A tile map: its id (for the SVG's title and desc), and the tiles by province code. */
export interface TileMapInput {
  id: string;
  title: string;
  description: string;
  tiles: Record<string, Tile>;
}

export function tileMap(input: TileMapInput): string {
  const w = 66;
  const h = 38;
  const gap = 3;
  const width = 5 * (w + gap);
  const height = 17 * (h + gap);
  const { id, title, description, tiles } = input;
  const key = escapeXml(id);
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" role="group" aria-labelledby="${key}-t ${key}-d" class="tilemap">`,
    `<title id="${key}-t">${escapeXml(title)}</title><desc id="${key}-d">${escapeXml(description)}</desc>`,
  ];
  for (const [code, col, row, label] of TILES) {
    const tile = tiles[code];
    if (!tile) continue;
    const x = col * (w + gap);
    const y = row * (h + gap);
    parts.push(
      `<a href="${escapeXml(tile.href)}"><title>${escapeXml(tile.title)}</title><rect x="${x}" y="${y}" width="${w}" height="${h}" rx="4" fill="${escapeXml(tile.fill)}"/>` +
        `<text x="${x + w / 2}" y="${y + 15}" text-anchor="middle" class="tile-name">${escapeXml(label)}</text>` +
        `<text x="${x + w / 2}" y="${y + 30}" text-anchor="middle" class="tile-mark">${escapeXml(tile.mark)}</text></a>`,
    );
  }
  parts.push('</svg>');
  return parts.join('');
}
