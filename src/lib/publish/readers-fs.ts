import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { paths } from '../views/paths.ts';
import { sha256, type SiteReader } from './chain.ts';
import { hashFile } from './hash-fs.ts';

const fileOrNull = (path: string) => existsSync(path) && statSync(path).isFile();

/** A site in a folder (the live `dist`, a copy). */
export function dirReader(dir: string, toFile = (path: string) => join(dir, path)): SiteReader {
  return {
    label: dir,
    read: async (path) => (fileOrNull(toFile(path)) ? readFileSync(toFile(path)) : null),
    hash: async (path) => (fileOrNull(toFile(path)) ? hashFile(toFile(path)) : null),
  };
}

/** The history folder: /cong-bo/<id>/<name> is history/<id>/<name>. */
export function historyReader(history: string): SiteReader {
  return dirReader(history, (path) => {
    const m = /^\/cong-bo\/([^/]+)\/([^/]+)$/.exec(path);
    return m ? join(history, m[1]!, m[2]!) : join(history, '\0'); // nothing else is kept there
  });
}

/** Hides a password in a URL given for messages: https://user:***@host/… */
export const redactUrl = (text: string): string =>
  text.replace(/(\b[a-z][a-z0-9+.-]*:\/\/)([^/@\s:]+)(:[^/@\s]*)?@/gi, '$1***@');

/** A web site, by its address (https://…/ or with a sub-path). Each request times out. */
export function urlReader(base: string, timeoutMs = 60_000): SiteReader {
  const root = base.endsWith('/') ? base : `${base}/`;
  const get = async (path: string) => {
    const response = await fetch(new URL(path.replace(/^\/+/, ''), root), {
      signal: AbortSignal.timeout(timeoutMs),
    });
    if (response.status === 404 || response.status === 410) return null;
    if (!response.ok) throw new Error(`${redactUrl(root)}${path}: HTTP ${response.status}`);
    return response;
  };
  return {
    label: redactUrl(root),
    read: async (path) => {
      const response = await get(path);
      return response ? new Uint8Array(await response.arrayBuffer()) : null;
    },
    hash: async (path) => {
      const response = await get(path);
      if (!response?.body) return null;
      const hash = createHash('sha256');
      let bytes = 0;
      for await (const chunk of response.body as AsyncIterable<Uint8Array>) {
        hash.update(chunk);
        bytes += chunk.length;
      }
      return { bytes, sha256: hash.digest('hex') };
    },
  };
}

/** A site in a zip file (a downloaded copy); a single top folder is stepped into. */
export function zipReader(file: string): SiteReader {
  const entries = unzipSync(readFileSync(file), { filter: (f) => !f.name.endsWith('/') });
  const names = Object.keys(entries);
  const manifest = names
    .filter((n) => `/${n}` === paths.manifest || n.endsWith(paths.manifest))
    .sort((a, b) => a.length - b.length)[0];
  const prefix = manifest ? manifest.slice(0, 1 - paths.manifest.length) : '';
  const get = (path: string) => entries[`${prefix}${path.replace(/^\/+/, '')}`] ?? null;
  return {
    label: file,
    read: async (path) => get(path),
    hash: async (path) => {
      const bytes = get(path);
      return bytes ? { bytes: bytes.length, sha256: sha256(bytes) } : null;
    },
  };
}
