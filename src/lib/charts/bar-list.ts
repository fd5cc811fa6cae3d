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
   * `inline`: label, bar and value on one line on a wide screen (rankings of many short names);
   * `stacked`: label, bar and value on lines of their own at every width (long value texts).
   */
  layout?: 'inline' | 'stacked';
}

const percentOf = (value: number, max: number): string =>
  (max > 0 ? Math.max(0, Math.min(100, (100 * value) / max)) : 0).toFixed(1);

function row(b: Bar, input: BarListInput, ref: string | undefined): string {
  const label = b.href
    ? `<a href="${escapeXml(b.href)}">${escapeXml(b.label)}</a>`
    : escapeXml(b.label);
  const marker = ref ? `<span class="bar-ref" style="left:${ref}%"></span>` : '';
  return (
    `<li${b.highlight ? ' class="own"' : ''}><span class="bar-label">${label}</span>` +
    `<span class="bar-track">${marker}<span class="bar-fill" style="width:${percentOf(b.value, input.max)}%;background:${escapeXml(b.color)}"></span></span>` +
    `<span class="bar-value">${escapeXml(b.text)}</span></li>`
  );
}

/**
 * Horizontal bars, one per row, sorted by the caller: progress against targets, the ranking of
 * communes in a province, or the distribution of provinces for an indicator. HTML rather than
 * SVG, so the text keeps its size on a phone and the rows re-flow (label and value above the bar
 * on a narrow screen); an optional reference marks the target on every bar.
 */
export function barList(input: BarListInput): string {
  const key = escapeXml(input.id);
  const ref = input.reference ? percentOf(input.reference.value, input.max) : undefined;
  const legend = input.reference
    ? `<p class="bar-legend"><span class="bar-ref-key"></span> ${escapeXml(input.reference.label)}</p>`
    : '';
  return (
    `<figure class="bars ${input.layout === 'stacked' ? 'stacked' : 'inline'}" aria-labelledby="${key}-t" data-chart="bars">` +
    `<figcaption id="${key}-t" class="bar-title">${escapeXml(input.title)}<span class="src">${escapeXml(input.description)}</span></figcaption>` +
    legend +
    `<ol class="bar-rows">${input.bars.map((b) => row(b, input, ref)).join('')}</ol></figure>`
  );
}
