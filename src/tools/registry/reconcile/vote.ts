import { toneKey } from '../../../lib/util/text.ts';
import { issue, type Issue } from '../types.ts';

export interface Spelling {
  source: string;
  text: string;
}

/**
 * The spelling most sources agree on, comparing with `toneKey` (tone-mark placement, case and
 * spacing do not count; letters do). Ties go to the first candidate: callers list the NSO
 * table first. The other spellings are returned as aliases, and a disagreement is a warning
 * (a tie is an error: it needs a person).
 */
export function vote(
  candidates: readonly Spelling[],
  unit: string,
  /** The line to cite when this source's spelling loses. */
  at?: { source: string; line: number },
): { winner: Spelling[]; others: string[]; issues: Issue[] } {
  const groups = Map.groupBy(
    candidates.filter((c) => c.text),
    (c) => toneKey(c.text),
  );
  const ranked = [...groups.values()].sort((a, b) => b.length - a.length);
  const winner = ranked[0] ?? [];
  const others = ranked.slice(1).map((g) => g[0]!.text);
  if (ranked.length < 2) return { winner, others, issues: [] };
  const tie = ranked[1]!.length === winner.length;
  const list = ranked
    .map((g) => `"${g[0]!.text}" (${g.map((s) => s.source).join(', ')})`)
    .join(' / ');
  const losers = ranked.slice(1).flatMap((g) => g.map((s) => s.source));
  return {
    winner,
    others,
    issues: [
      issue(
        tie ? 'error' : 'warning',
        'NAME_SPELLING',
        {
          file: losers.join(', '),
          unit,
          ...(at && losers.includes(at.source) ? { line: at.line } : {}),
        },
        `Tên ${unit} viết khác nhau: ${list}; dùng "${winner[0]!.text}"${tie ? ' (hoà phiếu: cần xác minh)' : ''}, giữ cách viết khác để tìm kiếm`,
        `${unit} is spelled differently: ${list}; using "${winner[0]!.text}"${tie ? ' (a tie: needs a person)' : ''}, the other spelling kept for search`,
      ),
    ],
  };
}

/**
 * The text to write among spellings that agree: the 2025 snapshot's when it is among them (plain
 * apostrophes, "B'Lao", where the conversion table has "B’Lao"), else the first.
 */
export const preferred = (winner: readonly Spelling[], source: string): string =>
  (winner.find((s) => s.source === source) ?? winner[0]!).text;
