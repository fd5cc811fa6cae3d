import type { z } from 'zod';
import { makeIssue, type Issue, type Location } from './issue.ts';

/**
 * Turns a zod error into our issues, one per problem, each naming its column (the first path
 * segment, shown with the header the file used) instead of a raw zod dump.
 */
export function zodIssues(
  error: z.ZodError,
  where: Location,
  headerOf: (key: string) => string = (k) => k,
): Issue[] {
  return error.issues.map((i) => {
    const key = String(i.path[0] ?? '');
    const detail = i.path.length > 1 ? `${i.path.slice(1).join('.')}: ${i.message}` : i.message;
    return makeIssue(
      'RECORD_INVALID',
      { ...where, column: key ? headerOf(key) : (where.column ?? '') },
      { detail, detailEn: detail },
    );
  });
}
