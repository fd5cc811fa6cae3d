import { escapeXml } from '../util/escape.ts';

export interface Bar {
  label: string;
  value: number;
  /** Text at the bar's end: the value as the page formats it. */
  text: string;
  color: string;
  href?: string;
  /** Marks the bar of the page's own unit. */
  highlight?: boolean;
}

export interface BarListInput {
  id: string;
  title: string;
  description: string;
  bars: readonly Bar[];
  max: number;
  reference?: { value: number; label: string };
  /**
   * `inline`: label, bar and value on one line (rankings of many short names);
   * `stacked`: label and value on a line above a full-width bar, readable on a phone.
   */
  layout?: 'inline' | 'stacked';
}

/**
 * Horizontal bars, one per row, sorted by the caller: progress against targets, the ranking of
 * communes in a province, or the distribution of provinces for an indicator. An optional
 * reference line marks the target.
 */
export function barList(input: BarListInput): string {
  const stacked = input.layout === 'stacked';
  const width = stacked ? 380 : 560;
  const row = stacked ? 46 : 16;
  const labelW = stacked ? 0 : 150;
  const valueW = stacked ? 0 : 110;
  const plotW = width - labelW - valueW;
  const top = input.reference ? 16 : 4;
  const height = top + input.bars.length * row + 4;
  const x = (v: number) =>
    labelW + (input.max > 0 ? Math.max(0, Math.min(1, v / input.max)) : 0) * plotW;
  const key = escapeXml(input.id);
  // Linked bars make the chart interactive: role "group" lets its links be reached.
  const role = input.bars.some((b) => b.href) ? 'group' : 'img';
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" role="${role}" aria-labelledby="${key}-t ${key}-d" class="chart bars${stacked ? ' stacked' : ''}">`,
    `<title id="${key}-t">${escapeXml(input.title)}</title><desc id="${key}-d">${escapeXml(input.description)}</desc>`,
  ];
  input.bars.forEach((b, i) => {
    const y = top + i * row;
    const cls = b.highlight ? 'bar-label own' : 'bar-label';
    const wrap = (s: string) => (b.href ? `<a href="${escapeXml(b.href)}">${s}</a>` : s);
    const end = x(b.value);
    const stroke = b.highlight ? ' stroke="#1f2328" stroke-width="1.5"' : '';
    if (stacked) {
      // Three lines per bar (label, bar, value) so that nothing overlaps at phone width.
      parts.push(wrap(`<text x="0" y="${y + 12}" class="${cls}">${escapeXml(b.label)}</text>`));
      parts.push(
        `<rect x="0" y="${y + 16}" width="${width}" height="9" rx="2" class="bar-bg"/><rect x="0" y="${y + 16}" width="${end.toFixed(1)}" height="9" rx="2" fill="${escapeXml(b.color)}"${stroke}/>`,
      );
      parts.push(`<text x="0" y="${y + 38}" class="bar-value">${escapeXml(b.text)}</text>`);
    } else {
      const label = b.label.length > 26 ? `${b.label.slice(0, 25)}…` : b.label;
      parts.push(
        wrap(
          `<text x="${labelW - 6}" y="${y + 11}" text-anchor="end" class="${cls}">${escapeXml(label)}</text>`,
        ),
      );
      parts.push(
        `<rect x="${labelW}" y="${y + 2}" width="${(end - labelW).toFixed(1)}" height="${row - 5}" rx="2" fill="${escapeXml(b.color)}"${stroke}/>`,
      );
      parts.push(
        `<text x="${(end + 4).toFixed(1)}" y="${y + 11}" class="bar-value">${escapeXml(b.text)}</text>`,
      );
    }
  });
  if (input.reference) {
    const rx = x(input.reference.value).toFixed(1);
    const anchor = stacked ? 'end' : 'middle';
    parts.push(
      `<line x1="${rx}" x2="${rx}" y1="10" y2="${height}" class="target"/><text x="${rx}" y="9" text-anchor="${anchor}" class="target-label">${escapeXml(input.reference.label)}</text>`,
    );
  }
  parts.push('</svg>');
  return parts.join('');
}
