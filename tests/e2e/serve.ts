import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.csv': 'text/csv; charset=utf-8',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
};

const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.json', '.svg', '.csv']);

/**
 * Serves a built site on 127.0.0.1 at a free port, the way a static host would; with `gzip`,
 * text is sent compressed to clients that accept it, as most hosts do. With `prefix` ("/repo/"),
 * the site is served under that path, as on a GitHub project site, and nothing outside it.
 */
export async function serve(
  root: string,
  options: { gzip?: boolean; prefix?: string } = {},
): Promise<{ url: string; server: Server; requests: string[] }> {
  const requests: string[] = [];
  const prefix = options.prefix ?? '/';
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    requests.push(path);
    if (!path.startsWith(prefix)) return void res.writeHead(404).end('outside the site');
    let file = normalize(join(root, path.slice(prefix.length)));
    if (!file.startsWith(normalize(root))) return void res.writeHead(403).end();
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      // As static hosts do: the site's own 404 page, with a 404 status.
      const notFound = join(root, '404.html');
      res.writeHead(404, { 'content-type': TYPES['.html']! });
      return void (existsSync(notFound)
        ? createReadStream(notFound).pipe(res)
        : res.end('not found'));
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    if (
      options.gzip &&
      COMPRESSIBLE.has(extname(file)) &&
      /gzip/.test(String(req.headers['accept-encoding']))
    ) {
      const body = gzipSync(readFileSync(file));
      res.writeHead(200, {
        'content-type': type,
        'content-encoding': 'gzip',
        'content-length': body.length,
      });
      return void res.end(body);
    }
    res.writeHead(200, { 'content-type': type });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { url: `http://127.0.0.1:${port}`, server, requests };
}
