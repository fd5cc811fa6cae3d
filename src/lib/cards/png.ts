import { deflateSync } from 'node:zlib';

/**
 * A minimal PNG encoder for RGBA pixels: rows unfiltered, fast deflate. It takes about half the
 * time of resvg's own encoder for cards (flat colours compress well anyway).
 */
const CRC_TABLE = new Int32Array(256).map((_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c;
});

function crc32(buf: Uint8Array): number {
  let c = -1;
  for (let i = 0; i < buf.length; i++) c = CRC_TABLE[(c ^ buf[i]!) & 0xff]! ^ (c >>> 8);
  return (c ^ -1) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'ascii');
  out.set(data, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** The chunks in one buffer of its own (never Node's shared pool: the worker transfers it). */
function file(parts: Buffer[]): Buffer {
  const out = Buffer.alloc(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

function ihdr(width: number, height: number, colourType: number): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = colourType;
  return chunk('IHDR', header);
}

/**
 * The palette of an opaque image: its 256 most frequent colours (a card's flat fills and the
 * commonest edge shades), each pixel then drawn in the nearest of them. Null when the image has
 * a transparent pixel.
 */
function palette(rgba: Uint8Array): { colours: number[]; index: Uint8Array } | null {
  // Flat fills come in long runs of one colour: counted per run, not per pixel.
  const counts = new Map<number, number>();
  let run = -1;
  let length = 0;
  for (let i = 0; i < rgba.length; i += 4) {
    if (rgba[i + 3] !== 255) return null;
    const c = (rgba[i]! << 16) | (rgba[i + 1]! << 8) | rgba[i + 2]!;
    if (c === run) length++;
    else {
      if (length > 0) counts.set(run, (counts.get(run) ?? 0) + length);
      [run, length] = [c, 1];
    }
  }
  if (length > 0) counts.set(run, (counts.get(run) ?? 0) + length);
  const colours = [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .slice(0, 256)
    .map(([c]) => c);
  const slot = new Map(colours.map((c, i) => [c, i]));
  const nearest = (c: number): number => {
    let best = 0;
    let distance = Infinity;
    colours.forEach((p, i) => {
      const d =
        ((c >> 16) - (p >> 16)) ** 2 +
        (((c >> 8) & 255) - ((p >> 8) & 255)) ** 2 +
        ((c & 255) - (p & 255)) ** 2;
      if (d < distance) [best, distance] = [i, d];
    });
    slot.set(c, best);
    return best;
  };
  const index = new Uint8Array(rgba.length / 4);
  let last = -1;
  let at = 0;
  for (let i = 0; i < index.length; i++) {
    const c = (rgba[i * 4]! << 16) | (rgba[i * 4 + 1]! << 8) | rgba[i * 4 + 2]!;
    if (c !== last) [last, at] = [c, slot.get(c) ?? nearest(c)];
    index[i] = at;
  }
  return { colours, index };
}

/** An 8-bit palette PNG: a card in about a third of the bytes of RGBA (the site's size budget). */
function encodeIndexed(
  p: { colours: number[]; index: Uint8Array },
  width: number,
  height: number,
): Buffer {
  const raw = Buffer.alloc((width + 1) * height);
  for (let y = 0; y < height; y++)
    raw.set(p.index.subarray(y * width, (y + 1) * width), y * (width + 1) + 1);
  const plte = Buffer.alloc(p.colours.length * 3);
  p.colours.forEach((c, i) => plte.writeUIntBE(c, i * 3, 3));
  return file([
    SIGNATURE,
    ihdr(width, height, 3),
    chunk('PLTE', plte),
    chunk('IDAT', deflateSync(raw, { level: 6 })),
    chunk('IEND', new Uint8Array(0)),
  ]);
}

let scratch = Buffer.alloc(0);

/** An opaque image as a palette PNG; one with transparency as RGBA. */
export function encodePng(rgba: Uint8Array, width: number, height: number): Buffer {
  const indexed = palette(rgba);
  if (indexed) return encodeIndexed(indexed, width, height);
  const stride = width * 4;
  // Each row: filter byte 0, then the pixels. Every card has the same size, so the 3 MB buffer is reused.
  if (scratch.length !== (stride + 1) * height) scratch = Buffer.alloc((stride + 1) * height);
  const raw = scratch;
  for (let y = 0; y < height; y++)
    raw.set(rgba.subarray(y * stride, (y + 1) * stride), y * (stride + 1) + 1);
  return file([
    SIGNATURE,
    ihdr(width, height, 6),
    chunk('IDAT', deflateSync(raw, { level: 3 })),
    chunk('IEND', new Uint8Array(0)),
  ]);
}
