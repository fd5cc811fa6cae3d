import { reportStates } from '../model/quality.ts';
import { hasDeadlines, type MonthReport, type Regime } from '../model/timeliness.ts';
import type { UnitProgress } from '../model/types.ts';
import { formatDate, formatPeriod } from '../util/format.ts';
import { planPath } from './paths.ts';
import { reportLook } from './status-style.ts';

/** A reporting regime in words, with the plan (and section) it comes from. */
export interface RegimeText {
  kind: Regime['kind'];
  text: string;
  /** "Theo 02.1-KH/BCĐ, Mục IV.3" or the site's default. */
  origin: string;
  planHref?: string;
  note?: string;
}

function yearEndText(regime: Regime): string {
  if (!regime.yearEnd) return '';
  const [m, d] = regime.yearEnd.split('-');
  return `; báo cáo cuối năm trước ngày ${d}/${m}`;
}

const NOT_JUDGED =
  'trang ghi nhận tháng nào đã có báo cáo, không đánh giá đúng hay trễ hạn; tháng chưa nhận được báo cáo vẫn được nêu tên.';

/** What a regime asks, in one sentence. */
export function regimeSentence(regime: Regime): string {
  const day = `trước ngày ${regime.before}`;
  switch (regime.kind) {
    case 'monthly':
      return regime.before
        ? `Báo cáo hằng tháng, ${day} của tháng sau (gửi đúng ngày ${regime.before} là trễ).`
        : `Báo cáo hằng tháng, văn bản không nêu ngày: ${NOT_JUDGED}`;
    case 'quarterly':
      return `Báo cáo hằng quý, ${day} của tháng cuối quý${yearEndText(regime)}. Số liệu mỗi tháng tính vào kỳ báo cáo đầu tiên sau khi tháng kết thúc.`;
    case 'weekly-monthly':
      return regime.before
        ? `Báo cáo hằng tuần và hằng tháng, ${day} của tháng sau; báo cáo tuần không được chấm vì tệp xuất ghi số liệu theo tháng.`
        : `Báo cáo định kỳ hằng tuần, hằng tháng, văn bản không nêu ngày: ${NOT_JUDGED}`;
    case 'on-request':
      return `Báo cáo định kỳ hoặc đột xuất theo yêu cầu, không có hạn ngày: ${NOT_JUDGED}`;
    case 'none':
      return `Không văn bản nào ràng buộc đơn vị mà trang có đặt chế độ báo cáo cho đơn vị: ${NOT_JUDGED}`;
  }
}

/** Where the regime comes from: the document, its section, and from when it applies. */
function regimeOrigin(regime: Regime): string {
  if (!regime.plan) return 'Không có văn bản đặt chế độ báo cáo';
  const scope =
    regime.origin === 'province-plan'
      ? ' (kế hoạch của tỉnh, áp dụng cho các xã)'
      : regime.origin === 'publisher'
        ? ' (đơn vị công bố số liệu khai báo cho mọi đơn vị)'
        : '';
  const section = regime.section ? `, ${regime.section}` : '';
  return `Theo ${regime.plan.number}${section}${scope}; áp dụng từ ngày ${formatDate(regime.plan.date)}`;
}

export function regimeText(regime: Regime): RegimeText {
  return {
    kind: regime.kind,
    text: regimeSentence(regime),
    origin: regimeOrigin(regime),
    ...(regime.plan?.id ? { planHref: planPath(regime.plan.id) } : {}),
    ...(regime.note ? { note: regime.note } : {}),
  };
}

/** A month's reporting state as a short label: "✖ Chưa gửi". */
export function stateLabel(r: MonthReport): string {
  const look = reportLook(r.state);
  return `${look.symbol} ${look.vi}`;
}

/** The hover text of a month: when it was sent and by when it was due. */
export function stateTitle(r: MonthReport): string {
  const sent = r.firstReport ? `Gửi ngày ${formatDate(r.firstReport)}` : 'Chưa có báo cáo';
  return r.due ? `${sent}; hạn chậm nhất ${formatDate(r.due)}` : `${sent}; không có hạn`;
}

export interface ReportingView {
  regime: RegimeText;
  /** False when the regime sets no deadline: nothing is judged. */
  judged: boolean;
  onTime: number;
  late: number;
  missing: number;
  /** Months with a report among those not judged (no deadline). */
  received: number;
  months: number;
  /** Months with a deadline (judged); the rest are listed, not judged. */
  judgedMonths: number;
  lastReport?: string;
  /** Months before the last RECENT_MONTHS, in one line of counts by state. */
  older?: string;
  /** The last RECENT_MONTHS months, one tile each. */
  reports: {
    period: string;
    state: MonthReport['state'];
    label: string;
    symbol: string;
    color: string;
    ink: string;
    title: string;
  }[];
}

/** Months a unit page shows one by one; earlier ones are counted in a line (downloads keep all). */
export const RECENT_MONTHS = 12;

function olderReports(older: readonly MonthReport[]): { older?: string } {
  if (older.length === 0) return {};
  const counts = Map.groupBy(older, (r) => reportLook(r.state).vi);
  const parts = [...counts].map(([label, list]) => `${list.length} ${label.toLowerCase()}`);
  const range = `${formatPeriod(older[0]!.period)}–${formatPeriod(older.at(-1)!.period)}`;
  return { older: `${older.length} tháng trước (${range}): ${parts.join(', ')}.` };
}

/** A unit's reporting record under its own regime. */
export function reportingView(progress: UnitProgress): ReportingView {
  const states = reportStates(progress.reports);
  return {
    regime: regimeText(progress.regime),
    judged: hasDeadlines(progress.regime),
    onTime: states['on-time'],
    late: states.late,
    missing: states.missing,
    received: progress.reports.filter((r) => r.state === 'no-deadline').length,
    months: progress.reports.length,
    judgedMonths: progress.reports.filter((r) => r.due !== undefined).length,
    ...(progress.lastReport ? { lastReport: formatDate(progress.lastReport) } : {}),
    ...olderReports(progress.reports.slice(0, -RECENT_MONTHS)),
    reports: progress.reports.slice(-RECENT_MONTHS).map((r) => {
      const look = reportLook(r.state);
      return {
        period: formatPeriod(r.period),
        state: r.state,
        label: look.vi,
        symbol: look.symbol,
        color: look.color,
        ink: look.ink,
        title: stateTitle(r),
      };
    }),
  };
}
