import { progressOf } from '../model/progress.ts';
import type { Model } from '../model/types.ts';
import type { LedgerEntry } from '../publish/publication.ts';
import type { Observation } from '../schema/observation.ts';
import { formatDate, formatPeriod } from '../util/format.ts';
import {
  countUnitChanges,
  formatExact,
  indexChanges,
  unitChangeLines,
  type ChangeLine,
} from './change-lines.ts';
import { pageDownloads } from './downloads.ts';
import { paths, publicationPath, unitChangesPath, unitFeedPath } from './paths.ts';

/** Changes listed on a unit page; the changes page and thay-doi.csv have them all. */
const CHANGES_SHOWN = 40;
/** Revised months listed on a unit page; a unit that revised everything would get a huge page. */
const REVISED_SHOWN = 30;

const ledgers = new WeakMap<object, Map<string, LedgerEntry[]>>();
/** The ledger grouped by unit, once per publication. */
function ledgerOf(model: Model): Map<string, LedgerEntry[]> {
  const ledger = model.publication?.ledger ?? [];
  let byUnit = ledgers.get(ledger);
  if (!byUnit) ledgers.set(ledger, (byUnit = Map.groupBy(ledger, (l) => l.unit)));
  return byUnit;
}

/** One month whose published figure changed, every version with its date and source row. */
export interface RevisedMonth {
  indicator: string;
  period: string;
  /** Oldest first; the last one is the figure the page shows now (unless withdrawn). */
  versions: { value: string; reportedAt: string; source: string; note?: string }[];
}

/** What a unit page says about the record over time: changes, revisions, feed and downloads. */
export interface UnitRecordView {
  /** Changes in the latest publication (empty for the first one), at most CHANGES_SHOWN. */
  changes: ChangeLine[];
  changesMore: number;
  changesHref: string;
  first: boolean;
  publishedAt: string;
  /** The previous publication's date, dd/mm/yyyy. */
  previous?: string;
  feed: string;
  /** The most recent revised months (at most REVISED_SHOWN); the unit's CSV has every report. */
  revised: RevisedMonth[];
  revisedMore: number;
  downloads: { href: string; label: string }[];
}

const version = (o: {
  value: number;
  reportedAt: string;
  from: { file: string; row: number };
}) => ({
  value: formatExact(o.value),
  reportedAt: formatDate(o.reportedAt),
  source: `${o.from.file}, dòng ${o.from.row}`,
});

/**
 * Every revised month of a unit: the earlier reports the data still holds (a later report of a
 * month replaces the figure, never silently), and the values earlier publications showed that the
 * data no longer holds (altered in place or withdrawn: the ledger).
 */
function revisedMonths(model: Model, code: string): RevisedMonth[] {
  const progress = progressOf(model, code);
  const out: RevisedMonth[] = [];
  for (const p of progress.indicators) {
    const current = new Map<string, Observation>(p.own.map((o) => [o.period, o]));
    for (const [period, earlier] of p.revised) {
      const now = current.get(period);
      out.push({
        indicator: p.indicator.short.vi,
        period: formatPeriod(period),
        versions: [...earlier, ...(now ? [now] : [])].map(version),
      });
    }
  }
  for (const l of ledgerOf(model).get(code) ?? []) {
    const indicator = model.indicators.find((i) => i.id === l.indicator)?.short.vi ?? l.indicator;
    const gone =
      l.kind === 'changed' ? 'đã bị sửa mà không có ngày báo cáo mới' : 'không còn trong dữ liệu';
    out.push({
      indicator,
      period: formatPeriod(l.period),
      versions: [
        {
          ...version({ ...l, from: l.source }),
          note: `đã công bố đến lần ${l.lastIn}; ${gone} từ lần ${l.goneIn}`,
        },
      ],
    });
  }
  return out.sort(
    (a, b) => a.indicator.localeCompare(b.indicator, 'vi') || a.period.localeCompare(b.period),
  );
}

export function unitRecordView(model: Model, code: string): UnitRecordView {
  const pub = model.publication;
  const unit = progressOf(model, code).unit;
  const index = pub?.changes ? indexChanges(pub.changes) : undefined;
  const changes = index ? unitChangeLines(model, index, code, CHANGES_SHOWN) : [];
  const previous = pub?.history.find((e) => e.id === pub.entry.previous);
  const revised = revisedMonths(model, code);
  const count = index ? countUnitChanges(index, code) : 0;
  // The unit's own section of the publication page exists only when it has changes there.
  const changesHref = !pub
    ? paths.changes
    : count > 0
      ? unitChangesPath(pub.entry.id, code)
      : publicationPath(pub.entry.id);
  return {
    changes,
    changesMore: count - changes.length,
    changesHref,
    first: !pub?.changes,
    publishedAt: formatDate(model.asOf),
    ...(previous ? { previous: formatDate(previous.publishedAt) } : {}),
    feed: unitFeedPath(unit, model.units),
    revised: revised.slice(0, REVISED_SHOWN),
    revisedMore: Math.max(0, revised.length - REVISED_SHOWN),
    downloads: pageDownloads({ unit, publication: pub?.entry.id }),
  };
}

/** The publication page a unit's changes are listed on. */
export const latestPublicationPath = (model: Model): string =>
  model.publication ? publicationPath(model.publication.entry.id) : paths.changes;
