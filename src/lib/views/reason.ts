import type { Evaluation } from '../model/status.ts';
import type { ResolvedTarget } from '../model/targets.ts';
import type { IndicatorProgress } from '../model/types.ts';
import { COMMUNES_FORMED } from '../util/calendar.ts';
import { formatDate, formatNumber, formatPeriod } from '../util/format.ts';
import { formatTarget, latestOf } from './describe.ts';

/**
 * Why a status is what it is, in plain Vietnamese: the target and the document that sets it,
 * the deadline, and the evidence that decided it (report date, value, file and row). Shown
 * beside each status on unit pages and written as `reason` in the downloads.
 */

/** When a target was met: "ngày 12/10/2025", or "ở kỳ 10/2025 (báo cáo ngày 15/11/2025, tệp x, dòng 4)". */
export function metWhen(p: IndicatorProgress, metAt: string): string {
  if (metAt.length === 10) return `ngày ${formatDate(metAt)}`;
  const own = p.basis === 'own' ? p.own.find((o) => o.period === metAt) : undefined;
  if (!own) return `ở kỳ ${formatPeriod(metAt)}`;
  const kind = own.baseline ? `số liệu gốc, nguồn ${own.source}` : 'báo cáo';
  return `ở kỳ ${formatPeriod(metAt)} (${kind} ngày ${formatDate(own.reportedAt)}, tệp ${own.from.file}, dòng ${own.from.row})`;
}

/** The target in words with the document and section that set it. */
export function targetSource(p: IndicatorProgress, target: ResolvedTarget): string {
  const what = formatTarget(p.indicator, target.value, target.deadline, p.basis === 'rollup');
  const scope =
    target.origin === 'province-plan'
      ? ' (kế hoạch của tỉnh, đặt cho các xã)'
      : target.origin === 'national'
        ? ' (Kế hoạch 02, như kế hoạch địa phương dẫn lại)'
        : '';
  return `Mục tiêu ${what}, theo ${target.planNumber}, ${target.section}${scope}`;
}

/** The evidence now: the latest value with its report date, file and row. */
function evidenceNow(p: IndicatorProgress): string {
  const latest = latestOf(p);
  if (!latest) return 'chưa có số liệu';
  return `số mới nhất ${latest.text} (kỳ ${latest.period}; ${latest.source})`;
}

/** What decided the status of one phase, in a sentence. */
function decision(p: IndicatorProgress, target: ResolvedTarget, e: Evaluation): string {
  const deadline = formatDate(target.deadline);
  const met = e.metAt ? metWhen(p, e.metAt) : '';
  const beforeUnit = e.beforeUnit
    ? `Hạn ${deadline} có trước khi đơn vị được thành lập (${formatDate(COMMUNES_FORMED)}), nên không xét đúng hay trễ hạn`
    : '';
  switch (e.status) {
    case 'met-on-time':
      return e.metAt ? `Đạt ${met}, không muộn hơn hạn ${deadline}` : `Đạt trước hạn ${deadline}`;
    case 'met-late':
      return `Tại hạn ${deadline} chưa đạt; đạt ${met}`;
    case 'met-timing-unknown':
      return beforeUnit
        ? `${beforeUnit}; đạt ${met}`
        : `Không có số liệu tại hạn ${deadline}; đạt ${met}, nên chưa rõ có đúng hạn`;
    case 'no-longer-met':
      return `Đã đạt ${met}, nhưng số mới nhất dưới mục tiêu: không tính là đạt`;
    case 'missed':
      return `${beforeUnit ? `${beforeUnit}; ` : ''}Hạn ${deadline} đã qua, chưa báo cáo nào cho thấy đạt`;
    case 'pending':
      return `Chưa hoàn thành; hạn ${deadline} chưa tới`;
    case 'on-track':
    case 'off-track':
    case 'at-risk':
      return e.projected === undefined
        ? `Hạn ${deadline} chưa tới; mới có một tháng số liệu nên chưa tính được xu hướng`
        : `Hạn ${deadline} chưa tới; xu hướng 6 tháng gần nhất cho khoảng ${formatNumber(Math.round(e.projected * 10) / 10)} tại hạn`;
    case 'no-data':
      return 'Đơn vị chưa gửi số liệu nào cho chỉ tiêu này';
    case 'no-target':
      return '';
  }
}

/** Why one phase (target `i`) of an indicator has its status. */
export function phaseReason(p: IndicatorProgress, i: number): string {
  const target = p.targets[i]!;
  const e = p.evaluations[i]!;
  const parts = [targetSource(p, target), decision(p, target, e)];
  if (e.status !== 'no-data') parts.push(`Hiện nay: ${evidenceNow(p)}`);
  return `${parts.join('. ')}.`;
}

/** Why the indicator's headline status is what it is, or why it has none. */
export function headlineReason(p: IndicatorProgress): string {
  const { target } = p.headline;
  if (!target) {
    const values = latestOf(p) ? `Trang chỉ hiện số liệu: ${evidenceNow(p)}.` : '';
    return `Không văn bản nào ràng buộc đơn vị đặt mục tiêu cho chỉ tiêu này, nên không có trạng thái. ${values}`.trim();
  }
  return phaseReason(p, p.targets.indexOf(target));
}
