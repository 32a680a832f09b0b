/**
 * Serves a built site (dist/, or ASTRO_OUT_DIR) on http://localhost:4321 (PORT), under the
 * base path (BASE_PATH) when there is one, with the site's 404 page for unknown addresses and
 * the security headers of public/_headers' CSP. Used by `npm start` and the browser tests.
 *
 * Why not `astro preview`: Astro 7 allows one preview server per project at a time, and the
 * browser tests, the benchmark and a developer's `npm start` may each want one.
 */
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import sirv from 'sirv';
import { CSP } from '../shared/csp.ts';

const root = path.resolve(process.env.ASTRO_OUT_DIR ?? 'dist');
const port = Number(process.env.PORT ?? process.argv[2] ?? 4321);
const host = process.env.HOST ?? '127.0.0.1';
const base = `/${(process.env.BASE_PATH ?? '/').replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');

if (!existsSync(path.join(root, 'index.html'))) {
  console.error(`serve: no built site in ${root} — run \`npm run build\` first.`);
  process.exit(1);
}

const files = sirv(root, { dev: false, etag: true, extensions: ['html'], gzip: false, brotli: false });
const notFound = readFileSync(path.join(root, '404.html'));

const server = createServer((req, res) => {
  res.setHeader('Content-Security-Policy', CSP);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'no-referrer');
  const url = req.url ?? '/';
  const sendNotFound = () => {
    res.statusCode = 404;
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.end(notFound);
  };
  if (!url.startsWith(base)) return sendNotFound();
  req.url = `/${url.slice(base.length)}`;
  files(req, res, sendNotFound);
});

server.listen(port, host, () => {
  console.log(`serve: ${root} at http://${host === '127.0.0.1' ? 'localhost' : host}:${port}${base}`);
});
