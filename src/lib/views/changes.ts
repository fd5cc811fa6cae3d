import type { Model } from '../model/types.ts';
import type { ChangeCounts, Changes } from '../publish/changes.ts';
import type { PublicationEntry } from '../publish/publication.ts';
import { formatDate } from '../util/format.ts';
import {
  changedUnits,
  indexChanges,
  KIND_LABEL,
  countUnitChanges,
  unitChangeLines,
  type ChangeIndex,
  type ChangeLine,
} from './change-lines.ts';
import { pageFrame, type PageFrame } from './frame.ts';
import {
  paths,
  publicationFile,
  publicationPath,
  unitFeedPath,
  unitPath,
  publicationZip,
} from './paths.ts';

/**
 * At most this many units are listed on a changes page, and this many lines per unit: a
 * publication that revises everything stays within a phone's page budget (35 KB gzipped);
 * thay-doi.json and thay-doi.parquet have every change.
 */
const UNITS_SHOWN = 60;
const LINES_SHOWN = 8;

/** "2026-11-25T18:01:13Z" → "25/11/2026 18:01 UTC". */
export const formatBuiltAt = (iso: string): string =>
  `${formatDate(iso.slice(0, 10))} ${iso.slice(11, 16)} UTC`;

export interface PublicationLinks {
  page: string;
  manifest: string;
  changes: string;
  /** Every report change, typed (Parquet). */
  reports: string;
  observations: string;
  statuses: string;
  dataPackage: string;
  zip?: string;
}

/** A publication's kept files; the site carries only the live publication's zip archive. */
export const publicationLinks = (e: PublicationEntry, live: boolean): PublicationLinks => ({
  page: publicationPath(e.id),
  manifest: publicationFile(e.id, 'manifest.json'),
  changes: publicationFile(e.id, 'thay-doi.json'),
  reports: publicationFile(e.id, 'thay-doi.parquet'),
  observations: publicationFile(e.id, 'quan-sat.parquet'),
  statuses: publicationFile(e.id, 'trang-thai.parquet'),
  dataPackage: publicationFile(e.id, 'datapackage.json'),
  ...(live ? { zip: publicationZip(e.id) } : {}),
});

export interface UnitChanges {
  code: string;
  name: string;
  href: string;
  feed: string;
  province?: string;
  lines: ChangeLine[];
  /** Lines not shown on the page. */
  more: number;
}

export interface ChangesView {
  frame: PageFrame;
  id: string;
  builtAt: string;
  publishedAt: string;
  latest: boolean;
  sample: boolean;
  previous?: { id: string; href: string; publishedAt: string };
  /** Null for the first publication. */
  counts: ChangeCounts | null;
  /** The counts as labelled figures, in reading order. */
  figures: { label: string; value: number }[];
  /** False when this publication is too old for its details to be kept on the site. */
  detailed: boolean;
  units: UnitChanges[];
  unitsNotShown: number;
  links: PublicationLinks;
}

const FIGURES: [keyof ChangeCounts, ChangeLine['kind']][] = [
  ['added', 'added'],
  ['revised', 'revised'],
  ['changed', 'changed'],
  ['removed', 'removed'],
  ['statuses', 'status'],
  ['completed', 'completed'],
  ['overdue', 'overdue'],
];

/** The changed units in the order of the changes page: each province, then its communes by name. */
function sortedChangedUnits(model: Model, index: ChangeIndex): string[] {
  const key = (code: string) => {
    const u = model.units.get(code);
    return `${u?.parent ?? code}|${u?.parent ? `1${u.name}` : '0'}`;
  };
  return changedUnits(index).sort((a, b) => key(a).localeCompare(key(b), 'vi'));
}

/** The units that have a section (#don-vi-<code>) on a publication's changes page. */
export const unitsWithSection = (model: Model, index: ChangeIndex): Set<string> =>
  new Set(sortedChangedUnits(model, index).slice(0, UNITS_SHOWN));

