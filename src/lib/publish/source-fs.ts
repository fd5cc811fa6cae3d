import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, normalize, relative, sep } from 'node:path';
import { unzipSync } from 'fflate';
import { redactUrl } from './readers-fs.ts';

/** Where the data of a publication comes from. */
export interface SourceOptions {
  /** A folder, a .zip file, or an http(s) URL of a zip archive or of one file. */
  source: string;
  /** For a single file: the data folder it is added to, and its path there (exports/22/x.csv). */
  base?: string | undefined;
  as?: string | undefined;
  /** Larger downloads or archives are refused. */
  maxMb: number;
  /** The download as a whole must end within this time (seconds). */
  maxSeconds?: number | undefined;
  /** "user:password" for HTTP basic authentication, or a bearer token: from the environment. */
  auth?: string | undefined;
  token?: string | undefined;
}

export class SourceError extends Error {}

const MB = 1048576;
const isUrl = (s: string) => /^https?:\/\//i.test(s);
const isZip = (b: Uint8Array) => b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;

/** The request: credentials leave the URL for a header (fetch refuses them there, logs must not show them). */
function request(options: SourceOptions): { url: string; headers: Record<string, string> } {
  const url = new URL(options.source);
  const headers: Record<string, string> = {};
  const auth =
    options.auth ??
    (url.username
      ? `${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}`
      : undefined);
  if (auth) headers.authorization = `Basic ${Buffer.from(auth).toString('base64')}`;
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  url.username = '';
  url.password = '';
  return { url: url.href, headers };
}

/**
 * Downloads with both limits enforced while the body arrives: no more than `maxMb` (whatever
 * Content-Length says, or without one) and no longer than `maxSeconds` overall.
 */
async function download(options: SourceOptions): Promise<Uint8Array> {
  const { url, headers } = request(options);
  const shown = redactUrl(options.source);
  const seconds = options.maxSeconds ?? 600;
  const limit = options.maxMb * MB;
  const signal = AbortSignal.timeout(seconds * 1000);
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    const response = await fetch(url, { redirect: 'follow', signal, headers });
    if (!response.ok)
      throw new SourceError(`tải ${shown}: HTTP ${response.status} / download failed`);
    const declared = Number(response.headers.get('content-length') ?? 0);
    if (declared > limit)
      throw new SourceError(`${shown}: ${declared} bytes > ${options.maxMb} MB (--max-source-mb)`);
    for await (const chunk of (response.body ?? []) as AsyncIterable<Uint8Array>) {
      total += chunk.length;
      if (total > limit) {
        await response.body?.cancel().catch(() => {});
        throw new SourceError(
          `${shown}: lớn hơn / larger than ${options.maxMb} MB (--max-source-mb)`,
        );
      }
      chunks.push(chunk);
    }
  } catch (e) {
    if (e instanceof SourceError) throw e;
    if (signal.aborted)
      throw new SourceError(
        `${shown}: quá thời gian / not downloaded within ${seconds} s (--max-source-seconds); ${total} bytes received`,
      );
    throw new SourceError(
      `không tải được / cannot download ${shown}: ${redactUrl((e as Error).message)}`,
    );
  }
  return Buffer.concat(chunks, total);
}

/** Unpacks a zip into `dir`, refusing names that leave it. */
function unpack(bytes: Uint8Array, dir: string, maxMb: number): void {
  let total = 0;
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: (f) => {
        total += f.originalSize;
        if (total > maxMb * MB) throw new SourceError(`archive unpacks to more than ${maxMb} MB`);
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
}

/**
 * The data folder inside what was received: the folder itself, or its single top folder. A
 * dataset.json deeper than that (a folder zipped inside another) or found twice (two data
 * folders in one archive) is named as such, rather than leaving the validator to report every
 * file missing.
 */
export function locateData(dir: string): string {
  const found = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name === 'dataset.json')
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'))
    .sort();
  if (found.length > 1)
    throw new SourceError(
      `có ${found.length} thư mục dữ liệu / ${found.length} data folders in one source (${found.join(', ')}): give one folder with dataset.json at its top`,
    );
  const top = readdirSync(dir);
  const only = top.length === 1 ? join(dir, top[0]!) : undefined;
  const root = only && statSync(only).isDirectory() && !found.includes('dataset.json') ? only : dir;
  const depth = found[0] ? found[0].split('/').length - 1 : 0;
  const expected = root === dir ? 0 : 1;
  if (found[0] && depth > expected)
    throw new SourceError(
      `thư mục dữ liệu lồng sâu hơn một cấp / the data folder is nested one folder too deep: ${found[0]} (dataset.json should be at the top, or in the single top folder)`,
    );
  return root;
}

/** Refuses a folder with a symbolic link leading outside it (a file the source does not own). */
function checkLinks(folder: string): void {
  const root = realpathSync(folder);
  for (const e of readdirSync(folder, { recursive: true, withFileTypes: true })) {
    if (!e.isSymbolicLink()) continue;
    const path = join(e.parentPath, e.name);
    let target: string;
    try {
      target = realpathSync(path);
    } catch {
      throw new SourceError(`liên kết hỏng / broken symbolic link in the source: ${path}`);
    }
    if (target !== root && !target.startsWith(root + sep))
      throw new SourceError(
        `liên kết ra ngoài thư mục nguồn / symbolic link leading outside the source folder: ${path} → ${target}`,
      );
  }
}

function copyFolder(from: string, into: string): void {
  checkLinks(from);
  cpSync(from, into, { recursive: true, dereference: true });
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
    copyFolder(source, into);
    return locateData(into);
  }
  const bytes = isUrl(source) ? await download(options) : new Uint8Array(readFileSync(source));
  if (isZip(bytes)) {
    unpack(bytes, into, maxMb);
    return locateData(into);
  }
  if (!options.base || !options.as)
    throw new SourceError(
      `${redactUrl(source)} không phải tệp zip: với một tệp đơn, cho biết --base (thư mục dữ liệu) và --as (đường dẫn trong đó) / not a zip archive: for a single file give --base and --as`,
    );
  copyFolder(options.base, into);
  const target = normalize(join(into, options.as));
  if (!target.startsWith(normalize(into) + '/'))
    throw new SourceError(`--as ${options.as}: outside the data folder`);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, bytes);
  return into;
}
