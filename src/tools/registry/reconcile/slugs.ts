import { slugify } from '../../../lib/util/text.ts';
import { stripTypeWord } from '../sources/type-words.ts';
import { issue, type Issue, type RegistryUnit } from '../types.ts';

/**
 * URL slugs, in the scheme the site has always used: a province by its bare name ("dong-nai"),
 * a commune by its full name with the type word ("xa-ngok-bay"), apostrophes dropped
 * ("xa-cu-mgar"); unique among siblings, the code appended to the later unit (by code) of a
 * clash ("xa-tan-thanh-27484"). Sets `slug` in place.
 */
export function assignSlugs(units: readonly RegistryUnit[]): Issue[] {
  const issues: Issue[] = [];
  const taken = new Map<string, RegistryUnit>();
  for (const u of [...units].sort((a, b) => a.code.localeCompare(b.code))) {
    const base = slugify(u.level === 'province' ? stripTypeWord(u.name) : u.name);
    const clash = taken.get(`${u.parent ?? ''}/${base}`);
    u.slug = clash ? `${base}-${u.code}` : base;
    taken.set(`${u.parent ?? ''}/${u.slug}`, u);
    if (clash)
      issues.push(
        issue(
          'info',
          'SLUG_CLASH',
          { file: 'units.csv', unit: u.code },
          `${clash.name} (${clash.code}) và ${u.name} (${u.code}) cùng đường dẫn "${base}": thêm mã vào sau`,
          `${clash.name} (${clash.code}) and ${u.name} (${u.code}) share the slug "${base}": code appended`,
        ),
      );
  }
  return issues;
}
