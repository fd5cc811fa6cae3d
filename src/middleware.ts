import { defineMiddleware } from 'astro:middleware';
import { basePath, rebaseHtml } from './lib/views/base-path.ts';

// Every page is written with site paths ("/don-vi/"); here, once, its links move under the site
// URL's path when the site is served from one (https://owner.github.io/repo/).
export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  const base = basePath(context.site);
  if (base === '/' || !response.headers.get('content-type')?.startsWith('text/html'))
    return response;
  const html = rebaseHtml(await response.text(), base);
  return new Response(html, { status: response.status, headers: response.headers });
});
