import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// The rules that keep the house readable, checked on every run: what a reviewer would otherwise
// have to remember.
const sources = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.(ts|astro)$/.test(e.name))
    .map((e) => join(e.parentPath, e.name));
const code = [...sources('src'), ...sources('scripts')];
const read = (file: string) => readFileSync(file, 'utf8');
/** Source without comments (roughly: block comments, and line comments not after a colon). */
const withoutComments = (file: string) =>
  read(file)
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(?<!:)\/\/.*$/gm, '');

/** Functions longer than `max` lines, as "file:line name (n lines)". */
function longFunctions(file: string, max: number): string[] {
  const text = read(file);
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const out: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body) {
      const start = source.getLineAndCharacterOfPosition(node.getStart()).line;
      const end = source.getLineAndCharacterOfPosition(node.getEnd()).line;
      const name = (node.name && node.name.getText()) || '(anonymous)';
      if (end - start + 1 > max)
        out.push(`${file}:${start + 1} ${name} (${end - start + 1} lines)`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}

describe('house rules', () => {
  it('functions are readable in one sitting (at most 60 lines)', () => {
    const ts_ = code.filter((f) => f.endsWith('.ts'));
    expect(ts_.flatMap((f) => longFunctions(f, 60))).toEqual([]);
  });

  it('grouping is linear: no array spread into a map entry inside a loop', () => {
    // m.set(k, [...(m.get(k) ?? []), x]) copies the list on every append: quadratic.
    const spread = /\.set\([^,]+,\s*\[\s*\.\.\./;
    expect(spread.test('m.set(k, [...(m.get(k) ?? []), x])')).toBe(true);
    expect(code.filter((f) => spread.test(read(f)))).toEqual([]);
  });

  it('every URL of the site is built in views/paths.ts', () => {
    const literal =
      /['"`](\/(don-vi|chi-tieu|ke-hoach|nhiem-vu|chat-luong-du-lieu|tai-ve|dinh-dang-du-lieu|tim-kiem|phuong-phap|gioi-thieu|embed|the)\/|\/search-index\.json)/;
    expect(literal.test("const x = '/don-vi/' + slug;")).toBe(true);
    const offenders = code.filter(
      (f) => !f.endsWith(join('views', 'paths.ts')) && literal.test(withoutComments(f)),
    );
    expect(offenders).toEqual([]);
  });

  it('src/lib knows nothing of Astro, and only *-fs.ts modules (and the card worker) touch Node', () => {
    const lib = sources(join('src', 'lib'));
    expect(lib.filter((f) => /from ['"](astro|astro:[\w-]+)['"]/.test(read(f)))).toEqual([]);
    const node = lib.filter((f) =>
      /from ['"]node:(fs|path|os|child_process|worker_threads|v8|vm)['"]/.test(read(f)),
    );
    expect(node.filter((f) => !/-fs\.ts$|card-worker\.ts$/.test(f))).toEqual([]);
  });
});
