import { countStatuses } from '../model/counts.ts';
import { progressOf, provinceAndCommunes } from '../model/progress.ts';
import {
  behindTargets,
  isFlagged,
  monthTally,
  reportsByMonth,
  type UnitReport,
} from '../model/supervision.ts';
import type { Model } from '../model/types.ts';
import { formatDate, formatNumber, formatPeriod } from '../util/format.ts';
import type { AttentionItem, PageAnswer } from './answer.ts';
import { filterCss, type Filter } from './filters.ts';
import { pageFrame, type PageFrame } from './frame.ts';
import {
  monthAnchor,
  paths,
  supervisionCsvPath,
  supervisionMonthPath,
  supervisionPath,
  unitPath,
} from './paths.ts';
import { RECENT_MONTHS } from './reporting.ts';
import { reportLook, type StatusLook } from './status-style.ts';
import {
  agencyFilter,
  agencyGroups,
  behindFilters,
  behindRow,
  monthFilter,
  monthLine,
  monthSection,
  monthSections,
  type AgencyGroup,
  type BehindRow,
  type MonthSection,
} from './supervision-lists.ts';

/** Reports of one month in one province, counted by state, with the page listing the names. */
export interface ProvinceMonthRow {
  name: string;
  slug: string;
  /** The province's supervision page, at this month. */
  href: string;
  total: number;
  counts: { state: string; look: StatusLook; count: number }[];
  /** Units that have not reported or were late, by name (month pages only). */
  section?: MonthSection;
}

function provinceMonthRows(model: Model, period: string, withNames: boolean): ProvinceMonthRow[] {
  return model.provinces.map((p) => {
    const reports = reportsByMonth(provinceAndCommunes(model, p.code)).get(period) ?? [];
    const section = monthSection(model, period, reports);
    return {
      name: p.name,
      slug: p.slug,
      href: `${supervisionPath(p)}#${monthAnchor(period)}`,
      total: reports.length,
      counts: section.groups.map((g) => ({
        state: g.state,
        look: g.look,
        count: g.entries.length,
      })),
      ...(withNames
        ? { section: { ...section, groups: section.groups.filter((g) => isFlagged(g.state)) } }
        : {}),
    };
  });
}

/** Every month with a report due, latest first (from any unit: regimes may differ). */
function allMonths(model: Model): string[] {
  const months = new Set<string>();
  for (const p of model.progress.values()) for (const r of p.reports) months.add(r.period);
  return [...months].sort().reverse();
}

/**
 * "Tháng 10/2026: 2.718/3.355 đơn vị đã gửi; 12 chưa gửi khi đã quá hạn, 600 chưa gửi (không đặt
 * hạn), 7 gửi trễ": the month's one tally, the figure the home page shows too.
 */
function monthAttention(
  period: string,
  reports: readonly UnitReport[],
  href: string,
  more = '',
): AttentionItem {
  const c = monthTally(period, reports);
  return {
    text: `Tháng ${formatPeriod(period)}: ${formatNumber(c.received)}/${formatNumber(c.units)} đơn vị đã gửi báo cáo; ${formatNumber(c.missing)} ${reportLook('missing').vi.toLowerCase()} khi đã quá hạn, ${formatNumber(c.notReceived)} chưa gửi (không đặt hạn), ${formatNumber(c.late)} gửi trễ${more}`,
    href,
    alert: c.missing + c.notReceived + c.late > 0,
  };
}

export interface SupervisionView {
  frame: PageFrame;
  answer: PageAnswer;
  month?: { period: string; label: string; rows: ProvinceMonthRow[] };
  months: { label: string; href: string }[];
  agencies: AgencyGroup[];
  filters: Filter[];
  css: string;
  provinces: { name: string; href: string; missed: number; offTrack: number; atRisk: number }[];
  downloads: { href: string; label: string }[];
}

/** Targets behind in each province (it and its communes), linking to the names. */
const provinceBehind = (model: Model): SupervisionView['provinces'] =>
  model.provinces.map((p) => {
    const c = countStatuses(
      behindTargets(provinceAndCommunes(model, p.code)),
      (b) => b.cell.headline.status,
    );
    return {
      name: p.name,
      href: `${supervisionPath(p)}#chi-tieu`,
      missed: c.missed,
      offTrack: c['off-track'],
      atRisk: c['at-risk'],
    };
  });

