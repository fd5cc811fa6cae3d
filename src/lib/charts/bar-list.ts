import { escapeXml } from '../escape.ts';

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

/**
 * Horizontal bars, one per row, sorted by the caller: ranking of communes in a province, or the
 * distribution of provinces for an indicator. An optional reference line marks the target.
 */
export function barList(input: { id: string; title: string; description: string; bars: readonly Bar[]; max: number; reference?: { value: number; label: string } }): string {
  const row = 16;
  const labelW = 150;
  const width = 640;
  const plotW = width - labelW - 70;
  const top = input.reference ? 16 : 4;
  const height = top + input.bars.length * row + 4;
  const x = (v: number) => labelW + (input.max > 0 ? Math.max(0, Math.min(1, v / input.max)) : 0) * plotW;
  const key = escapeXml(input.id);
  // Linked bars make the chart interactive: role "group" lets its links be reached.
  const role = input.bars.some((b) => b.href) ? 'group' : 'img';
  const parts = [`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" role="${role}" aria-labelledby="${key}-t ${key}-d" class="chart bars">`, `<title id="${key}-t">${escapeXml(input.title)}</title><desc id="${key}-d">${escapeXml(input.description)}</desc>`];
  input.bars.forEach((b, i) => {
    const y = top + i * row;
    const label = b.label.length > 26 ? `${b.label.slice(0, 25)}…` : b.label;
    const text = `<text x="${labelW - 6}" y="${y + 11}" text-anchor="end" class="${b.highlight ? 'bar-label own' : 'bar-label'}">${escapeXml(label)}</text>`;
    parts.push(b.href ? `<a href="${escapeXml(b.href)}">${text}</a>` : text);
    parts.push(`<rect x="${labelW}" y="${y + 2}" width="${(x(b.value) - labelW).toFixed(1)}" height="${row - 5}" rx="2" fill="${escapeXml(b.color)}"${b.highlight ? ' stroke="#1f2328" stroke-width="1.5"' : ''}/>`);
    parts.push(`<text x="${(x(b.value) + 4).toFixed(1)}" y="${y + 11}" class="bar-value">${escapeXml(b.text)}</text>`);
  });
  if (input.reference) {
    const rx = x(input.reference.value).toFixed(1);
    parts.push(`<line x1="${rx}" x2="${rx}" y1="10" y2="${height}" class="target"/><text x="${rx}" y="9" text-anchor="middle" class="target-label">${escapeXml(input.reference.label)}</text>`);
  }
  parts.push('</svg>');
  return parts.join('');
}
