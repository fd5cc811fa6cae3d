import type { Random } from './random.ts';

/**
 * How a sample unit behaves: how fast it reaches its targets and how it reports.
 * - leader: reaches its targets early, reports on time;
 * - steady: reaches them around the deadline;
 * - laggard: falls short and misses its 2025 targets, skips some months;
 * - late: progresses steadily but sends most reports after its deadline;
 * - revising: steady, and corrects many of its figures in later months;
 * - recovering: behind at the 2025 deadlines, meets its targets in 2026 (met late);
 * - silent: never reports (synthetic units only).
 */
export type Archetype =
  'leader' | 'steady' | 'laggard' | 'late' | 'revising' | 'recovering' | 'silent';

/**
 * The five seed units get hand-chosen archetypes so that the sample shows every state the site
 * can show on a real plan; none of them is silent (a unit that never reports is synthetic).
 */
export const SEED_ARCHETYPES: Readonly<Record<string, Archetype>> = {
  '25363': 'leader', // Đồng Phú: on track, each quarter's report on time
  '22': 'revising', // Quảng Ninh: revised values
  '23317': 'late', // Ngọk Bay: reports after the 24th more often than not
  '17605': 'laggard', // Hợp Minh: misses its 2025 targets
  '31': 'recovering', // Hải Phòng: behind at the deadline, met in 2026
};

/** A synthetic unit's archetype, drawn at random. */
export function archetypeOf(rnd: Random): Archetype {
  const r = rnd.next();
  return r < 0.2
    ? 'leader'
    : r < 0.6
      ? 'steady'
      : r < 0.85
        ? 'laggard'
        : r < 0.9
          ? 'silent'
          : 'late';
}

/** Share of the way from start to goal reached in month i (0 = 07/2025). */
export function curve(a: Archetype, i: number, speed: number): number {
  if (a === 'leader') return Math.min(1.04, 0.55 + i / (4 * speed));
  if (a === 'laggard') return Math.min(0.97, (0.75 * i) / (13 * speed));
  // Short of the goal through 12/2025 (i = 5), over it from 03/2026.
  if (a === 'recovering') return i <= 6 ? 0.5 + 0.05 * i : Math.min(1.03, 0.8 + 0.08 * (i - 6));
  // Steady: reaches the goal 3½–7 months in, so about half by 12/2025 (i = 5).
  return Math.min(1.03, i / (4.8 * speed));
}

/** When a milestone gets done, in months from 07/2025 (recovering: after its 2025 deadline). */
export function milestoneMonth(a: Archetype, rnd: Random): number {
  if (a === 'leader') return rnd.int(0, 2);
  if (a === 'laggard') return rnd.int(6, 22);
  if (a === 'recovering') return rnd.int(7, 9);
  return rnd.int(1, 9);
}

/** A baseline row: a value as of a month before reporting began, with its source. */
export interface Baseline {
  unit: string;
  indicator: string;
  period: string;
  value: number | 'done' | { doneOn: string };
  reportedAt: string;
  source: string;
}

/**
 * Baseline rows of the sample. Hải Phòng's are the results its plan reports as done by
 * 30/6/2025 (Annex I), with the plan's date as their report date; Quảng Ninh's is invented,
 * to show a baseline deciding an urgent-phase target.
 */
export const BASELINES: readonly Baseline[] = [
  {
    unit: '31',
    indicator: 'milestone-agency-codes',
    period: '2025-06',
    value: { doneOn: '2025-06-26' },
    reportedAt: '2025-08-26',
    source: 'Kế hoạch 01-KH/BCĐ, Phụ lục I, mục 1 (Quyết định 2155/QĐ-UBND ngày 26/6/2025)',
  },
  {
    unit: '31',
    indicator: 'milestone-tthc-list',
    period: '2025-06',
    value: 'done',
    reportedAt: '2025-08-26',
    source: 'Kế hoạch 01-KH/BCĐ, Phụ lục I, mục 2 (32 quyết định công bố thủ tục)',
  },
  {
    unit: '31',
    indicator: 'digital-teams',
    period: '2025-06',
    value: 3790,
    reportedAt: '2025-08-26',
    source: 'Kế hoạch 01-KH/BCĐ, Phụ lục I, mục 15',
  },
  {
    unit: '31',
    indicator: 'digital-team-members',
    period: '2025-06',
    value: 17277,
    reportedAt: '2025-08-26',
    source: 'Kế hoạch 01-KH/BCĐ, Phụ lục I, mục 15',
  },
  {
    unit: '22',
    indicator: 'dossiers-per-service',
    period: '2025-06',
    value: 41.5,
    reportedAt: '2025-07-10',
    source: 'Báo cáo kết quả giai đoạn cấp bách của tỉnh (số liệu mẫu)',
  },
];
