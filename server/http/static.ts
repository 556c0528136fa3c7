// The web app's files. Hashed files under /assets/ are sent as the build left them: the .br or .gz
// written beside each (vite.config.ts) when the browser accepts it, with a year-long immutable cache;
// everything else (index.html, the service worker, its manifest, the icons) must be asked again
// each time ("no-cache": revalidated, so a new version reaches phones at their next open). Any other
// path is a page of the app: index.html. A missing /assets/ file is 404, never index.html: a page of
// an older version asking for a chunk that is gone must fail as a missing script, not parse HTML.
import { serveStatic } from '@hono/node-server/serve-static';
import type { Hono } from 'hono';
import fs from 'node:fs';
import path from 'node:path';
import { pickEncoding } from './compression.js';
import { errorBody } from './errors.js';

const IMMUTABLE = 'public, max-age=31536000, immutable';
const COMPRESSIBLE = /\.(js|css|html|svg|json|webmanifest)$/;

export function serveWebApp(app: Hono<any>, webDir: string): void {
  const relative = path.relative(process.cwd(), webDir) || '.';
  // The chunk graph is for the build and the benchmarks, not for visitors.
  app.all('/.vite/*', (c) => c.json(errorBody('NOT_FOUND'), 404));
  app.use('*', async (c, next) => {
    await next();
    if (c.req.path.startsWith('/api/') || (c.res.status !== 200 && c.res.status !== 304)) return;
    const hashed = c.req.path.startsWith('/assets/');
    c.header('cache-control', hashed ? IMMUTABLE : 'no-cache');
    if (COMPRESSIBLE.test(c.req.path) && !/accept-encoding/i.test(c.res.headers.get('vary') ?? '')) c.header('vary', 'Accept-Encoding', { append: true });
  });
  if (fs.existsSync(webDir)) app.use('*', serveStatic({ root: relative, precompressed: true }));
  app.all('/assets/*', (c) => c.json(errorBody('NOT_FOUND'), 404));
  app.get('*', async (c) => {
    const index = path.join(webDir, 'index.html');
    if (!fs.existsSync(index)) return c.text('The web app is not built: run `npm run build`.', 503);
    c.header('vary', 'Accept-Encoding');
    const encoding = pickEncoding(c.req.header('accept-encoding'));
    const compressed = encoding && path.join(webDir, `index.html.${encoding === 'br' ? 'br' : 'gz'}`);
    if (compressed && fs.existsSync(compressed)) {
      c.header('content-encoding', encoding);
      c.header('content-type', 'text/html; charset=utf-8');
      return c.body(fs.readFileSync(compressed));
    }
    return c.html(fs.readFileSync(index, 'utf8'));
  });
}
