import { sampleTitle } from '../downloads/sample.ts';
import type { Model } from '../model/types.ts';
import type { Unit } from '../schema/unit.ts';
import type { Changes } from '../publish/changes.ts';
import type { PublicationEntry } from '../publish/publication.ts';
import { escapeXml } from '../util/escape.ts';
import { formatDate } from '../util/format.ts';
import {
  changedUnits,
  indexChanges,
  unitChangeLines,
  type ChangeIndex,
  type ChangeLine,
} from '../views/change-lines.ts';
import { paths, publicationPath, unitChangesPath, unitFeedPath } from '../views/paths.ts';

/** At most this many lines in one entry; the changes page has them all. */
const LINES = 50;

interface Entry {
  id: string;
  title: string;
  updated: string;
  link: string;
  summary: string;
  lines: ChangeLine[];
}

const x = escapeXml;

function entryXml(e: Entry): string {
  const shown = e.lines.slice(0, LINES);
  const more = e.lines.length - shown.length;
  const html =
    shown.length > 0
      ? `<ul>${shown.map((l) => `<li><strong>${x(l.label)}</strong>: ${x(l.text)}</li>`).join('')}</ul>${more > 0 ? `<p>… và ${more} thay đổi khác / and ${more} more: <a href="${x(e.link)}">${x(e.link)}</a></p>` : ''}`
      : '';
  return `<entry><id>${x(e.id)}</id><title>${x(e.title)}</title><updated>${e.updated}</updated><link rel="alternate" type="text/html" href="${x(e.link)}"/><summary>${x(e.summary)}</summary>${html ? `<content type="html">${x(html)}</content>` : ''}</entry>`;
}

/** A valid Atom 1.0 document (RFC 4287): feed id, title, updated, author, self link; entries. */
function feedXml(model: Model, path: string, title: string, entries: Entry[]): string {
  const site = model.dataset.siteUrl;
  const self = new URL(path, site).href;
  const updated = entries[0]?.updated ?? model.publication!.entry.builtAt;
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="vi"><id>${x(self)}</id><title>${x(sampleTitle(title, model.dataset.sample))}</title><updated>${updated}</updated><author><name>${x(model.dataset.publisher)}</name></author><link rel="self" type="application/atom+xml" href="${x(self)}"/><link rel="alternate" type="text/html" href="${x(new URL(paths.changes, site).href)}"/>${entries.map(entryXml).join('')}</feed>
`;
}

interface Round {
  entry: PublicationEntry;
  changes: Changes | null;
  index: ChangeIndex | null;
}

const summaryOf = (lines: ChangeLine[]) => {
  const counts = Map.groupBy(lines, (l) => l.label);
  return [...counts].map(([label, list]) => `${list.length} ${label}`).join('; ');
};

/** One unit's entries: one per recent publication in which something changed for it. */
function unitEntries(model: Model, unit: Unit, rounds: Round[], scope: string[]): Entry[] {
  const site = model.dataset.siteUrl;
  const out: Entry[] = [];
  for (const r of rounds) {
    const when = formatDate(r.entry.publishedAt);
    const link = new URL(unitChangesPath(r.entry.id, unit.code), site).href;
    const id = `${new URL(publicationPath(r.entry.id), site).href}#${unit.code}`;
    if (!r.index) {
      const title = `${unit.name}: công bố lần đầu ngày ${when} / first publication`;
      out.push({
        id,
        title: sampleTitle(title, model.dataset.sample),
        updated: r.entry.builtAt,
        link,
        summary: title,
        lines: [],
      });
      continue;
    }
    const lines = scope.flatMap((code) => {
      const own = unitChangeLines(model, r.index!, code);
      const name = model.units.get(code)?.name;
      return code === unit.code ? own : own.map((l) => ({ ...l, text: `${name}: ${l.text}` }));
    });
    if (lines.length === 0) continue;
    const title = `${unit.name}: ${lines.length} thay đổi trong lần công bố ngày ${when} / ${lines.length} changes`;
    out.push({
      id,
      title: sampleTitle(title, model.dataset.sample),
      updated: r.entry.builtAt,
      link,
      summary: summaryOf(lines),
      lines,
    });
  }
  return out;
}

function nationalEntries(model: Model, rounds: Round[]): Entry[] {
  const site = model.dataset.siteUrl;
  return rounds.map((r) => {
    const link = new URL(publicationPath(r.entry.id), site).href;
    const n = r.entry.changes;
    const when = formatDate(r.entry.publishedAt);
    const summary = n
      ? `${n.added} báo cáo mới, ${n.revised} điều chỉnh, ${n.changed} sửa không kèm ngày báo cáo mới, ${n.removed} không còn trong dữ liệu, ${n.statuses} đổi trạng thái, ${n.completed} nhiệm vụ hoàn thành, ${n.overdue} nhiệm vụ mới quá hạn`
      : 'Lần công bố đầu tiên / first publication';
    const lines = r.index
      ? changedUnits(r.index).flatMap((code) =>
          unitChangeLines(model, r.index!, code)
            .filter((l) => l.kind !== 'added')
            .map((l) => ({ ...l, text: `${model.units.get(code)?.name ?? code}: ${l.text}` })),
        )
      : [];
    const title = `Công bố ngày ${when} (${r.entry.id}): ${n ? 'thay đổi so với lần trước' : 'lần đầu'}`;
    return {
      id: link,
      title: sampleTitle(title, model.dataset.sample),
      updated: r.entry.builtAt,
      link,
      summary,
      lines,
    };
  });
}

/** The Atom feeds of changes: national, and one per province and per commune, beside its page. */
export function* feedFiles(model: Model): Generator<[string, string]> {
  const rounds: Round[] = model.publication!.recent.map((r) => ({
    ...r,
    index: r.changes ? indexChanges(r.changes) : null,
  }));
  yield [
    paths.feed,
    feedXml(
      model,
      paths.feed,
      'Minh Bạch: thay đổi qua các lần công bố',
      nationalEntries(model, rounds),
    ),
  ];
  for (const progress of model.progress.values()) {
    const { unit } = progress;
    const scope = [unit.code, ...progress.communes.map((c) => c.code)];
    const path = unitFeedPath(unit, model.units);
    const title = `Minh Bạch: thay đổi của ${unit.name}`;
    yield [path, feedXml(model, path, title, unitEntries(model, unit, rounds, scope))];
  }
}
