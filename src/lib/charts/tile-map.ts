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
  /** Colour of the text on the fill. */
  ink: string;
  /** Last line in the tile: a value or a status symbol, so colour is not the only carrier. */
  mark: string;
  /** Full text for the tile's tooltip and for screen readers. */
  title: string;
  href: string;
}

export interface LegendItem {
  color: string;
  ink: string;
  /** Drawn in the swatch: the symbol the tiles carry, if any. */
  mark: string;
  label: string;
}

/** A tile map: its id (for the SVG's title and desc), the tiles by province code, and its legend. */
export interface TileMapInput {
  id: string;
  title: string;
  description: string;
  tiles: Record<string, Tile>;
  legend: { title: string; items: LegendItem[] };
}

// Sized for a phone: the map is drawn 335 units wide and shown about that many pixels wide
// (CSS caps it), so 13-unit text is never under 12 px. Names take two lines of their own.
const W = 64;
const H = 52;
const GAP = 3;
const FONT = 13;
const LINE = 15;
/** The empty sea west of the coast (columns 0–1, rows 2–12) holds the legend. */
const LEGEND = { x: 0, y: 2 * (H + GAP), width: 2 * (W + GAP) - GAP };

/** Splits a label into lines of at most `max` characters at spaces. */
export function wrapWords(text: string, max: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(' ')) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= max)
      lines[lines.length - 1] += ` ${word}`;
    else lines.push(word);
  }
  return lines;
}

const text = (x: number, y: number, cls: string, s: string, extra = '') =>
  `<text x="${x}" y="${y}" class="${cls}"${extra}>${escapeXml(s)}</text>`;

function tile(code: string, col: number, row: number, label: string, t: Tile): string {
  const x = col * (W + GAP);
  const y = row * (H + GAP);
  const cx = x + W / 2;
  const lines = label.split(' ').length === 2 ? label.split(' ') : [label];
  const ink = ` fill="${escapeXml(t.ink)}" text-anchor="middle"`;
  const names = lines.map((l, i) => text(cx, y + 15 + i * LINE, 'tile-name', l, ink));
  return (
    `<a href="${escapeXml(t.href)}" data-tile="${code}"><title>${escapeXml(t.title)}</title>` +
    `<rect x="${x}" y="${y}" width="${W}" height="${H}" rx="4" fill="${escapeXml(t.fill)}" class="tile"/>` +
    names.join('') +
    text(cx, y + H - 6, 'tile-mark', t.mark, ink) +
    '</a>'
  );
}

function legend(input: TileMapInput['legend']): string {
  const parts: string[] = [];
  let y = LEGEND.y + LINE;
  for (const line of wrapWords(input.title, 17)) {
    parts.push(text(LEGEND.x, y, 'legend-title', line));
    y += LINE;
  }
  y += 4;
  for (const item of input.items) {
    const lines = wrapWords(item.label, 12);
    parts.push(
      `<rect x="${LEGEND.x}" y="${y}" width="30" height="20" rx="3" fill="${escapeXml(item.color)}" class="tile"/>` +
        text(
          LEGEND.x + 15,
          y + 15,
          'legend-mark',
          item.mark,
          ` fill="${escapeXml(item.ink)}" text-anchor="middle"`,
        ),
    );
    lines.forEach((l, i) => parts.push(text(LEGEND.x + 36, y + 15 + i * LINE, 'legend-label', l)));
    y += Math.max(26, lines.length * LINE + 8);
  }
  return `<g class="legend">${parts.join('')}</g>`;
}

export function tileMap(input: TileMapInput): string {
  const width = 5 * (W + GAP) - GAP;
  const height = 17 * (H + GAP) - GAP;
  const { id, title, description, tiles } = input;
  const key = escapeXml(id);
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" role="group" aria-labelledby="${key}-t ${key}-d" class="tilemap" font-size="${FONT}">`,
    `<title id="${key}-t">${escapeXml(title)}</title><desc id="${key}-d">${escapeXml(description)}</desc>`,
    legend(input.legend),
  ];
  for (const [code, col, row, label] of TILES) {
    const t = tiles[code];
    if (t) parts.push(tile(code, col, row, label, t));
  }
  parts.push('</svg>');
  return parts.join('');
}
