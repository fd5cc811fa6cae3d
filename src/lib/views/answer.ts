import { unitHeadline } from '../model/counts.ts';
import { isFlagged } from '../model/supervision.ts';
import { isOverdue } from '../model/tasks.ts';
import type { MonthReport } from '../model/timeliness.ts';
import type { UnitProgress } from '../model/types.ts';
import { formatDate, formatNumber, formatPeriod } from '../util/format.ts';
import { describeHeadline } from './describe.ts';
import { reportLook } from './status-style.ts';

/** One line of what needs attention, linking to where the page shows it. */
export interface AttentionItem {
  text: string;
  href: string;
  /** Something is wrong (missed, late, overdue), not just information. */
  alert: boolean;
}

/** The answer a page gives on its first screen: a headline figure and what needs attention. */
export interface PageAnswer {
  big: string;
  label: string;
  /** A province: its communes' figure, beside its own. */
  beside?: string;
  items: AttentionItem[];
  /** Said when nothing needs attention. */
  allClear: string;
  /** As of when: the data's date and, for a unit, the last month it reported and when. */
  asOf?: string;
}

/** The last month a unit reported, and the day that report came in; none before its first report. */
export function lastReported(progress: UnitProgress): { period: string; sent: string } | undefined {
  const last = progress.reports.findLast((r) => r.firstReport !== undefined);
  return last?.firstReport
    ? { period: formatPeriod(last.period), sent: formatDate(last.firstReport) }
    : undefined;
}

/** "Số liệu ngày 07/12/2026 · Tháng gần nhất đã báo cáo: 09/2026 (gửi ngày 10/10/2026)". */
export function asOfSentence(progress: UnitProgress, asOf: string): string {
  const last = lastReported(progress);
  const reported = last
    ? `Tháng gần nhất đã báo cáo: ${last.period} (gửi ngày ${last.sent})`
    : 'Chưa gửi báo cáo tháng nào';
  return `Số liệu ngày ${formatDate(asOf)} · ${reported}`;
}

const names = (list: readonly string[], max = 3): string =>
  list.length <= max ? list.join('; ') : `${list.slice(0, max).join('; ')}; …`;

/** A month's report in words: "Báo cáo tháng 10/2026: ✖ Chưa gửi (hạn 20/11/2026)". */
export function reportSentence(r: MonthReport): string {
  const look = reportLook(r.state);
  // Without a deadline the state already says so ("không đặt hạn"): no second "no deadline".
  const facts = [
    r.firstReport && `gửi ngày ${formatDate(r.firstReport)}`,
    r.due && `hạn ${formatDate(r.due)}`,
  ].filter(Boolean);
  const more = facts.length > 0 ? ` (${facts.join(', ')})` : '';
  return `Báo cáo tháng ${formatPeriod(r.period)}: ${look.symbol} ${look.vi}${more}`;
}

/** A unit's share of targets met, what it missed or is behind on, its latest report, overdue tasks. */
export function unitAnswer(
  progress: UnitProgress,
  asOf: string,
  silent: number,
  communes?: string,
): PageAnswer {
  // The unit's one headline figure: the same as on its card, the home map and its embed.
  const headline = describeHeadline(unitHeadline(progress));
  const items: AttentionItem[] = [];
  const named = (statuses: readonly string[]) =>
    progress.indicators
      .filter((p) => statuses.includes(p.headline.status))
      .map((p) => p.indicator.short.vi);
  const missed = named(['missed']);
  if (missed.length > 0)
    items.push({
      text: `${formatNumber(missed.length)} chỉ tiêu quá hạn, chưa đạt: ${names(missed)}`,
      href: '#chi-tieu',
      alert: true,
    });
  const behind = named(['off-track', 'at-risk']);
  if (behind.length > 0)
    items.push({
      text: `${formatNumber(behind.length)} chỉ tiêu chậm hoặc có nguy cơ chậm: ${names(behind, 2)}`,
      href: '#chi-tieu',
      alert: true,
    });
  const latest = progress.reports.at(-1);
  if (latest)
    items.push({
      text: reportSentence(latest),
      href: '#bao-cao',
      alert: isFlagged(latest.state),
    });
  const overdue = progress.tasks.filter((task) => isOverdue(task, asOf)).length;
  if (overdue > 0)
    items.push({
      text: `${formatNumber(overdue)} nhiệm vụ quá hạn, chưa báo cáo hoàn thành`,
      href: '#nhiem-vu',
      alert: true,
    });
  if (silent > 0)
    items.push({
      text: `${formatNumber(silent)} xã chưa từng gửi báo cáo`,
      href: '#cap-xa',
      alert: true,
    });
  return {
    big: headline.big,
    label: headline.label,
    ...(communes ? { beside: communes } : {}),
    items,
    allClear: 'Không có chỉ tiêu quá hạn hay chậm tiến độ.',
    asOf: asOfSentence(progress, asOf),
  };
}
