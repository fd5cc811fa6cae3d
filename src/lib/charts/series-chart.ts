import { scaleLinear, scalePoint, type ScaleLinear, type ScalePoint } from 'd3-scale';
import { line } from 'd3-shape';
import { escapeXml } from '../util/escape.ts';
import { formatDate, formatNumber, formatPeriod } from '../util/format.ts';

export interface ChartTarget {
  value: number;
  deadline: string;
  label: string;
}

export interface SeriesChartInput {
  /** Unique within the page: the SVG's title and desc ids derive from it. */
  id: string;
  title: string;
  description: string;
  points: readonly { period: string; value: number; revised?: boolean }[];
  targets: readonly ChartTarget[];
  /** Months to show on the x axis, in order. */
  periods: readonly string[];
  percent: boolean;
  width?: number;
  height?: number;
}

const fmt = (v: number, percent: boolean) => (percent ? `${formatNumber(v)}%` : formatNumber(v));

interface Frame {
  input: SeriesChartInput;
  width: number;
  height: number;
  m: { top: number; right: number; bottom: number; left: number };
  x: ScalePoint<string>;
  y: ScaleLinear<number, number>;
}

/** Font size of every label, in the chart's units (CSS shows a unit at about a pixel on a phone). */
export const CHART_FONT = 13;
/** Width of a digit or letter at that size, roughly, to make room for the value ticks. */
const CHAR = CHART_FONT * 0.62;

function frame(input: SeriesChartInput): Frame {
  const width = input.width ?? 340;
  const height = input.height ?? 210;
  const maxY = Math.max(
    1,
    ...input.points.map((p) => p.value),
    ...input.targets.map((t) => t.value),
  );
  const y = scaleLinear()
    .domain([0, input.percent ? 100 : maxY * 1.08])
    .nice()
    .range([height - 30, 22]);
  const widest = Math.max(...y.ticks(4).map((v) => fmt(v, input.percent).length));
  const m = { top: 22, right: 8, bottom: 30, left: Math.ceil(widest * CHAR) + 8 };
  const x = scalePoint<string>()
    .domain(input.periods)
    .range([m.left, width - m.right])
    .padding(0.3);
  return { input, width, height, m, x, y };
}

/** Grid lines with value ticks, and a month label every so often. */
function axes({ input, width, height, m, x, y }: Frame): string[] {
  const parts: string[] = [];
  for (const tick of y.ticks(4)) {
    const ty = y(tick).toFixed(1);
    parts.push(
      `<line x1="${m.left}" x2="${width - m.right}" y1="${ty}" y2="${ty}" class="grid"/><text x="${m.left - 6}" y="${ty}" dy="0.32em" text-anchor="end" class="tick">${fmt(tick, input.percent)}</text>`,
    );
  }
  // A month label is about 50 units wide: at most one per 70 units of axis.
  const every = Math.ceil(input.periods.length / Math.max(1, Math.floor((width - m.left) / 70)));
  input.periods.forEach((p, i) => {
    if (i % every === 0)
      parts.push(
        `<text x="${x(p)!.toFixed(1)}" y="${height - 8}" text-anchor="middle" class="tick">${formatPeriod(p)}</text>`,
      );
  });
  return parts;
}

/** A line per target and a marker at its deadline's month; labels never overlap each other. */
function targets({ input, width, height, m, x, y }: Frame): string[] {
  const parts: string[] = [];
  let lastLabel = Infinity;
  for (const t of [...input.targets].sort((a, b) => a.value - b.value)) {
    const ty = y(t.value).toFixed(1);
    parts.push(
      `<line x1="${m.left}" x2="${width - m.right}" y1="${ty}" y2="${ty}" class="target"/>`,
    );
    const labelY = Math.max(CHART_FONT, Math.min(Number(ty) - 4, lastLabel - CHART_FONT - 2));
    lastLabel = labelY;
    const dx = x(t.deadline.slice(0, 7));
    if (dx !== undefined)
      parts.push(
        `<line x1="${dx.toFixed(1)}" x2="${dx.toFixed(1)}" y1="${m.top}" y2="${height - m.bottom}" class="deadline"/>`,
      );
    parts.push(
      `<text x="${width - m.right}" y="${labelY.toFixed(1)}" text-anchor="end" class="target-label">${escapeXml(`${t.label}: ${fmt(t.value, input.percent)} · ${formatDate(t.deadline)}`)}</text>`,
    );
  }
  return parts;
}

/** The line through the months, and a dot per month (hollow when revised) with its value. */
function series({ input, x, y }: Frame): string[] {
  const parts: string[] = [];
  const pts = input.points.filter((p) => x(p.period) !== undefined);
  const path = line<(typeof pts)[number]>()
    .x((p) => x(p.period)!)
    .y((p) => y(p.value))(pts);
  if (path) parts.push(`<path d="${path}" class="series"/>`);
  for (const p of pts)
    parts.push(
      `<circle cx="${x(p.period)!.toFixed(1)}" cy="${y(p.value).toFixed(1)}" r="3" class="${p.revised ? 'point revised' : 'point'}"><title>${escapeXml(`${formatPeriod(p.period)}: ${fmt(p.value, input.percent)}${p.revised ? ' (đã điều chỉnh)' : ''}`)}</title></circle>`,
    );
  return parts;
}

/**
 * Monthly series with target lines and deadline markers, as an accessible inline SVG string
 * (role="img", <title>, <desc>). Revised months are drawn hollow. Pure: same input, same SVG.
 * Laid out for a phone (340 units wide, 13-unit text) and shown at most about 1.3 times that
 * size on a wide screen, so that its text is never scaled below 12 px nor blown up.
 */
export function seriesChart(input: SeriesChartInput): string {
  const f = frame(input);
  const key = escapeXml(input.id);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${f.width} ${f.height}" role="img" aria-labelledby="${key}-t ${key}-d" class="chart" font-size="${CHART_FONT}">`,
    `<title id="${key}-t">${escapeXml(input.title)}</title><desc id="${key}-d">${escapeXml(input.description)}</desc>`,
    ...axes(f),
    ...targets(f),
    ...series(f),
    '</svg>',
  ].join('');
}
