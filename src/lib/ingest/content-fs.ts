import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import yaml from 'js-yaml';
import type { z } from 'zod';
import { protectRecord, recordWarnings } from './control-chars.ts';
import { looksSuspicious } from './numbers.ts';
import { makeDiagnostic, type Diagnostic } from './diagnostics/diagnostic.ts';
import { zodDiagnostics } from './diagnostics/zod.ts';

export interface Entry<T> {
  id: string;
  data: T;
  body: string;
  file: string;
}

/** Splits "---\nyaml\n---\nbody" the way Astro's Markdown loader does. */
export function splitFrontmatter(source: string): { frontmatter: string; body: string } | null {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(source);
  return match ? { frontmatter: match[1] ?? '', body: match[2] ?? '' } : null;
}

/** A title or issuer that looks like a spreadsheet formula or markup: a located warning. */
function suspiciousTitles(raw: unknown, file: string): Diagnostic[] {
  if (!raw || typeof raw !== 'object') return [];
  return ['title', 'issuer'].flatMap((key) => {
    const value = (raw as Record<string, unknown>)[key];
    return typeof value === 'string' && looksSuspicious(value)
      ? [makeDiagnostic('TEXT_SUSPICIOUS', { file, column: key })]
      : [];
  });
}

/**
 * Reads a content collection folder outside Astro (for `validate`, tests and the bench), with
 * the same zod schema the collection uses, so both paths accept exactly the same files.
 */
export function readCollection<S extends z.ZodType>(
  dir: string,
  schema: S,
  root: string,
): { entries: Entry<z.output<S>>[]; diagnostics: Diagnostic[] } {
  const entries: Entry<z.output<S>>[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const name of readdirSync(dir)
    .filter((n) => /\.mdx?$/.test(n))
    .sort()) {
    const file = relative(root, join(dir, name));
    const split = splitFrontmatter(readFileSync(join(dir, name), 'utf8').normalize('NFC'));
    if (!split) {
      diagnostics.push(
        makeDiagnostic(
          'FILE_UNREADABLE',
          { file },
          { detail: 'thiếu phần frontmatter --- / missing --- frontmatter' },
        ),
      );
      continue;
    }
    let raw: unknown;
    try {
      raw = yaml.load(split.frontmatter);
    } catch (e) {
      diagnostics.push(
        makeDiagnostic(
          'FILE_UNREADABLE',
          { file },
          { detail: (e as Error).message.split('\n')[0] ?? 'YAML' },
        ),
      );
      continue;
    }
    const parsed = schema.safeParse(raw);
    if (!parsed.success) {
      diagnostics.push(...zodDiagnostics(parsed.error, { file }));
      continue;
    }
    diagnostics.push(...recordWarnings(raw, file), ...suspiciousTitles(raw, file));
    const data = protectRecord(parsed.data);
    entries.push({ id: name.replace(/\.mdx?$/, ''), data, body: split.body, file });
  }
  return { entries, diagnostics };
}
