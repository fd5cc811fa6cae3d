/** A key written twice in one JSON object: JSON.parse keeps the last value and says nothing. */
export interface DuplicateKey {
  key: string;
  /** Nesting of the object: 0 for the file's own object, 1 for a record of the file's array… */
  depth: number;
  /** Its index in the array that holds it, when an array does. */
  index?: number;
}

type Frame = { keys: Set<string> | null; index: number; expectKey: boolean };

/** End of the string that starts at `from` (a quote), skipping escapes. */
function stringEnd(text: string, from: number): number {
  let i = from + 1;
  for (;;) {
    const q = text.indexOf('"', i);
    let slashes = 0;
    while (text[q - 1 - slashes] === '\\') slashes++;
    if (slashes % 2 === 0) return q;
    i = q + 1;
  }
}

/**
 * Every duplicate key of valid JSON text (call it after JSON.parse succeeded), one scan: a stack
 * of the open objects (their keys so far) and arrays (the index of the current element).
 */
export function duplicateKeys(text: string): DuplicateKey[] {
  const out: DuplicateKey[] = [];
  const stack: Frame[] = [];
  const arrays: number[] = []; // stack positions of the open arrays
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    const top = stack.at(-1);
    if (c === '{') stack.push({ keys: new Set(), index: 0, expectKey: true });
    else if (c === '[') {
      arrays.push(stack.length);
      stack.push({ keys: null, index: 0, expectKey: false });
    } else if (c === '}' || c === ']') {
      if (c === ']') arrays.pop();
      stack.pop();
    } else if (c === ',' && top) {
      if (top.keys) top.expectKey = true;
      else top.index++;
    } else if (c === ':' && top) top.expectKey = false;
    else if (c === '"') {
      const end = stringEnd(text, i);
      if (top?.keys && top.expectKey) {
        const raw = text.slice(i + 1, end);
        const key = raw.includes('\\') ? (JSON.parse(text.slice(i, end + 1)) as string) : raw;
        if (top.keys.has(key))
          out.push({ key, depth: stack.length - 1, ...indexIn(stack, arrays) });
        else top.keys.add(key);
      }
      i = end;
    }
  }
  return out;
}

/** The innermost object's index in the array directly holding it, if one does. */
function indexIn(stack: Frame[], arrays: number[]): { index?: number } {
  const at = arrays.at(-1);
  return at !== undefined && at === stack.length - 2 ? { index: stack[at]!.index } : {};
}
