/** True when b is within one edit (insert, delete, substitute, swap) of a. */
export function nearly(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (i === a.length && i === b.length) return true;
  return (
    a.slice(i + 1) === b.slice(i + 1) || // substitute
    a.slice(i + 1) === b.slice(i) || // delete from a
    a.slice(i) === b.slice(i + 1) || // insert into a
    (a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2)) // swap
  );
}

/**
 * A typed word within one typo of a name's word: words of 3+ letters whose first letter is
 * right ("bya" → "bay", "nihn" → "ninh") or swapped with the second like any other pair of
 * letters ("ohp" → "hop"); the last word may be unfinished ("quang nih"). Shorter words must
 * be exact.
 */
function wordTypo(q: string, w: string, last: boolean): boolean {
  if (q.length < 3) return last ? w.startsWith(q) : q === w;
  if (q[0] !== w[0] && (q[0] !== w[1] || q[1] !== w[0])) return false;
  return (
    nearly(q, w) ||
    (last && (nearly(q, w.slice(0, q.length)) || nearly(q, w.slice(0, q.length + 1))))
  );
}

/** The query's words, one typo each at most, against a name of as many words. */
export function typoMatch(tokens: readonly string[], key: string): boolean {
  const words = key.split(' ');
  return (
    words.length === tokens.length &&
    tokens.every((q, i) => wordTypo(q, words[i]!, i === tokens.length - 1))
  );
}
