import { progressOf } from '../model/progress.ts';
import type { Model } from '../model/types.ts';
import { unitTypeLabel } from '../schema/unit.ts';
import { indicatorPath, planPath, taskPath, unitPath } from '../views/paths.ts';

/** What the search index holds, compactly: one array per entry, to keep the download small. */
export type EntryKind = 'province' | 'commune' | 'indicator' | 'plan' | 'task';
/** [kind, name, url, type label, province index (-1 if none), former names joined by "|", code] */
export type IndexEntry = [EntryKind, string, string, string, number, string, string];

export interface SearchIndex {
  version: 1;
  provinces: string[];
  entries: IndexEntry[];
}

/** Builds the static search index from the model: units first, then indicators, plans, tasks. */
export function buildSearchIndex(model: Model): SearchIndex {
  const provinceIndex = new Map(model.provinces.map((p, i) => [p.code, i]));
  const entries: IndexEntry[] = [];
  for (const p of model.provinces) {
    entries.push([
      'province',
      p.name,
      unitPath(p, model.units),
      unitTypeLabel[p.type].vi,
      -1,
      p.formerNames.join('|'),
      p.code,
    ]);
    for (const c of progressOf(model, p.code).communes)
      entries.push([
        'commune',
        c.name,
        unitPath(c, model.units),
        unitTypeLabel[c.type].vi,
        provinceIndex.get(p.code)!,
        c.formerNames.join('|'),
        c.code,
      ]);
  }
  for (const i of model.indicators)
    entries.push([
      'indicator',
      i.name.vi,
      indicatorPath(i.id),
      'Chỉ tiêu',
      -1,
      `${i.short.vi}|${i.name.en}`,
      i.id,
    ]);
  for (const p of model.plans)
    entries.push([
      'plan',
      p.title,
      planPath(p.id),
      'Kế hoạch',
      p.unit ? (provinceIndex.get(p.unit.slice(0, 2)) ?? -1) : -1,
      '',
      p.number,
    ]);
  for (const t of model.tasks) {
    const unit = model.units.get(t.unit);
    entries.push([
      'task',
      t.title,
      taskPath(t, model.units),
      'Nhiệm vụ',
      unit ? (provinceIndex.get(unit.parent ?? unit.code) ?? -1) : -1,
      t.lead,
      t.id,
    ]);
  }
  return { version: 1, provinces: model.provinces.map((p) => p.name), entries };
}