const NATIONAL_DOWNLOADS = [
  { href: paths.reportsCsv, label: 'Báo cáo từng tháng của mọi đơn vị (CSV)' },
  { href: paths.overdueTasksCsv, label: 'Nhiệm vụ quá hạn (CSV)' },
  {
    href: paths.watchCsv,
    label: 'Chỉ tiêu cần theo dõi: quá hạn, chậm, có nguy cơ, chưa có số liệu (CSV)',
  },
];

/** The country's answer: the latest month's missing and late reports, targets behind, overdue tasks. */
function nationalAnswer(
  model: Model,
  latest: string | undefined,
  agencies: AgencyGroup[],
): PageAnswer {
  const all = [...model.progress.values()];
  const reports = latest ? (reportsByMonth(all).get(latest) ?? []) : [];
  const overdue = agencies.reduce((a, g) => a + g.tasks.length, 0);
  const behind = countStatuses(behindTargets(all), (b) => b.cell.headline.status);
  const notOnTime = reports.filter((r) => isFlagged(r.report.state)).length;
  return {
    big: latest ? `${formatNumber(notOnTime)}/${formatNumber(reports.length)}` : '—',
    label: latest
      ? `đơn vị chưa gửi hoặc gửi trễ báo cáo tháng ${formatPeriod(latest)}`
      : 'chưa có tháng nào đến hạn báo cáo',
    items: [
      ...(latest
        ? [monthAttention(latest, reports, supervisionMonthPath(latest), ': tên từng đơn vị')]
        : []),
      {
        text: `${formatNumber(behind.missed)} chỉ tiêu quá hạn chưa đạt, ${formatNumber(behind['off-track'])} chậm tiến độ`,
        href: '#chi-tieu',
        alert: behind.missed + behind['off-track'] > 0,
      },
      {
        text: `${formatNumber(overdue)} nhiệm vụ quá hạn, ${formatNumber(agencies.length)} cơ quan chủ trì`,
        href: '#nhiem-vu',
        alert: overdue > 0,
      },
    ],
    allClear: 'Chưa có tháng nào đến hạn báo cáo.',
  };
}

/** The national page: the latest month by province, overdue tasks by agency, targets behind. */
export function supervisionView(model: Model): SupervisionView {
  const months = allMonths(model);
  const latest = months[0];
  const agencies = agencyGroups(model, [...model.progress.values()]);
  const filters = [agencyFilter(agencies)];
  return {
    frame: pageFrame(model.dataset, {
      title: 'Giám sát: ai chưa báo cáo, việc gì quá hạn',
      description: `Theo từng tháng và từng tỉnh: đơn vị nào báo cáo đúng hạn, trễ hay chưa gửi; nhiệm vụ quá hạn theo cơ quan chủ trì; chỉ tiêu quá hạn, chậm tiến độ. Số liệu ngày ${formatDate(model.asOf)}.`,
      path: paths.supervision,
    }),
    answer: nationalAnswer(model, latest, agencies),
    ...(latest
      ? {
          month: {
            period: latest,
            label: formatPeriod(latest),
            rows: provinceMonthRows(model, latest, false),
          },
        }
      : {}),
    months: months.map((p) => ({ label: formatPeriod(p), href: supervisionMonthPath(p) })),
    agencies,
    filters,
    css: filterCss(filters),
    provinces: provinceBehind(model),
    downloads: NATIONAL_DOWNLOADS,
  };
}

export interface SupervisionMonthView {
  frame: PageFrame;
  label: string;
  answer: PageAnswer;
  rows: ProvinceMonthRow[];
  months: { label: string; href: string; current: boolean }[];
}

/** One month across the country: each province's counts and the units late or missing, by name. */
export function supervisionMonthView(model: Model, period: string): SupervisionMonthView {
  const reports = reportsByMonth([...model.progress.values()]).get(period) ?? [];
  const label = formatPeriod(period);
  return {
    frame: pageFrame(model.dataset, {
      title: `Báo cáo tháng ${label}: ai chưa gửi, ai gửi trễ`,
      description: `Tháng ${label}: theo từng tỉnh, tên các đơn vị chưa gửi báo cáo hoặc gửi trễ hạn, kèm ngày gửi và hạn.`,
      path: supervisionMonthPath(period),
      crumbs: [{ href: paths.supervision, label: 'Giám sát' }],
    }),
    label,
    answer: {
      big: label,
      label: 'tháng báo cáo',
      items: [monthAttention(period, reports, '#tinh')],
      allClear: '',
    },
    rows: provinceMonthRows(model, period, true),
    months: allMonths(model).map((p) => ({
      label: formatPeriod(p),
      href: supervisionMonthPath(p),
      current: p === period,
    })),
  };
}

export const supervisionMonths = allMonths;

