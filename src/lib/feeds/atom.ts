import { sampleTitle } from '../downloads/sample.ts';
import type { Model } from '../model/types.ts';
import type { Unit } from '../schema/unit.ts';
import type { Changes } from '../publish/changes.ts';
import type { PublicationEntry } from '../publish/publication.ts';
import { escapeXml } from '../util/escape.ts';
import { formatDate } from '../util/format.ts';
import {
  changedUnits,
  countUnitChanges,
  indexChanges,
  KIND_LABEL,
  unitChangeLines,
  type ChangeIndex,
  type ChangeLine,
} from '../views/change-lines.ts';
import { absoluteUrl } from '../views/base-path.ts';
import { unitsWithSection } from '../views/changes.ts';
import { tagUri } from '../views/identity.ts';
import { paths, publicationPath, unitChangesPath, unitFeedPath, unitPath } from '../views/paths.ts';

/** At most this many lines in one entry; the changes page has them all. */
const LINES = 50;

interface Entry {
  id: string;
  title: string;
  updated: string;
  link: string;
  summary: string;
  /** The first LINES changes. */
  lines: ChangeLine[];
  /** How many changes there are in all. */
  total: number;
}

const x = escapeXml;

function entryXml(e: Entry): string {
  const shown = e.lines;
  const more = e.total - shown.length;
  const html =
    shown.length > 0
      ? `<ul>${shown.map((l) => `<li><strong>${x(l.label)}</strong>: ${x(l.text)}</li>`).join('')}</ul>${more > 0 ? `<p>… và ${more} thay đổi khác / and ${more} more: <a href="${x(e.link)}">${x(e.link)}</a></p>` : ''}`
      : '';
  return `<entry><id>${x(e.id)}</id><title>${x(e.title)}</title><updated>${e.updated}</updated><link rel="alternate" type="text/html" href="${x(e.link)}"/><summary>${x(e.summary)}</summary>${html ? `<content type="html">${x(html)}</content>` : ''}</entry>`;
}

/** What a feed is about: its permanent id, its own path and the page it mirrors. */
interface FeedHead {
  id: string;
  path: string;
  page: string;
  title: string;
}

/** "Dữ liệu: CC-BY-4.0 (Creative Commons …), © holder" for <rights>, or nothing. */
function rightsXml(model: Model): string {
  const l = model.dataset.license;
  return l
    ? `<rights>${x(`Dữ liệu / data: ${l.title} (${l.name}, ${l.path}), © ${l.holder}`)}</rights>`
    : '';
}

/**
 * A valid Atom 1.0 document (RFC 4287): feed id, title, updated, author, rights, self link and
 * the page it mirrors; entries. Ids are tag: URIs of the dataset, unchanged when the site moves.
 */
