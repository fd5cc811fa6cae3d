import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import type { CardData } from './card-data.ts';
import { shorten } from '../util/text.ts';
import { encodePng } from './png.ts';

export interface CardFont {
  name: string;
  data: Buffer | ArrayBuffer;
  weight: 400 | 700;
  style: 'normal';
}

/** Satori's element tree, written as plain objects (no JSX in this project). */
type Node = {
  type: string;
  props: { style?: Record<string, string | number>; children?: (Node | string)[] | string };
};
const el = (
  type: string,
  style: Record<string, string | number>,
  children: (Node | string)[] | string = [],
): Node => ({ type, props: { style, children } });

export const WIDTH = 1200;
export const HEIGHT = 630;
/** Each font subset has its own name: satori keeps one font per name and weight, falling back in fontFamily order. */
export const FAMILY = 'Noto Latin, Noto Vietnamese, Noto Latin Ext';

/** Only the bar's outer ends are rounded; clipping the whole bar instead would cost resvg a mask per segment. */
const barEnds = (i: number, n: number): string =>
  `${i === 0 ? 8 : 0}px ${i === n - 1 ? 8 : 0}px ${i === n - 1 ? 8 : 0}px ${i === 0 ? 8 : 0}px`;

/** Top line: the site's name, and a sample badge (a nested box: a border would become a mask). */
function header(d: CardData): Node {
  const badge = el(
    'div',
    {
      display: 'flex',
      background: '#fff4ce',
      color: '#7d4e00',
      padding: '6px 16px',
      borderRadius: 5,
      fontWeight: 700,
    },
    'DỮ LIỆU MẪU',
  );
  return el(
    'div',
    {
      display: 'flex',
      justifyContent: 'space-between',
      alignItems: 'center',
      fontSize: 26,
      color: '#57606a',
    },
    [
      el(
        'div',
        { display: 'flex', fontWeight: 700, color: '#0b5cad' },
        'MINH BẠCH · Tiến độ chuyển đổi số',
      ),
      ...(d.sample
        ? [
            el('div', { display: 'flex', background: '#d4a72c', padding: 3, borderRadius: 8 }, [
              badge,
            ]),
          ]
        : []),
    ],
  );
}

/** Characters of title that two lines hold at 54 px: longer names end with "…". */
export const TITLE_CHARS = 60;

/**
 * Text as the card draws it: without format characters (direction isolates and controls,
 * zero-width spaces), which have no glyph; the card lays each text out in a box of its own.
 */
const drawable = (text: string): string => text.replace(/\p{Cf}/gu, '');

/** Title, subtitle and the big figure. */
function headline(d: CardData): Node[] {
  // Any name fits: at most two lines of title (the full name is in the page's alt text).
  const title = shorten(drawable(d.title), TITLE_CHARS);
  // A title that wraps to a second line leaves the subtitle one line (about 60 characters at 30 px).
  const longTitle = title.length > 32;
  return [
    el(
      'div',
      {
        display: 'flex',
        fontSize: title.length > 28 ? 54 : 66,
        fontWeight: 700,
        marginTop: 20,
        lineHeight: 1.1,
      },
      title,
    ),
    el(
      'div',
      { display: 'flex', fontSize: 30, color: '#57606a', marginTop: 12 },
      shorten(drawable(d.subtitle), longTitle ? 60 : 110),
    ),
    el('div', { display: 'flex', alignItems: 'baseline', marginTop: 'auto' }, [
      el('div', { display: 'flex', fontSize: 80, fontWeight: 700, marginRight: 24 }, d.big),
      el('div', { display: 'flex', fontSize: 32, color: '#424a53' }, d.bigLabel),
    ]),
  ];
}

/** The status bar and its legend; nothing without a judged indicator (the headline says why). */
function statusBar(d: CardData): Node[] {
  if (d.segments.length === 0) return [];
  const total = d.segments.reduce((a, s) => a + s.count, 0) || 1;
  const bar = el(
    'div',
    {
      display: 'flex',
      width: '100%',
      height: 36,
      borderRadius: 8,
      marginTop: 12,
      background: '#eaeef2',
    },
    d.segments.map((s, i) =>
      el('div', {
        display: 'flex',
        width: `${(100 * s.count) / total}%`,
        height: '100%',
        background: s.color,
        borderRadius: barEnds(i, d.segments.length),
      }),
    ),
  );
  const legend = el(
    'div',
    { display: 'flex', flexWrap: 'wrap', fontSize: 24, marginTop: 14, color: '#424a53' },
    d.segments.map((s) =>
      el('div', { display: 'flex', alignItems: 'center', marginRight: 28 }, [
        el('div', {
          display: 'flex',
          width: 18,
          height: 18,
          borderRadius: 4,
          background: s.color,
          marginRight: 8,
        }),
        `${s.count} ${s.label}`,
      ]),
    ),
  );
  return [bar, legend];
}

/**
 * Drawn with plain boxes only: a border, a rounded border or `overflow: hidden` becomes a clip
 * path or mask in satori's SVG, and resvg paints each as a full-size layer (a third of its time).
 */
export function cardTree(d: CardData): Node {
  const footer = el(
    'div',
    {
      display: 'flex',
      justifyContent: 'space-between',
      flexWrap: 'wrap',
      fontSize: 24,
      color: '#57606a',
      marginTop: 16,
    },
    [el('div', { display: 'flex' }, d.date), el('div', { display: 'flex' }, d.site)],
  );
  // Margins on an inner box, not padding on the root: satori sizes the root's content box at 1200 × 630.
  const body = el(
    'div',
    {
      display: 'flex',
      flexDirection: 'column',
      flexGrow: 1,
      width: WIDTH - 120,
      margin: '28px 60px 30px',
    },
    [header(d), ...headline(d), ...statusBar(d), footer],
  );
  return el(
    'div',
    {
      display: 'flex',
      flexDirection: 'column',
      width: WIDTH,
      height: HEIGHT,
      background: '#ffffff',
      fontFamily: FAMILY,
      color: '#1f2328',
    },
    [el('div', { display: 'flex', height: 16, flexShrink: 0, background: '#0b5cad' }), body],
  );
}

/**
 * Lays a card out as SVG, text drawn as paths. `onMissingGlyph` hears of any text no loaded font
 * can draw, so tests fail on a missing Vietnamese glyph instead of shipping a box.
 */
export function cardSvg(
  d: CardData,
  fonts: CardFont[],
  onMissingGlyph?: (text: string) => void,
): Promise<string> {
  return satori(cardTree(d) as unknown as Parameters<typeof satori>[0], {
    width: WIDTH,
    height: HEIGHT,
    fonts,
    loadAdditionalAsset: async (_code, segment) => {
      onMissingGlyph?.(segment);
      return [];
    },
  });
}

export async function renderCard(
  d: CardData,
  fonts: CardFont[],
  onMissingGlyph?: (text: string) => void,
): Promise<Buffer> {
  const svg = await cardSvg(d, fonts, onMissingGlyph);
  // Satori draws text as paths, so resvg needs no fonts: skipping the system font scan halves its time.
  const image = new Resvg(svg, {
    fitTo: { mode: 'original' },
    font: { loadSystemFonts: false },
  }).render();
  return encodePng(image.pixels, image.width, image.height);
}
