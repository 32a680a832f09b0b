/**
 * What a search costs a visitor, measured through the real /search/ page in Chromium:
 * `node src/cli/bench-search.ts <dist> [query…]` (also run by `npm run bench` for every size).
 *
 * For each query: a fresh browser context opens `/search/?q=<query>` and waits until the page
 * has rendered its results; "first" is every byte that visit fetched (HTML, CSS, scripts,
 * Pagefind's code, metadata, index chunks, fragments, vocabulary), as transferred (text gzip-
 * compressed by the server, Pagefind's own files as written). Then the next query of the list
 * is typed into the same page: "later" is what that second query fetched.
 */
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from '@playwright/test';

/** Queries a visitor types: common words, a name, a phrase-like topic, a misspelling. */
export const SEARCH_PAGE_QUERIES = ['karabakh', 'russian peacekeepers', 'collective security treaty', 'Peskow'];

export interface SearchPageRun {
  query: string;
  /** Bytes a visit's first query fetched through /search/, everything included. */
  firstBytes: number;
  firstRequests: number;
  /** The query typed next in the same page, and what it fetched. */
  laterQuery: string;
  laterBytes: number;
  laterRequests: number;
  /** Of the first query: bytes by part (page = HTML, CSS, the page's own scripts). */
  parts: Record<'page' | 'pagefindCode' | 'pagefindMeta' | 'index' | 'fragments' | 'filters' | 'vocabulary' | 'other', number>;
}

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.json': 'application/json', '.svg': 'image/svg+xml', '.wasm': 'application/wasm' };
const COMPRESSIBLE = /^(text\/|application\/json|image\/svg)/;

/** A static server for `dist` that gzips text (level 6, as a CDN would). */
export function serveDist(dist: string): Promise<{ server: Server; origin: string }> {
  const gz = new Map<string, Buffer>();
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    let file = path.join(dist, decodeURIComponent(url.pathname));
    if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
    if (!file.startsWith(dist) || !existsSync(file)) {
      res.writeHead(404).end('not found');
      return;
    }
    const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
    let body: Buffer = readFileSync(file);
    const headers: Record<string, string> = { 'content-type': type };
    if (COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      if (!gz.has(file)) gz.set(file, gzipSync(body, { level: 6 }));
      body = gz.get(file)!;
      headers['content-encoding'] = 'gzip';
    }
    res.writeHead(200, { ...headers, 'content-length': String(body.length) }).end(body);
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const a = server.address();
      resolve({ server, origin: `http://127.0.0.1:${typeof a === 'object' && a ? a.port : 0}` });
    }),
  );
}

function partOf(pathname: string): keyof SearchPageRun['parts'] {
  if (/\/pagefind\/(pagefind\.js|pagefind-worker\.js|wasm\.[^/]+)$/.test(pathname)) return 'pagefindCode';
  if (/\/pagefind\/(pagefind-entry\.json|[^/]+\.pf_meta)$/.test(pathname)) return 'pagefindMeta';
  if (pathname.includes('/pagefind/index/')) return 'index';
  if (pathname.includes('/pagefind/fragment/')) return 'fragments';
  if (pathname.includes('/pagefind/filter/')) return 'filters';
  if (pathname.endsWith('/vocabulary.json')) return 'vocabulary';
  if (/\.(html|css|js)$|\/$/.test(pathname)) return 'page';
  return 'other';
}

/** Records the transferred size of every request the page makes from now on. */
function recorder(page: Page) {
  let files: Promise<{ path: string; bytes: number }>[] = [];
  page.on('requestfinished', (r) => files.push(r.sizes().then((s) => ({ path: new URL(r.url()).pathname, bytes: s.responseBodySize }))));
  return async () => {
    const done = await Promise.all(files);
    files = [];
    return done;
  };
}

async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const app = document.getElementById('search-app');
    return !!app && !app.hidden && !app.hasAttribute('aria-busy') && app.dataset.done === (location.search || '?');
  }, undefined, { timeout: 120_000 });
  await page.waitForLoadState('networkidle');
}

/** Measures each query as a visit's first, then the next one as a later query. */
export async function measureSearchPage(browser: Browser, origin: string, base = '/', queries = SEARCH_PAGE_QUERIES): Promise<SearchPageRun[]> {
  const runs: SearchPageRun[] = [];
  for (const [k, query] of queries.entries()) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const take = recorder(page);
    await page.goto(`${origin}${base}search/?q=${encodeURIComponent(query)}`);
    await settled(page);
    const first = await take();
    const laterQuery = queries[(k + 1) % queries.length]!;
    await page.locator('#search-q').fill(laterQuery);
    await page.waitForFunction((q) => new URLSearchParams(location.search).get('q') === q, laterQuery);
    await settled(page);
    const later = await take();
    const parts: SearchPageRun['parts'] = { page: 0, pagefindCode: 0, pagefindMeta: 0, index: 0, fragments: 0, filters: 0, vocabulary: 0, other: 0 };
    for (const f of first) parts[partOf(f.path)] += f.bytes;
    const sum = (fs: { bytes: number }[]) => fs.reduce((n, f) => n + f.bytes, 0);
    runs.push({ query, firstBytes: sum(first), firstRequests: first.length, laterQuery, laterBytes: sum(later), laterRequests: later.length, parts });
    await context.close();
  }
  return runs;
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

/** Lines for a report. */
export function describeSearchRuns(runs: readonly SearchPageRun[]): string[] {
  return runs.map(
    (r) =>
      `"${r.query}": first ${kb(r.firstBytes)} (${r.firstRequests} requests: page ${kb(r.parts.page)}, Pagefind code ${kb(r.parts.pagefindCode)}, metadata ${kb(r.parts.pagefindMeta)}, index ${kb(r.parts.index)}, fragments ${kb(r.parts.fragments)}, filters ${kb(r.parts.filters)}, vocabulary ${kb(r.parts.vocabulary)}); then "${r.laterQuery}": ${kb(r.laterBytes)}`,
  );
}

async function main(): Promise<void> {
  const [distArg, ...queries] = process.argv.slice(2);
  if (!distArg) {
    console.error('usage: node src/cli/bench-search.ts <dist> [query…]');
    process.exitCode = 2;
    return;
  }
  const dist = path.resolve(distArg);
  const { server, origin } = await serveDist(dist);
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const runs = await measureSearchPage(browser, origin, '/', queries.length > 0 ? queries : SEARCH_PAGE_QUERIES);
    for (const line of describeSearchRuns(runs)) console.log(line);
    console.log(JSON.stringify(runs));
  } finally {
    await browser.close();
    server.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();

/** The targets of issue 12 at N=1000, in the bench's met/missed form. */
export function searchPageTargets(runs: readonly SearchPageRun[] | undefined): { target: string; measured: string; met: boolean | undefined }[] {
  const worst = (f: (r: SearchPageRun) => number) => (runs && runs.length > 0 ? Math.max(...runs.map(f)) : undefined);
  const first = worst((r) => r.firstBytes);
  const later = worst((r) => r.laterBytes);
  return [
    { target: "N=1000: a visit's first query through /search/ ≤ 120 KB", measured: first === undefined ? 'not measured' : `worst ${kb(first)}`, met: first === undefined ? undefined : first <= 120 * 1024 },
    { target: 'N=1000: a later query through /search/ ≤ 60 KB', measured: later === undefined ? 'not measured' : `worst ${kb(later)}`, met: later === undefined ? undefined : later <= 60 * 1024 },
  ];
}
