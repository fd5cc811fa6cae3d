import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { unzipSync } from 'fflate';

/** Where the data of a publication comes from. */
export interface SourceOptions {
  /** A folder, a .zip file, or an http(s) URL of a zip archive or of one file. */
  source: string;
  /** For a single file: the data folder it is added to, and its path there (exports/22/x.csv). */
  base?: string | undefined;
  as?: string | undefined;
  /** Larger downloads or archives are refused. */
  maxMb: number;
}

export class SourceError extends Error {}

const isUrl = (s: string) => /^https?:\/\//i.test(s);
const isZip = (b: Uint8Array) => b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;

async function download(url: string, maxMb: number): Promise<Uint8Array> {
  let response: Response;
  try {
    response = await fetch(url, { redirect: 'follow', signal: AbortSignal.timeout(120_000) });
  } catch (e) {
    throw new SourceError(`không tải được / cannot download ${url}: ${(e as Error).message}`);
  }
  if (!response.ok) throw new SourceError(`tải ${url}: HTTP ${response.status} / download failed`);
  const declared = Number(response.headers.get('content-length') ?? 0);
  if (declared > maxMb * 1048576) throw new SourceError(`${url}: ${declared} bytes > ${maxMb} MB`);
  const bytes = new Uint8Array(await response.arrayBuffer());
  if (bytes.length > maxMb * 1048576) throw new SourceError(`${url}: larger than ${maxMb} MB`);
  return bytes;
}

/** Unpacks a zip into `dir`, refusing names that leave it; a single top folder is stepped into. */
function unpack(bytes: Uint8Array, dir: string, maxMb: number): string {
  let total = 0;
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: (f) => {
        total += f.originalSize;
        if (total > maxMb * 1048576)
          throw new SourceError(`archive unpacks to more than ${maxMb} MB`);
        return !f.name.endsWith('/');
      },
    });
  } catch (e) {
    if (e instanceof SourceError) throw e;
    throw new SourceError(`tệp zip hỏng / broken zip archive: ${(e as Error).message}`);
  }
  for (const [name, content] of Object.entries(files)) {
    const target = normalize(join(dir, name));
    if (!target.startsWith(normalize(dir) + '/') || name.includes('\\'))
      throw new SourceError(`tên tệp không hợp lệ trong zip / unsafe path in the archive: ${name}`);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, content);
  }
  const top = readdirSync(dir);
  const only = top.length === 1 ? join(dir, top[0]!) : undefined;
  return only && statSync(only).isDirectory() && !existsSync(join(dir, 'dataset.json'))
    ? only
    : dir;
}

/**
 * Fetches the source into `into` (a fresh folder) and returns the data folder to publish from:
 * a folder is copied (so that files arriving meanwhile are not half-read), a zip is unpacked, a
 * single file is added to a copy of the base folder.
 */
export async function fetchSource(options: SourceOptions, into: string): Promise<string> {
  rmSync(into, { recursive: true, force: true });
  mkdirSync(into, { recursive: true });
  const { source, maxMb } = options;
  if (!isUrl(source) && !existsSync(source))
    throw new SourceError(`không tìm thấy nguồn / source not found: ${source}`);
  if (!isUrl(source) && statSync(source).isDirectory()) {
    cpSync(source, into, { recursive: true });
    return into;
  }
  const bytes = isUrl(source)
    ? await download(source, maxMb)
    : new Uint8Array(readFileSync(source));
  if (isZip(bytes)) return unpack(bytes, into, maxMb);
  if (!options.base || !options.as)
    throw new SourceError(
      `${source} không phải tệp zip: với một tệp đơn, cho biết --base (thư mục dữ liệu) và --as (đường dẫn trong đó) / not a zip archive: for a single file give --base and --as`,
    );
  cpSync(options.base, into, { recursive: true });
  const target = normalize(join(into, options.as));
  if (!target.startsWith(normalize(into) + '/'))
    throw new SourceError(`--as ${options.as}: outside the data folder`);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, bytes);
  return into;
}