function feedXml(model: Model, head: FeedHead, entries: Entry[]): string {
  const site = model.dataset.siteUrl;
  const self = absoluteUrl(head.path, site);
  const updated = entries[0]?.updated ?? model.publication!.entry.builtAt;
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="vi"><id>${x(head.id)}</id><title>${x(sampleTitle(head.title, model.dataset.sample))}</title><updated>${updated}</updated><author><name>${x(model.dataset.publisher)}</name></author>${rightsXml(model)}<link rel="self" type="application/atom+xml" href="${x(self)}"/><link rel="alternate" type="text/html" href="${x(absoluteUrl(head.page, site))}"/>${entries.map(entryXml).join('')}</feed>
`;
}

/** "Lần công bố 20261207-140705, số liệu ngày 21/11/2026": as the changes page says it. */
const roundTitle = (entry: PublicationEntry): string =>
  `Lần công bố ${entry.id}, số liệu ngày ${formatDate(entry.publishedAt)}`;

interface Round {
  entry: PublicationEntry;
  changes: Changes | null;
  index: ChangeIndex | null;
  /** The units with a section of their own on the round's changes page. */
  sections: Set<string>;
}

/** "3 Điều chỉnh / revised; 1 Đổi trạng thái / status change" over the units of a feed. */
function summaryOf(index: ChangeIndex, scope: string[]): string {
  const counts = new Map<ChangeLine['kind'], number>();
  const count = (kind: ChangeLine['kind'], n = 1) => counts.set(kind, (counts.get(kind) ?? 0) + n);
  for (const code of scope) {
    for (const r of index.reports.get(code) ?? []) count(r.kind);
    count('status', index.statuses.get(code)?.length ?? 0);
    for (const t of index.tasks.get(code) ?? []) count(t.kind === 'added' ? 'task-added' : t.kind);
  }
  return [...counts]
    .filter(([, n]) => n > 0)
    .map(([kind, n]) => `${n} ${KIND_LABEL[kind].vi} / ${KIND_LABEL[kind].en}`)
    .join('; ');
}

/** One unit's entries: one per recent publication in which something changed for it. */
function unitEntries(model: Model, unit: Unit, rounds: Round[], scope: string[]): Entry[] {
  const site = model.dataset.siteUrl;
  const out: Entry[] = [];
  for (const r of rounds) {
    // The unit's section of the changes page when it has one, else the page itself.
    const section = r.index && r.sections.has(unit.code);
    const page = section ? unitChangesPath(r.entry.id, unit.code) : publicationPath(r.entry.id);
    const link = absoluteUrl(page, site);
    const id = tagUri(model.dataset, `cong-bo/${r.entry.id}/don-vi/${unit.code}`);
    if (!r.index) {
      const title = `${unit.name}: ${roundTitle(r.entry)} (lần đầu / first publication)`;
      out.push({
        id,
        title: sampleTitle(title, model.dataset.sample),
        updated: r.entry.builtAt,
        link,
        summary: title,
        lines: [],
        total: 0,
      });
      continue;
    }
    const total = scope.reduce((n, code) => n + countUnitChanges(r.index!, code), 0);
    if (total === 0) continue;
    const lines: ChangeLine[] = [];
    for (const code of scope) {
      if (lines.length >= LINES) break;
      const name = model.units.get(code)?.name;
      for (const l of unitChangeLines(model, r.index, code, LINES - lines.length))
        lines.push(code === unit.code ? l : { ...l, text: `${name}: ${l.text}` });
    }
    const title = `${unit.name}: ${total} thay đổi / changes, ${roundTitle(r.entry)}`;
    out.push({
      id,
      title: sampleTitle(title, model.dataset.sample),
      updated: r.entry.builtAt,
      link,
      summary: summaryOf(r.index, scope),
      lines,
      total,
    });
  }
  return out;
}

function nationalEntries(model: Model, rounds: Round[]): Entry[] {
  const site = model.dataset.siteUrl;
  return rounds.map((r) => {
    const link = absoluteUrl(publicationPath(r.entry.id), site);
    const n = r.entry.changes;
    const summary = n
      ? `${n.added} báo cáo mới, ${n.revised} điều chỉnh, ${n.changed} sửa không kèm ngày báo cáo mới, ${n.removed} không còn trong dữ liệu, ${n.statuses} đổi trạng thái, ${n.completed} nhiệm vụ hoàn thành, ${n.overdue} nhiệm vụ mới quá hạn`
      : 'Lần công bố đầu tiên / first publication';
    // The national entry lists revisions, status and task changes; new reports are counted.
    const lines: ChangeLine[] = [];
    for (const code of r.index ? changedUnits(r.index) : []) {
      if (lines.length >= LINES) break;
      const name = model.units.get(code)?.name ?? code;
      for (const l of unitChangeLines(model, r.index!, code, LINES - lines.length))
        if (l.kind !== 'added') lines.push({ ...l, text: `${name}: ${l.text}` });
    }
    const total = n ? n.revised + n.changed + n.removed + n.statuses + n.completed + n.overdue : 0;
    const title = `${roundTitle(r.entry)}: ${n ? 'thay đổi so với lần trước' : 'lần đầu'}`;
    return {
      id: tagUri(model.dataset, `cong-bo/${r.entry.id}`),
      title: sampleTitle(title, model.dataset.sample),
      updated: r.entry.builtAt,
      link,
      summary,
      lines,
      total: Math.max(total, lines.length),
    };
  });
}

/** The Atom feeds of changes: national, and one per province and per commune, beside its page. */
export function* feedFiles(model: Model): Generator<[string, string]> {
  const rounds: Round[] = model.publication!.recent.map((r) => {
    const index = r.changes ? indexChanges(r.changes) : null;
    return { ...r, index, sections: index ? unitsWithSection(model, index) : new Set() };
  });
  const national: FeedHead = {
    id: tagUri(model.dataset, 'thay-doi'),
    path: paths.feed,
    page: paths.changes,
    title: 'Minh Bạch: thay đổi qua các lần công bố',
  };
  yield [paths.feed, feedXml(model, national, nationalEntries(model, rounds))];
  for (const progress of model.progress.values()) {
    const { unit } = progress;
    const scope = [unit.code, ...progress.communes.map((c) => c.code)];
    const head: FeedHead = {
      // By code: a unit's feed keeps its id when the unit is renamed and its URL changes.
      id: tagUri(model.dataset, `don-vi/${unit.code}/thay-doi`),
      path: unitFeedPath(unit, model.units),
      page: unitPath(unit, model.units),
      title: `Minh Bạch: thay đổi của ${unit.name}`,
    };
    yield [head.path, feedXml(model, head, unitEntries(model, unit, rounds, scope))];
  }
}
