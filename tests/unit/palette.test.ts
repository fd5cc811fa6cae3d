import { describe, expect, it } from 'vitest';
import {
  paletteOrder,
  reportStyle,
  SHARE_BINS,
  shareBin,
  statusStyle,
} from '../../src/lib/views/status-style.ts';

// Colour vision deficiency, simulated with Machado, Oliveira & Fernandes (2009) at full severity
// in linear RGB; distance is CIE76 ΔE in Lab. 10 is about where two swatches side by side stop
// looking alike.
const CVD: Record<string, number[][]> = {
  normal: [
    [1, 0, 0],
    [0, 1, 0],
    [0, 0, 1],
  ],
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
};
const linear = (hex: string) =>
  [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
const luminance = (hex: string) => {
  const [r, g, b] = linear(hex) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};
const contrast = (a: string, b: string) => {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p) as [number, number];
  return (x + 0.05) / (y + 0.05);
};
function lab(hex: string, matrix: number[][]): number[] {
  const l = linear(hex);
  const [r, g, b] = matrix.map((row) =>
    Math.min(1, Math.max(0, row[0]! * l[0]! + row[1]! * l[1]! + row[2]! * l[2]!)),
  ) as [number, number, number];
  const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
  const x = f((0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047);
  const y = f(0.2126 * r + 0.7152 * g + 0.0722 * b);
  const z = f((0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883);
  return [116 * y - 16, 500 * (x - y), 200 * (y - z)];
}
/** The closest pair of colours as seen with each vision type. */
function closest(colors: Record<string, string>): { vision: string; pair: string; dE: number }[] {
  const names = Object.keys(colors);
  return Object.entries(CVD).map(([vision, m]) => {
    let best = { vision, pair: '', dE: Infinity };
    for (const [i, a] of names.entries())
      for (const b of names.slice(i + 1)) {
        const [p, q] = [lab(colors[a]!, m), lab(colors[b]!, m)];
        const dE = Math.hypot(p[0]! - q[0]!, p[1]! - q[1]!, p[2]! - q[2]!);
        if (dE < best.dE) best = { vision, pair: `${a}/${b}`, dE };
      }
    return best;
  });
}

describe('status palette', () => {
  it('styles every status once, met-timing-unknown included, each with its own symbol', () => {
    expect([...paletteOrder].sort()).toEqual(Object.keys(statusStyle).sort());
    expect(paletteOrder).toContain('met-timing-unknown');
    const symbols = Object.values(statusStyle).map((s) => s.symbol);
    expect(new Set(symbols).size).toBe(symbols.length);
    expect(statusStyle['met-late'].symbol).not.toBe(statusStyle['met-on-time'].symbol);
  });

  it('keeps every two statuses apart in colour for normal and colour-blind vision', () => {
    const colors = Object.fromEntries(Object.entries(statusStyle).map(([k, s]) => [k, s.color]));
    for (const c of closest(colors)) expect(c.dE, `${c.vision}: ${c.pair}`).toBeGreaterThan(12);
  });

  it('writes text on each fill at a contrast of at least 4.5:1', () => {
    for (const s of [...Object.values(statusStyle), ...Object.values(reportStyle), ...SHARE_BINS])
      expect(contrast(s.color, s.ink), s.color).toBeGreaterThanOrEqual(4.5);
  });

  it('tells reporting states apart by colour and symbol', () => {
    const colors = Object.fromEntries(Object.entries(reportStyle).map(([k, s]) => [k, s.color]));
    for (const c of closest(colors)) expect(c.dE, `${c.vision}: ${c.pair}`).toBeGreaterThan(12);
    const symbols = Object.values(reportStyle).map((s) => s.symbol);
    expect(new Set(symbols).size).toBe(symbols.length);
  });
});

describe('map scale of the share met', () => {
  it('has ten-point classes whose neighbours stay apart for colour-blind readers', () => {
    const colors = Object.fromEntries(SHARE_BINS.map((b) => [b.label, b.color]));
    for (const c of closest(colors)) expect(c.dE, `${c.vision}: ${c.pair}`).toBeGreaterThan(20);
  });

  it('puts a share in the class its rounded figure reads', () => {
    expect(shareBin(59.4).label).toBe('< 60%');
    expect(shareBin(59.6).label).toBe('60–69%');
    expect(shareBin(74).label).toBe('70–79%');
    expect(shareBin(89.5).label).toBe('≥ 90%');
    expect(shareBin(100).label).toBe('≥ 90%');
  });
});