function unitGroups(model: Model, changes: Changes): { units: UnitChanges[]; hidden: number } {
  const index = indexChanges(changes);
  const codes = sortedChangedUnits(model, index);
  const units = codes.slice(0, UNITS_SHOWN).flatMap((code): UnitChanges[] => {
    const unit = model.units.get(code);
    if (!unit) return [];
    const lines = unitChangeLines(model, index, code, LINES_SHOWN);
    const province = unit.parent ? model.units.get(unit.parent)?.name : undefined;
    return [
      {
        code,
        name: unit.name,
        href: unitPath(unit, model.units),
        feed: unitFeedPath(unit, model.units),
        ...(province ? { province } : {}),
        lines,
        more: countUnitChanges(index, code) - lines.length,
      },
    ];
  });
  return { units, hidden: Math.max(0, codes.length - UNITS_SHOWN) };
}

/** The changes page of a publication (the latest when no id is given). */
export function changesView(model: Model, id?: string): ChangesView {
  const pub = model.publication!;
  const entry = id ? pub.history.find((e) => e.id === id)! : pub.entry;
  const round = pub.recent.find((r) => r.entry.id === entry.id);
  const previous = pub.history.find((e) => e.id === entry.previous);
  const when = formatDate(entry.publishedAt);
  const { units, hidden } = round?.changes
    ? unitGroups(model, round.changes)
    : { units: [], hidden: 0 };
  const latest = entry.id === pub.entry.id;
  return {
    frame: pageFrame(model.dataset, {
      title: latest ? 'Thay đổi so với lần công bố trước' : `Lần công bố ${entry.id}`,
      description: `Những gì thay đổi trong lần công bố ngày ${when} (${entry.id}): báo cáo mới, số liệu điều chỉnh (số cũ và số mới, ngày báo cáo, dòng nguồn), trạng thái, nhiệm vụ hoàn thành hoặc mới quá hạn.${model.dataset.sample ? ' DỮ LIỆU MẪU.' : ''}`,
      path: latest && !id ? paths.changes : publicationPath(entry.id),
      crumbs: [{ href: paths.publications, label: 'Các lần công bố' }],
    }),
    id: entry.id,
    builtAt: formatBuiltAt(entry.builtAt),
    publishedAt: when,
    latest,
    sample: entry.sample,
    ...(previous
      ? {
          previous: {
            id: previous.id,
            href: publicationPath(previous.id),
            publishedAt: formatDate(previous.publishedAt),
          },
        }
      : {}),
    counts: entry.changes,
    figures: entry.changes
      ? FIGURES.map(([key, kind]) => ({
          label: `${KIND_LABEL[kind].vi}`,
          value: entry.changes![key],
        }))
      : [],
    detailed: !!round,
    units,
    unitsNotShown: hidden,
    links: publicationLinks(entry, latest),
  };
}

export interface PublicationsView {
  frame: PageFrame;
  feed: string;
  rows: {
    id: string;
    builtAt: string;
    publishedAt: string;
    live: boolean;
    observations: number;
    counts: ChangeCounts | null;
    links: PublicationLinks;
  }[];
}

/** Every publication so far, newest first, with its changes and kept files. */
export function publicationsView(model: Model): PublicationsView {
  const pub = model.publication!;
  return {
    frame: pageFrame(model.dataset, {
      title: 'Các lần công bố',
      description: `Lịch sử công bố: ${pub.history.length} lần, mỗi lần có danh sách thay đổi, tệp kê khai (manifest) với SHA-256 của mọi tệp, và số liệu dạng Parquet giữ lâu dài.`,
      path: paths.publications,
    }),
    feed: paths.feed,
    rows: pub.history.map((e) => ({
      id: e.id,
      builtAt: formatBuiltAt(e.builtAt),
      publishedAt: formatDate(e.publishedAt),
      live: e.id === pub.entry.id,
      observations: e.counts.observations,
      counts: e.changes,
      links: publicationLinks(e, e.id === pub.entry.id),
    })),
  };
}

/** The ids of the publications that get a page at /cong-bo/<id>/. */
export const publicationIds = (model: Model): string[] =>
  model.publication?.history.map((e) => e.id) ?? [];
