import type { KnownChange } from '../types.ts';

/**
 * Legal changes after 1 July 2025 that the snapshots show, with their effective date and basis:
 * curated by hand, because no source table dates them. A difference between the snapshots
 * that this list does not date is still imported, dated by the newer snapshot, with a warning.
 */
export const KNOWN_CHANGES: readonly KnownChange[] = [
  {
    scope: '75',
    date: '2026-04-30',
    basis: 'Nghị quyết 30/2026/QH16 (thành lập thành phố Đồng Nai trực thuộc trung ương)',
  },
  {
    scope: 'communes-of:75',
    date: '2026-04-30',
    basis: 'Nghị quyết 237/NQ-UBTVQH16 (ngày hiệu lực giả định trùng ngày thành lập thành phố)',
  },
];

/** The reorganisation every unit dates from unless a later change says otherwise. */
export const REORGANISATION = {
  date: '2025-07-01',
  basis: 'Nghị quyết 202/2025/QH15; các nghị quyết của UBTVQH về sắp xếp ĐVHC cấp xã (06/2025)',
};

export const findChange = (
  changes: readonly KnownChange[],
  code: string,
  parent?: string,
): KnownChange | undefined =>
  changes.find((c) => c.scope === code) ??
  (parent ? changes.find((c) => c.scope === `communes-of:${parent}`) : undefined);
