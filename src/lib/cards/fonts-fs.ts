import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { CardFont } from './render-card.ts';

const require = createRequire(import.meta.url);

/** Noto Sans subsets for Vietnamese, Latin and Latin Extended, bundled by @fontsource (no network). */
export function loadCardFonts(): CardFont[] {
  const subsets = [
    ['latin', 'Noto Latin'],
    ['vietnamese', 'Noto Vietnamese'],
    ['latin-ext', 'Noto Latin Ext'],
  ] as const;
  return subsets.flatMap(([subset, name]) =>
    ([400, 700] as const).map((weight) => ({
      name,
      weight,
      style: 'normal' as const,
      data: readFileSync(
        require.resolve(`@fontsource/noto-sans/files/noto-sans-${subset}-${weight}-normal.woff`),
      ),
    })),
  );
}
