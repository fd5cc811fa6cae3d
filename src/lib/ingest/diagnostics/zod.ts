import type { z } from 'zod';
import { makeDiagnostic, type Diagnostic, type Location } from './diagnostic.ts';

/**
 * Turns a zod error into our diagnostics, one per problem, each naming its column (the first path
 * segment, shown with the header the file used) instead of a raw zod dump.
 */
export function zodDiagnostics(
  error: z.ZodError,
  where: Location,
  headerOf: (key: string) => string = (k) => k,
): Diagnostic[] {
  return error.issues.map((i) => {
    const key = String(i.path[0] ?? '');
    const detail = i.path.length > 1 ? `${i.path.slice(1).join('.')}: ${i.message}` : i.message;
    return makeDiagnostic(
      'RECORD_INVALID',
      { ...where, column: key ? headerOf(key) : (where.column ?? '') },
      { detail, detailEn: detail },
    );
  });
}
