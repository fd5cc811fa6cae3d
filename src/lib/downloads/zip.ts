/** Compression handed in (node:zlib's deflate is five times faster than any JavaScript one). */
export interface Deflater {
  deflateRaw(data: Uint8Array): Uint8Array;
  crc32(data: Uint8Array): number;
}

interface Entry {
  name: Uint8Array;
  crc: number;
  size: number;
  compressed: number;
  offset: number;
}

const utf8 = new TextEncoder();

/** The most a plain zip holds: 65,535 entries, and sizes and offsets below 4 GiB. */
export const ZIP_LIMITS = { entries: 0xffff, bytes: 0xffffffff } as const;

/** A zip that would need ZIP64, which this writer does not write: refused, never wrapped. */
export class ZipTooLarge extends Error {
  constructor(what: string) {
    super(
      `Tệp zip quá lớn / zip archive too large: ${what} exceeds what a zip without ZIP64 holds (65,535 files, 4 GiB); nothing was written`,
    );
    this.name = 'ZipTooLarge';
  }
}

/**
 * A zip archive written entry by entry: each file is deflated as it is added, so only the
 * compressed bytes are held. File names are UTF-8 (flag bit 11), which every current unzip reads
 * correctly with Vietnamese names. The date of every entry is the publication date, so the same
 * content gives the same bytes.
 */
export class ZipWriter {
  readonly #chunks: Uint8Array[] = [];
  readonly #entries: Entry[] = [];
  readonly #deflater: Deflater;
  readonly #time: number;
  readonly #date: number;
  #offset = 0;

  constructor(deflater: Deflater, isoDate: string) {
    this.#deflater = deflater;
    const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
    this.#time = 0;
    this.#date = ((y - 1980) << 9) | (m << 5) | d;
  }

  add(name: string, content: string | Uint8Array): void {
    const data = typeof content === 'string' ? utf8.encode(content) : content;
    if (this.#entries.length >= ZIP_LIMITS.entries)
      throw new ZipTooLarge(`entry ${this.#entries.length + 1} (${name})`);
    if (data.length > ZIP_LIMITS.bytes) throw new ZipTooLarge(`${name} (${data.length} bytes)`);
    const packed = this.#deflater.deflateRaw(data);
    // Every offset in the archive, the central directory's included, must fit in 32 bits.
    if (this.#offset + 30 + name.length * 4 + packed.length > ZIP_LIMITS.bytes)
      throw new ZipTooLarge(`the archive at ${name}`);
    const entry: Entry = {
      name: utf8.encode(name),
      crc: this.#deflater.crc32(data),
      size: data.length,
      compressed: packed.length,
      offset: this.#offset,
    };
    const header = new DataView(new ArrayBuffer(30));
    header.setUint32(0, 0x04034b50, true);
    this.#common(header, 4, entry);
    header.setUint16(26, entry.name.length, true);
    this.#push(new Uint8Array(header.buffer), entry.name, packed);
    this.#entries.push(entry);
  }

  /** version, flags, method, time, date, crc, sizes: the same in both headers. */
  #common(view: DataView, at: number, e: Entry): void {
    view.setUint16(at, 20, true);
    view.setUint16(at + 2, 0x0800, true);
    view.setUint16(at + 4, 8, true);
    view.setUint16(at + 6, this.#time, true);
    view.setUint16(at + 8, this.#date, true);
    view.setUint32(at + 10, e.crc >>> 0, true);
    view.setUint32(at + 14, e.compressed, true);
    view.setUint32(at + 18, e.size, true);
  }

  #push(...parts: Uint8Array[]): void {
    for (const p of parts) {
      this.#chunks.push(p);
      this.#offset += p.length;
    }
  }

  /** The central directory and its end: the archive is then complete. */
  finish(): Uint8Array {
    const start = this.#offset;
    const directory = this.#entries.reduce((n, e) => n + 46 + e.name.length, 0);
    if (start + directory + 22 > ZIP_LIMITS.bytes) throw new ZipTooLarge('the central directory');
    for (const e of this.#entries) {
      const header = new DataView(new ArrayBuffer(46));
      header.setUint32(0, 0x02014b50, true);
      header.setUint16(4, 0x031e, true); // made by: Unix, spec 3.0
      this.#common(header, 6, e);
      header.setUint16(28, e.name.length, true);
      header.setUint32(38, 0o100644 * 65536, true); // -rw-r--r--
      header.setUint32(42, e.offset, true);
      this.#push(new Uint8Array(header.buffer), e.name);
    }
    const end = new DataView(new ArrayBuffer(22));
    end.setUint32(0, 0x06054b50, true);
    end.setUint16(8, this.#entries.length, true);
    end.setUint16(10, this.#entries.length, true);
    end.setUint32(12, this.#offset - start, true);
    end.setUint32(16, start, true);
    this.#push(new Uint8Array(end.buffer));
    const out = new Uint8Array(this.#offset);
    let at = 0;
    for (const c of this.#chunks) {
      out.set(c, at);
      at += c.length;
    }
    return out;
  }
}