export interface ProvinceSupervisionView {
  frame: PageFrame;
  name: string;
  unitHref: string;
  answer: PageAnswer;
  /** The last RECENT_MONTHS months, units by name. */
  months: MonthSection[];
  /** Earlier months: counts in a line, and the month's own page. */
  olderMonths: { anchor: string; label: string; href: string; line: string }[];
  behind: BehindRow[];
  agencies: AgencyGroup[];
  filters: { months: Filter[]; behind: Filter[]; agencies: Filter[] };
  css: string;
  downloads: { href: string; label: string }[];
}

/** The latest month's units not on time, by name, first: what a supervisor came for. */
function provinceAnswer(
  latest: MonthSection | undefined,
  behind: readonly BehindRow[],
  overdue: number,
): PageAnswer {
  const late = latest?.groups.filter((g) => isFlagged(g.state)) ?? [];
  const notOnTime = late.reduce((a, g) => a + g.entries.length, 0);
  const names = (list: readonly { name: string }[]) =>
    list.length <= 6
      ? list.map((e) => e.name).join(', ')
      : `${list
          .slice(0, 5)
          .map((e) => e.name)
          .join(', ')} và ${formatNumber(list.length - 5)} đơn vị khác`;
  const missed = behind.filter((b) => b.status === 'missed').length;
  return {
    big: latest ? `${formatNumber(notOnTime)}/${formatNumber(latest.total)}` : '—',
    label: latest
      ? `đơn vị chưa gửi hoặc gửi trễ báo cáo tháng ${latest.label}`
      : 'chưa có tháng nào đến hạn báo cáo',
    items: [
      ...late.map((g) => ({
        text: `${g.look.symbol} ${g.look.vi} (${formatNumber(g.entries.length)}): ${names(g.entries)}`,
        href: `#${latest!.anchor}`,
        alert: true,
      })),
      {
        text: `${formatNumber(missed)} chỉ tiêu quá hạn chưa đạt, ${formatNumber(behind.length - missed)} chậm hoặc có nguy cơ`,
        href: '#chi-tieu',
        alert: behind.length > 0,
      },
      { text: `${formatNumber(overdue)} nhiệm vụ quá hạn`, href: '#nhiem-vu', alert: overdue > 0 },
    ],
    allClear: '',
  };
}

/** A province and its communes: every month's reports by name, targets behind, overdue tasks. */
export function provinceSupervisionView(model: Model, code: string): ProvinceSupervisionView {
  const province = progressOf(model, code).unit;
  const units = provinceAndCommunes(model, code);
  // The last months by name; earlier ones in a line each, linking their month page (downloads
  // keep every month): three years of data would otherwise weigh a phone down.
  const all = monthSections(model, units);
  const months = all.slice(0, RECENT_MONTHS);
  const olderMonths = all.slice(RECENT_MONTHS).map((m) => ({
    anchor: monthAnchor(m.period),
    label: m.label,
    href: supervisionMonthPath(m.period),
    line: monthLine(m),
  }));
  const behind = behindTargets(units).map((b) => behindRow(model, b));
  const agencies = agencyGroups(model, units);
  const filters = {
    months: [monthFilter(months)],
    behind: behindFilters(behind),
    agencies: [agencyFilter(agencies)],
  };
  const overdue = agencies.reduce((a, g) => a + g.tasks.length, 0);
  return {
    frame: pageFrame(model.dataset, {
      title: `Giám sát: ${province.name}`,
      description: `${province.name}: từng tháng, xã nào báo cáo đúng hạn, trễ hay chưa gửi (kèm ngày gửi); chỉ tiêu quá hạn, chậm tiến độ theo đơn vị; nhiệm vụ quá hạn theo cơ quan chủ trì.`,
      path: supervisionPath(province),
      crumbs: [{ href: paths.supervision, label: 'Giám sát' }],
    }),
    name: province.name,
    unitHref: unitPath(province, model.units),
    answer: provinceAnswer(months[0], behind, overdue),
    months,
    olderMonths,
    behind,
    agencies,
    filters,
    css: filterCss([...filters.months, ...filters.behind, ...filters.agencies]),
    downloads: [
      { href: supervisionCsvPath(code, 'bao-cao'), label: 'Báo cáo từng tháng (CSV)' },
      { href: supervisionCsvPath(code, 'chi-tieu'), label: 'Chỉ tiêu quá hạn, chậm tiến độ (CSV)' },
      { href: supervisionCsvPath(code, 'nhiem-vu-qua-han'), label: 'Nhiệm vụ quá hạn (CSV)' },
    ],
  };
}
