/**
 * Appends every item to `target`. Unlike `target.push(...items)`, it does not pass the items
 * as arguments, which overflows the stack at a few hundred thousand (a file of rejected rows).
 */
export function append<T>(target: T[], items: Iterable<T>): T[] {
  for (const item of items) target.push(item);
  return target;
}
