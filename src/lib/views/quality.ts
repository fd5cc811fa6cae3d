import type { Diagnostic } from '../ingest/diagnostics/diagnostic.ts';
import { provinceAndCommunes } from '../model/progress.ts';
import { diagnosticsByUnit, rejectedCounts, unitQuality } from '../model/quality.ts';
import { latestMonthTally, monthTally, reportsByMonth } from '../model/supervision.ts';
import { stateLabel } from './reporting.ts';
import type { Model } from '../model/types.ts';
import { formatDate, formatPeriod } from '../util/format.ts';
import { pageFrame, type PageFrame } from './frame.ts';
import { paths, qualityPath, supervisionPath, unitPath } from './paths.ts';
import { t } from './strings.ts';

export interface QualityView {
  frame: PageFrame;
  methodHref: string;
  /** The latest month with reports listed: the month the supervision page opens on. */
  latest?: string;
  /** Rows and whole files refused by validation. */
  rejected: { rows: number; files: number };
  rows: {
    name: string;
    href: string;
    /** Units with a report listed for the latest month, as on the supervision page. */
    units: number;
    onTime: number;
    late: number;
    missing: number;
    /** Not received, with no deadline to judge. */
    notReceived: number;
    never: number;
    rejected: number;
  }[];
  fileLevel: Diagnostic[];
  /** Rows naming a unit code the registry does not have: no unit page can list them. */
  unknownUnits: Diagnostic[];
}

/** Per province: how many units reported the latest month on time, late or not at all. */
export function qualityView(model: Model): QualityView {
  const byUnit = diagnosticsByUnit(model.diagnostics);
  // The latest month counted once (the tally the home and supervision pages show), per province.
  const latest = latestMonthTally([...model.progress.values()])?.period;
  return {
    frame: pageFrame(model.dataset, {
      title: 'Chất lượng dữ liệu',
      description: `Đơn vị nào báo cáo đúng hạn theo chế độ báo cáo của mình, đơn vị nào chưa báo cáo, dòng số liệu nào bị loại và vì sao. Số liệu ngày ${formatDate(model.asOf)}.`,
      path: paths.quality,
    }),
    ...(latest ? { latest: formatPeriod(latest) } : {}),
    methodHref: paths.method,
    rejected: rejectedCounts(model.diagnostics),
    rows: model.provinces.map((p) => {
      const units = provinceAndCommunes(model, p.code);
      const q = units.map((u) => unitQuality(u, byUnit.get(u.unit.code) ?? []));
      const tally = monthTally(latest ?? '', reportsByMonth(units).get(latest ?? '') ?? []);
      return {
        name: p.name,
        href: qualityPath(p),
        units: tally.units,
        onTime: tally.onTime,
        late: tally.late,
        missing: tally.missing,
        notReceived: tally.notReceived,
        never: q.filter((u) => !u.lastReport).length,
        rejected: q.reduce((a, u) => a + u.rejected.length, 0),
      };
    }),
    fileLevel: byUnit.get('') ?? [],
    unknownUnits: [...byUnit]
      .filter(([code]) => code !== '' && !model.units.has(code))
      .flatMap(([, list]) => list),
  };
}

export interface ProvinceQualityView {
  frame: PageFrame;
  name: string;
  /** The month the "latest month" column is about, and the supervision lists of every month. */
  latestMonth?: string;
  supervision: string;
  rows: {
    code: string;
    name: string;
    href: string;
    lastReport: string;
    latest: string;
    onTime: number;
    late: number;
    missing: number;
    rejected: number;
    neverReported: string[];
  }[];
  rejected: Diagnostic[];
  warnings: Diagnostic[];
}

/** Each unit of a province: last report, the latest month, rejected rows, indicators never reported. */
export function provinceQualityView(model: Model, code: string): ProvinceQualityView {
  const byUnit = diagnosticsByUnit(model.diagnostics);
  const quality = provinceAndCommunes(model, code).map((u) =>
    unitQuality(u, byUnit.get(u.unit.code) ?? []),
  );
  const province = quality[0]!.unit;
  return {
    frame: pageFrame(model.dataset, {
      title: `Chất lượng dữ liệu: ${province.name}`,
      description: `Báo cáo đúng hạn, chưa báo cáo và dòng số liệu bị loại của ${province.name} và các xã.`,
      path: qualityPath(province),
      crumbs: [{ href: paths.quality, label: 'Chất lượng dữ liệu' }],
    }),
    name: province.name,
    ...(quality[0]!.latest ? { latestMonth: formatPeriod(quality[0]!.latest.period) } : {}),
    supervision: supervisionPath(province),
    rows: quality.map((q) => ({
      code: q.unit.code,
      name: q.unit.name,
      href: unitPath(q.unit, model.units),
      lastReport: q.lastReport ? formatDate(q.lastReport) : t.neverReported.vi,
      latest: q.latest ? `${stateLabel(q.latest)} (${formatPeriod(q.latest.period)})` : '—',
      onTime: q.onTime,
      late: q.late,
      missing: q.missing,
      rejected: q.rejected.length,
      neverReported: q.neverReported.map((i) => i.short.vi),
    })),
    rejected: quality.flatMap((q) => q.rejected),
    warnings: quality.flatMap((q) => q.warnings),
  };
}
