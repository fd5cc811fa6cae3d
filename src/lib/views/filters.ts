/**
 * Lists filterable without JavaScript: each filter value is a link to an empty marker element
 * (`#loc-…`); while that marker is the page's :target, a CSS rule hides the items of other
 * values. One value at a time, printable as filtered, and a plain link anyone can share.
 */

export interface FilterOption {
  /** The marker's id: the link is `#${id}`. */
  id: string;
  /** The value items carry in `data-${attr}`. */
  value: string;
  label: string;
  count: number;
}

export interface Filter {
  /** What is filtered on, for the reader: "Tháng", "Trạng thái", "Lĩnh vực". */
  name: string;
  /** The data attribute the items carry: `data-month`, `data-status`… */
  attr: string;
  options: FilterOption[];
}

/** A marker id safe in CSS and URLs: "loc-" and an ASCII slug. */
export const filterId = (attr: string, value: string): string =>
  `loc-${attr}-${value.replace(/[^A-Za-z0-9-]/g, '-')}`;

/**
 * The CSS that makes a block's filters work: for every value, hide the block's items whose
 * attribute differs while its marker is targeted, and mark the active link.
 */
export function filterCss(filters: readonly Filter[]): string {
  const rules: string[] = [];
  for (const f of filters)
    for (const o of f.options) {
      const marker = `#${o.id}:target`;
      rules.push(
        `${marker}~.filter-items [data-${f.attr}]:not([data-${f.attr}="${o.value}"]){display:none}`,
        `${marker}~.filters a[href="#${o.id}"]{background:#1f2328;color:#fff}`,
      );
    }
  return rules.join('\n');
}

/** A filter from the values items carry, in the order given, with their counts. */
export function filterOf(
  name: string,
  attr: string,
  values: readonly { value: string; label: string }[],
  countOf: (value: string) => number,
): Filter {
  const seen = new Set<string>();
  const options: FilterOption[] = [];
  for (const v of values) {
    if (seen.has(v.value)) continue;
    seen.add(v.value);
    options.push({
      id: filterId(attr, v.value),
      value: v.value,
      label: v.label,
      count: countOf(v.value),
    });
  }
  return { name, attr, options };
}
