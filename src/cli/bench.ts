/**
 * `npm run bench [-- --sizes 5,100,1000] [--lighthouse 5] [--lighthouse-runs 3] [--seed 1] [--keep] [--cpu-prof]`
 *
 * Lighthouse is optional and not installed by `npm install` (with its dependencies it is about
 * 160 MB): `--lighthouse <sizes>` asks for it and says how to install it when it is missing.
 *
 * Builds the site for corpora of N articles (N = 5 is the real corpus in ./content; larger N
 * are synthetic corpora from ./synthetic-corpus.ts) and measures, per size:
 * - the build (`node src/cli/build.ts` as a child process, output in a temp folder): wall time,
 *   CPU time (GNU time), peak RSS of its process tree (/proc polled every 50 ms), ms per article;
 * - dist/ and Pagefind index sizes;
 * - in Chromium: bytes fetched under /pagefind/ by three queries (Pagefind `noWorker`, so no
 *   fetch hides in a worker; the first five results' fragments loaded as a results page
 *   would), and first-view bytes (HTML + same-origin CSS and JS, each gzip -9) of the home,
 *   an article and the timeline;
 * - Lighthouse scores (performance, accessibility, best practices, SEO) of the home, an
 *   article, a theme, an actor, the timeline and the search page (only for the sizes given
 *   with --lighthouse).
 * The pages are found in the build output, so the bench measures whatever the build produces.
 * Writes bench-results/latest.json, prints a table, and says which targets (issue #7) are met.
 */
import { spawn } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Response } from '@playwright/test';
import { writeSyntheticCorpus } from './synthetic-corpus.ts';
import { describeSearchRuns, measureSearchPage, searchPageTargets, type SearchPageRun } from './bench-search.ts';
import { LOCAL_ORIGIN } from '../site/origin.ts';
import { onStop, stopOnSignals, whileRunning } from './signals.ts';

const root = process.cwd();
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROME_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const QUERIES = ['karabakh', 'russian peacekeepers', 'collective security treaty'];
/** Results whose fragments a results page loads at once. */
const RESULTS_SHOWN = 5;
const GNU_TIME = '/usr/bin/time';
const LH_CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
/** Optional: installed only by those who measure with it (see --lighthouse). */
const LIGHTHOUSE_CLI = path.join(root, 'node_modules/lighthouse/cli/index.js');

// ---------------------------------------------------------------------------------------------
// The build, measured

interface BuildRun {
  ok: boolean;
  wallSeconds: number;
  /** User + system CPU time of the build and its children (GNU time), when measurable: less skewed by other load than wall time. */
  cpuSeconds: number | undefined;
  /**
   * User + system CPU time of every process of the build's tree, Pagefind's own process
   * included (GNU time misses it: the build ends it without waiting for it), from /proc
   * samples: each process counts with its last sample, so a process's final < 50 ms may be lost.
   */
  treeCpuSeconds: number;
  /** Highest sum of VmRSS over the build's process tree, sampled. */
  peakTreeRssMB: number;
  /** Highest VmHWM of any single process of the tree (exact, kernel-tracked). */
  peakProcessHwmMB: number;
  /** What the build printed last (its summary, or its errors). */
  tail: string;
  /** 1-minute load average when the build ended: other work on the machine skews the timing. */
  loadAverage: number;
}

/** Every process whose ancestry leads to `rootPid` (itself included). */
function processTree(rootPid: number): number[] {
  const parent = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // The command name may hold spaces and parentheses: the fields start after the last ')'.
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      parent.set(Number(entry), ppid);
    } catch {
      // The process ended while we looked.
    }
  }
  const tree = [rootPid];
  for (let i = 0; i < tree.length; i++) for (const [pid, ppid] of parent) if (ppid === tree[i]) tree.push(pid);
  return tree;
}

const CLOCK_TICKS = 100; // USER_HZ on Linux

/** A process's own user + system CPU time in seconds (children not included). */
function cpuOf(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // Fields 14 and 15 of stat (utime, stime), counted from the state field at index 0 here.
    return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
  } catch {
    return 0;
  }
}

function memoryOf(pid: number): { rssKB: number; hwmKB: number } {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const field = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+)`, 'm').exec(status)?.[1] ?? 0);
    return { rssKB: field('VmRSS'), hwmKB: field('VmHWM') };
  } catch {
    return { rssKB: 0, hwmKB: 0 };
  }
}

function runBuild(env: NodeJS.ProcessEnv, logFile: string, nodeArgs: string[]): Promise<BuildRun> {
  return new Promise((resolve) => {
    // GNU time, when present, adds the CPU time of the whole tree (children it waited for included).
    const timeFile = `${logFile}.time`;
    const command = [process.execPath, ...nodeArgs, 'src/cli/build.ts'];
    const [cmd, ...args] = existsSync(GNU_TIME) ? [GNU_TIME, '-f', '%U %S', '-o', timeFile, ...command] : command;
    const started = performance.now();
    const child = spawn(cmd!, args, { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    let peakTree = 0;
    const peakHwm = new Map<number, number>();
    const cpuByPid = new Map<number, number>();
    const sample = () => {
      if (child.pid === undefined) return;
      let sum = 0;
      for (const pid of processTree(child.pid)) {
        cpuByPid.set(pid, Math.max(cpuByPid.get(pid) ?? 0, cpuOf(pid)));
        const m = memoryOf(pid);
        sum += m.rssKB;
        peakHwm.set(pid, Math.max(peakHwm.get(pid) ?? 0, m.hwmKB));
      }
      peakTree = Math.max(peakTree, sum);
    };
    const timer = setInterval(sample, 50);
    child.on('close', (code) => {
      clearInterval(timer);
      const wallSeconds = (performance.now() - started) / 1000;
      writeFileSync(logFile, output);
      const peakProcess = Math.max(0, ...peakHwm.values());
      const cpu = existsSync(timeFile) ? readFileSync(timeFile, 'utf8').trim().split('\n').at(-1)!.split(' ').map(Number) : [];
      resolve({
        cpuSeconds: cpu.length === 2 && cpu.every(Number.isFinite) ? cpu[0]! + cpu[1]! : undefined,
        treeCpuSeconds: [...cpuByPid.values()].reduce((a, b) => a + b, 0),
        ok: code === 0,
        wallSeconds,
        peakTreeRssMB: Math.max(peakTree, peakProcess) / 1024,
        peakProcessHwmMB: peakProcess / 1024,
        tail: output.trim().split('\n').slice(-3).join('\n'),
        loadAverage: Number(loadavg()[0]!.toFixed(2)),
      });
    });
  });
}

// ---------------------------------------------------------------------------------------------
// The output, on disk

function folderBytes(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  if (!existsSync(dir)) return { bytes, files };
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    bytes += statSync(path.join(entry.parentPath, entry.name)).size;
    files++;
  }
  return { bytes, files };
}

/** The Pagefind files that grow with the corpus (index, fragments, filters, metadata), not its fixed UI bundles. */
function pagefindDataBytes(dir: string): number {
  let bytes = 0;
  for (const sub of ['index', 'fragment', 'filter']) bytes += folderBytes(path.join(dir, sub)).bytes;
  if (existsSync(dir)) for (const f of readdirSync(dir)) if (f.endsWith('.pf_meta')) bytes += statSync(path.join(dir, f)).size;
  return bytes;
}

/** The largest `<section>/<id>/index.html` of the build: the worst case of that page type. */
function largestPage(dist: string, section: string): string | undefined {
  const dir = path.join(dist, section);
  if (!existsSync(dir)) return undefined;
  let best: { url: string; size: number } | undefined;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name, 'index.html');
    if (!entry.isDirectory() || !existsSync(file)) continue;
    const size = statSync(file).size;
    if (!best || size > best.size) best = { url: `/${section}/${entry.name}/`, size };
  }
  return best?.url;
}

/** The largest HTML page of the whole build, and its size: what must not grow with N. */
function largestHtml(dist: string): { url: string; bytes: number; gzipBytes: number } | undefined {
  let best: { file: string; bytes: number } | undefined;
  for (const entry of readdirSync(dist, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
    const file = path.join(entry.parentPath, entry.name);
    const bytes = statSync(file).size;
    if (!best || bytes > best.bytes) best = { file, bytes };
  }
  if (!best) return undefined;
  const url = `/${path.relative(dist, best.file).replace(/index\.html$/, '')}`;
  return { url, bytes: best.bytes, gzipBytes: gzipSync(readFileSync(best.file), { level: 9 }).length };
}

/** The page of each type the bench looks at, or undefined where the build made none. */
function pagesOf(dist: string): Record<string, string | undefined> {
  const page = (url: string) => (existsSync(path.join(dist, url, 'index.html')) ? url : undefined);
  return {
    home: page('/'),
    article: largestPage(dist, 'articles'),
    theme: largestPage(dist, 'themes'),
    actor: largestPage(dist, 'actors'),
    timeline: page('/timeline/'),
    search: page('/search/'),
  };
}

// ---------------------------------------------------------------------------------------------
// A static server for the built site (gzip for text, as static hosts do)

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8', '.json': 'application/json', '.svg': 'image/svg+xml', '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8', '.csv': 'text/csv; charset=utf-8', '.webmanifest': 'application/manifest+json',
  '.png': 'image/png', '.jpg': 'image/jpeg', '.ico': 'image/x-icon', '.woff2': 'font/woff2', '.wasm': 'application/wasm',
};
const COMPRESSIBLE = /^(text\/|application\/(json|xml|manifest\+json)|image\/svg)/;
/** A same-origin page with no script of the site's own, to load Pagefind on. */
const BLANK_PAGE = '/__bench__/';

function serve(dist: string): Promise<{ server: Server; origin: string }> {
  const gz = new Map<string, Buffer>();
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    if (url.pathname === BLANK_PAGE) {
      res.writeHead(200, { 'content-type': TYPES['.html']! });
      res.end('<!doctype html><html lang="en"><title>bench</title></html>');
      return;
    }
    let file = path.join(dist, decodeURIComponent(url.pathname));
    if (!file.startsWith(dist)) file = path.join(dist, '404.html');
    if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
    let status = 200;
    if (!existsSync(file)) {
      status = 404;
      file = path.join(dist, '404.html');
    }
    const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
    let body: Buffer = existsSync(file) ? readFileSync(file) : Buffer.from('not found');
    const headers: Record<string, string> = { 'content-type': type, 'cache-control': 'max-age=600' };
    if (COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      if (!gz.has(file)) gz.set(file, gzipSync(body, { level: 6 }));
      body = gz.get(file)!;
      headers['content-encoding'] = 'gzip';
      headers.vary = 'accept-encoding';
    }
    res.writeHead(status, { ...headers, 'content-length': String(body.length) });
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => {
    const address = server.address();
    resolve({ server, origin: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}` });
  }));
}

// ---------------------------------------------------------------------------------------------
// In the browser

interface QueryRun {
  query: string;
  results: number;
  /** Response bodies under /pagefind/, as transferred (text gzip-compressed by the server). */
  bytes: number;
  requests: number;
  /** Of which Pagefind's own code (pagefind.js, its wasm): the same for every corpus size. */
  codeBytes: number;
  /**
   * What the same query costs once the visit has Pagefind's code and metadata (pagefind.js,
   * wasm, entry, pf_meta): its index chunks, filters and result fragments.
   */
  laterBytes: number;
  /** Every file fetched, with its size. */
  files: { url: string; bytes: number }[];
}

async function measureQuery(browser: Browser, origin: string, query: string): Promise<QueryRun> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(origin + BLANK_PAGE);
  const sizes: Promise<{ url: string; bytes: number }>[] = [];
  page.on('requestfinished', (request) => {
    const url = new URL(request.url());
    if (url.pathname.startsWith('/pagefind/')) sizes.push(request.sizes().then((s) => ({ url: url.pathname, bytes: s.responseBodySize })));
  });
  const results = await page.evaluate(
    async ({ query, shown }) => {
      const bundle = '/pagefind/pagefind.js';
      const pagefind = await import(bundle);
      await pagefind.options({ noWorker: true });
      await pagefind.init();
      const search = await pagefind.search(query);
      await Promise.all(search.results.slice(0, shown).map((r: { data: () => Promise<unknown> }) => r.data()));
      return search.results.length as number;
    },
    { query, shown: RESULTS_SHOWN },
  );
  await page.waitForLoadState('networkidle');
  const files = await Promise.all(sizes);
  await context.close();
  const code = files.filter((f) => /\/pagefind\.js$|\/wasm\.[^/]*\.pagefind$/.test(f.url));
  return {
    query,
    results,
    bytes: files.reduce((n, f) => n + f.bytes, 0),
    requests: files.length,
    codeBytes: code.reduce((n, f) => n + f.bytes, 0),
    laterBytes: files.filter((f) => /^\/pagefind\/(index|fragment|filter)\//.test(f.url)).reduce((n, f) => n + f.bytes, 0),
    files,
  };
}

interface FirstView {
  url: string;
  /** gzip -9 of the HTML and of each same-origin stylesheet and script it loads. */
  gzipBytes: number;
  htmlGzipBytes: number;
  cssGzipBytes: number;
  jsGzipBytes: number;
  scripts: number;
  /** Other same-origin files (images, fonts), gzip -9, not in the total. */
  otherGzipBytes: number;
  /** The scripts it loads. */
  scriptUrls: string[];
}

async function measureFirstView(browser: Browser, origin: string, url: string): Promise<FirstView> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const responses: Response[] = [];
  page.on('response', (r) => responses.push(r));
  await page.goto(origin + url, { waitUntil: 'load' });
  await page.waitForLoadState('networkidle');
  const view: FirstView = { url, gzipBytes: 0, htmlGzipBytes: 0, cssGzipBytes: 0, jsGzipBytes: 0, scripts: 0, otherGzipBytes: 0, scriptUrls: [] };
  for (const r of responses) {
    if (!r.url().startsWith(origin) || r.status() >= 300) continue;
    const size = gzipSync(await r.body(), { level: 9 }).length;
    const type = r.request().resourceType();
    if (type === 'document') view.htmlGzipBytes += size;
    else if (type === 'stylesheet') view.cssGzipBytes += size;
    else if (type === 'script') {
      view.jsGzipBytes += size;
      view.scripts++;
      view.scriptUrls.push(r.url().slice(origin.length));
    } else view.otherGzipBytes += size;
  }
  view.gzipBytes = view.htmlGzipBytes + view.cssGzipBytes + view.jsGzipBytes;
  await context.close();
  return view;
}

// ---------------------------------------------------------------------------------------------
// Lighthouse

interface LighthouseRun {
  page: string;
  url: string;
  /** Median over the runs, per category. */
  scores: Partial<Record<(typeof LH_CATEGORIES)[number], number>>;
  /** Every run's scores: the performance score moves with the machine's load. */
  runs?: LighthouseRun['scores'][];
  /** Lighthouse's own CPU speed reading per run: lower means a busier machine. */
  benchmarkIndex?: number[];
  /** Weighted audits that did not get full marks. */
  failing: string[];
  error?: string;
}

/** Lighthouse `runs` times on one page; the median score per category (as Lighthouse's docs advise), the failing audits of the median-performance run. */
async function lighthouseMedian(origin: string, page: string, url: string, outDir: string, runs: number): Promise<LighthouseRun> {
  const all: LighthouseRun[] = [];
  for (let k = 0; k < runs; k++) all.push(await runLighthouse(origin, page, url, path.join(outDir, `lighthouse-${page}-${k + 1}.json`)));
  const ok = all.filter((r) => !r.error);
  if (ok.length === 0) return all[0]!;
  const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]!;
  const scores: LighthouseRun['scores'] = {};
  for (const c of LH_CATEGORIES) {
    const xs = ok.map((r) => r.scores[c]).filter((x) => x !== undefined);
    if (xs.length) scores[c] = median(xs);
  }
  const representative = ok.find((r) => r.scores.performance === scores.performance) ?? ok[0]!;
  return { page, url, scores, runs: all.map((r) => r.scores), benchmarkIndex: all.flatMap((r) => r.benchmarkIndex ?? []), failing: representative.failing };
}

function runLighthouse(origin: string, page: string, url: string, report: string): Promise<LighthouseRun> {
  const args = [
    LIGHTHOUSE_CLI, origin + url, '--output=json', `--output-path=${report}`, '--quiet',
    `--only-categories=${LH_CATEGORIES.join(',')}`, `--chrome-flags=--headless=new ${CHROME_ARGS.join(' ')}`,
  ];
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { cwd: root, env: { ...process.env, CHROME_PATH: CHROMIUM }, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => {
      if (code !== 0 || !existsSync(report)) {
        resolve({ page, url, scores: {}, failing: [], error: stderr.trim().split('\n').slice(-2).join(' ') || `exit ${code}` });
        return;
      }
      type Lhr = {
        categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
        audits: Record<string, { score: number | null; title: string; displayValue?: string }>;
        environment?: { benchmarkIndex?: number };
      };
      const lhr = JSON.parse(readFileSync(report, 'utf8')) as Lhr;
      const scores: LighthouseRun['scores'] = {};
      const failing: string[] = [];
      for (const c of LH_CATEGORIES) {
        const cat = lhr.categories[c];
        if (!cat) continue;
        scores[c] = Math.round((cat.score ?? 0) * 100);
        for (const ref of cat.auditRefs) {
          const audit = lhr.audits[ref.id];
          if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1)
            failing.push(`${c}: ${ref.id}${audit.displayValue ? ` (${audit.displayValue})` : ''}`);
        }
      }
      const index = lhr.environment?.benchmarkIndex;
      resolve({ page, url, scores, failing, ...(index === undefined ? {} : { benchmarkIndex: [Math.round(index)] }) });
    });
  });
}

// ---------------------------------------------------------------------------------------------
// One corpus size

interface SizeResult {
  articles: number;
  corpus: 'real' | 'synthetic';
  build: BuildRun;
  msPerArticle: number;
  pages: number;
  distBytes: number;
  distFiles: number;
  pagefindBytes: number;
  pagefindDataBytes: number;
  pageUrls: Record<string, string | undefined>;
  /** The largest HTML page of the build. */
  largestPage?: { url: string; bytes: number; gzipBytes: number } | undefined;
  queries: QueryRun[];
  /** Queries through the real /search/ page (bench-search.ts). */
  searchPage?: SearchPageRun[];
  firstView: Partial<Record<'home' | 'article' | 'timeline', FirstView>>;
  lighthouse: LighthouseRun[];
  error?: string;
}

interface SizeOptions {
  seed: number;
  /** Lighthouse runs per page; 0 for none. */
  lighthouseRuns: number;
  cpuProf: boolean;
  browser: () => Promise<Browser>;
}

async function benchSize(n: number, work: string, corpora: string, options: SizeOptions): Promise<SizeResult> {
  const real = n === countRealArticles();
  const corpusDir = real ? path.join(root, 'content') : path.join(corpora, `corpus-${n}`);
  if (!real) {
    process.stdout.write(`bench: writing a synthetic corpus of ${n} articles… `);
    const s = writeSyntheticCorpus({ count: n, dir: corpusDir, seed: options.seed, sourceDir: path.join(root, 'content') });
    console.log(`${s.events} timeline entries`);
  }
  const dist = path.join(work, `dist-${n}`);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    CORPUS_DIR: corpusDir,
    ASTRO_OUT_DIR: dist,
    ASTRO_CACHE_DIR: path.join(work, `cache-${n}`),
    ASTRO_TELEMETRY_DISABLED: '1',
    // The build refuses to run without a public origin; the bench's sites are local ones.
    SITE_URL: process.env.SITE_URL || LOCAL_ORIGIN,
  };
  delete env.BASE_PATH;
  const profDir = path.join(root, 'bench-results', `cpu-prof-${n}`);
  const nodeArgs = options.cpuProf ? ['--cpu-prof', `--cpu-prof-dir=${profDir}`] : [];
  console.log(`bench: building N=${n}…`);
  const build = await whileRunning(runBuild(env, path.join(work, `build-${n}.log`), nodeArgs));
  const result: SizeResult = {
    articles: n,
    corpus: real ? 'real' : 'synthetic',
    build,
    msPerArticle: (build.wallSeconds * 1000) / n,
    pages: 0,
    distBytes: 0,
    distFiles: 0,
    pagefindBytes: 0,
    pagefindDataBytes: 0,
    pageUrls: {},
    queries: [],
    firstView: {},
    lighthouse: [],
  };
  console.log(`bench: N=${n} build ${build.ok ? 'done' : 'FAILED'} in ${build.wallSeconds.toFixed(1)} s, peak RSS ${build.peakTreeRssMB.toFixed(0)} MB`);
  if (!build.ok) {
    result.error = build.tail;
    console.error(build.tail);
    return result;
  }
  const size = folderBytes(dist);
  result.distBytes = size.bytes;
  result.distFiles = size.files;
  result.pages = readdirSync(dist, { recursive: true }).filter((f) => String(f).endsWith('.html')).length;
  result.pagefindBytes = folderBytes(path.join(dist, 'pagefind')).bytes;
  result.pagefindDataBytes = pagefindDataBytes(path.join(dist, 'pagefind'));
  result.pageUrls = pagesOf(dist);
  result.largestPage = largestHtml(dist);

  const { server, origin } = await serve(dist);
  try {
    const browser = await options.browser();
    for (const q of QUERIES) result.queries.push(await measureQuery(browser, origin, q));
    result.searchPage = await measureSearchPage(browser, origin);
    for (const page of ['home', 'article', 'timeline'] as const) {
      const url = result.pageUrls[page];
      if (url) result.firstView[page] = await measureFirstView(browser, origin, url);
    }
    if (options.lighthouseRuns > 0)
      for (const [page, url] of Object.entries(result.pageUrls)) {
        if (!url) continue;
        console.log(`bench: Lighthouse ${page} (${url}) ×${options.lighthouseRuns}…`);
        result.lighthouse.push(await lighthouseMedian(origin, page, url, work, options.lighthouseRuns));
      }
  } finally {
    server.close();
  }
  return result;
}

function countRealArticles(): number {
  return readdirSync(path.join(root, 'content', 'articles')).filter((f) => f.endsWith('.md')).length;
}

// ---------------------------------------------------------------------------------------------
// Targets (issue #7) and the report

interface TargetCheck {
  target: string;
  measured: string;
  met: boolean | undefined;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

function checkTargets(results: SizeResult[]): TargetCheck[] {
  const at = (n: number) => results.find((r) => r.articles === n && r.build.ok);
  const checks: TargetCheck[] = [];
  for (const r of results.filter((x) => x.build.ok)) {
    const view = r.firstView.article;
    checks.push({
      target: `N=${r.articles}: an article's first view ≤ 25 KB compressed, no JavaScript`,
      measured: view ? `${kb(view.gzipBytes)}, ${view.scripts} script(s)` : 'no article page',
      met: view ? view.gzipBytes <= 25 * 1024 && view.scripts === 0 : false,
    });
  }
  const lh = results.filter((r) => r.lighthouse.length > 0);
  for (const r of lh) {
    const missing = Object.entries(r.pageUrls).filter(([, u]) => !u).map(([p]) => p);
    const below = r.lighthouse.flatMap((l) => (l.error ? [`${l.page}: error`] : LH_CATEGORIES.filter((c) => l.scores[c] !== 100).map((c) => `${l.page} ${c} ${l.scores[c] ?? '?'}`)));
    checks.push({
      target: `N=${r.articles}: Lighthouse 100 in all four categories on every page type`,
      measured: [...below, ...missing.map((p) => `${p}: no page`)].join('; ') || 'all 100',
      met: below.length === 0 && missing.length === 0,
    });
  }
  const big = at(1000);
  const worstQuery = big ? Math.max(...big.queries.map((q) => q.bytes)) : undefined;
  checks.push({
    target: 'N=1000: ≤ 100 KB fetched per query',
    measured: worstQuery === undefined ? 'not measured' : `worst ${kb(worstQuery)} as a visit's first query; ${kb(Math.max(...big!.queries.map((q) => q.laterBytes)))} for a later one`,
    met: worstQuery === undefined ? undefined : worstQuery <= 100 * 1024,
  });
  checks.push({
    target: 'N=1000: build ≤ 60 s',
    measured: big ? `${big.build.wallSeconds.toFixed(1)} s` : 'not measured',
    met: big ? big.build.wallSeconds <= 60 : undefined,
  });
  checks.push({
    target: 'N=1000: build peak RSS ≤ 2 GB',
    measured: big ? `${big.build.peakTreeRssMB.toFixed(0)} MB` : 'not measured',
    met: big ? big.build.peakTreeRssMB <= 2048 : undefined,
  });
  // Issue #11: a build that holds at 10,000 articles.
  checks.push({
    target: "N=1000: build CPU ≤ 30 s, Pagefind's process included",
    measured: big ? `${big.build.treeCpuSeconds.toFixed(1)} s (GNU time, without Pagefind: ${big.build.cpuSeconds?.toFixed(1) ?? '—'} s)` : 'not measured',
    met: big ? big.build.treeCpuSeconds <= 30 : undefined,
  });
  checks.push({
    target: 'N=1000: build wall ≤ 40 s on a quiet machine',
    measured: big ? `${big.build.wallSeconds.toFixed(1)} s at load ${big.build.loadAverage.toFixed(2)}` : 'not measured',
    met: big ? big.build.wallSeconds <= 40 : undefined,
  });
  const huge = results.find((r) => r.articles === 10000);
  checks.push({
    target: 'N=10000: the build completes in ≤ 6 min wall',
    measured: huge ? (huge.build.ok ? `${huge.build.wallSeconds.toFixed(1)} s (CPU ${huge.build.treeCpuSeconds.toFixed(1)} s)` : 'FAILED') : 'not measured',
    met: huge ? huge.build.ok && huge.build.wallSeconds <= 360 : undefined,
  });
  checks.push({
    target: 'N=10000: peak RSS of the whole process tree ≤ 4 GB',
    measured: huge ? `${huge.build.peakTreeRssMB.toFixed(0)} MB` : 'not measured',
    met: huge ? huge.build.ok && huge.build.peakTreeRssMB <= 4096 : undefined,
  });
  checks.push({
    target: 'N=10000: ms per article no higher than at N=1000 (wall and CPU)',
    measured: huge?.build.ok && big ? `wall ${huge.msPerArticle.toFixed(1)} vs ${big.msPerArticle.toFixed(1)} ms; CPU ${((huge.build.treeCpuSeconds * 1000) / huge.articles).toFixed(1)} vs ${((big.build.treeCpuSeconds * 1000) / big.articles).toFixed(1)} ms` : 'not measured',
    met: huge?.build.ok && big ? huge.msPerArticle <= big.msPerArticle && huge.build.treeCpuSeconds / huge.articles <= big.build.treeCpuSeconds / big.articles : undefined,
  });
  for (const r of results.filter((x) => x.build.ok)) {
    const v = r.firstView.timeline;
    checks.push({ target: `N=${r.articles}: /timeline/ first view ≤ 100 KB gzip`, measured: v ? kb(v.gzipBytes) : 'no page', met: v ? v.gzipBytes <= 100 * 1024 : false });
  }
  const largest = results.filter((r) => r.build.ok && r.largestPage).sort((a, b) => a.articles - b.articles);
  if (largest.length >= 2) {
    const [small, last] = [largest.at(-2)!, largest.at(-1)!];
    checks.push({
      // Bounded pages: the largest page may differ in content, not grow with N (25 % slack for longer names and dates).
      target: `no page grows with N: the largest page at N=${last.articles} ≤ 1.25 × the largest at N=${small.articles}`,
      measured: `${last.largestPage!.url} ${kb(last.largestPage!.bytes)} (${kb(last.largestPage!.gzipBytes)} gzip) vs ${small.largestPage!.url} ${kb(small.largestPage!.bytes)}`,
      met: last.largestPage!.bytes <= 1.25 * small.largestPage!.bytes,
    });
  }
  const mid = at(100);
  checks.push({
    target: 'ms per article at N=1000 ≤ 1.5 × at N=100',
    measured: big && mid ? `${big.msPerArticle.toFixed(1)} vs ${mid.msPerArticle.toFixed(1)} ms (×${(big.msPerArticle / mid.msPerArticle).toFixed(2)})` : 'not measured',
    met: big && mid ? big.msPerArticle <= 1.5 * mid.msPerArticle : undefined,
  });
  checks.push(...searchPageTargets(big?.searchPage));
  return checks;
}

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length)));
  return rows.map((r, i) => {
    const line = `| ${r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join(' | ')} |`;
    return i === 0 ? `${line}\n|${widths.map((w, c) => (c === 0 ? `${'-'.repeat(w + 1)}-` : `${'-'.repeat(w + 1)}:`)).join('|')}|` : line;
  }).join('\n');
}

function report(results: SizeResult[], checks: TargetCheck[]): string {
  const ok = results;
  const cell = (r: SizeResult, f: (r: SizeResult) => string) => (r.build.ok ? f(r) : 'build failed');
  const fv = (r: SizeResult, p: 'home' | 'article' | 'timeline') => {
    const v = r.firstView[p];
    return v ? `${kb(v.gzipBytes)}${v.scripts ? ` (${v.scripts} JS)` : ''}` : 'no page';
  };
  const rows: string[][] = [
    ['metric', ...ok.map((r) => `N=${r.articles}${r.corpus === 'real' ? ' (real)' : ''}`)],
    ['build wall time', ...ok.map((r) => `${r.build.wallSeconds.toFixed(1)} s`)],
    ['peak RSS (process tree)', ...ok.map((r) => `${r.build.peakTreeRssMB.toFixed(0)} MB`)],
    ['build CPU, whole tree incl. Pagefind', ...ok.map((r) => `${r.build.treeCpuSeconds.toFixed(1)} s`)],
    ['build CPU, GNU time (no Pagefind)', ...ok.map((r) => (r.build.cpuSeconds === undefined ? '—' : `${r.build.cpuSeconds.toFixed(1)} s`))],
    ['CPU / wall', ...ok.map((r) => (r.build.treeCpuSeconds / r.build.wallSeconds).toFixed(2))],
    ['ms per article', ...ok.map((r) => r.msPerArticle.toFixed(1))],
    ['CPU ms per article (tree)', ...ok.map((r) => ((r.build.treeCpuSeconds * 1000) / r.articles).toFixed(1))],
    ['load average at build end', ...ok.map((r) => r.build.loadAverage.toFixed(2))],
    ['HTML pages', ...ok.map((r) => cell(r, (x) => String(x.pages)))],
    ['dist/ size', ...ok.map((r) => cell(r, (x) => `${mb(x.distBytes)} (${x.distFiles} files)`))],
    ['Pagefind folder (index data)', ...ok.map((r) => cell(r, (x) => `${mb(x.pagefindBytes)} (${mb(x.pagefindDataBytes)})`))],
    ...QUERIES.map((q, k) => [`query "${q}": first / later`, ...ok.map((r) => cell(r, (x) => { const m = x.queries[k]; return m ? `${kb(m.bytes)} / ${kb(m.laterBytes)} (${m.results} hits)` : '—'; }))]),
    ['first view: home (gzip -9)', ...ok.map((r) => cell(r, (x) => fv(x, 'home')))],
    ['first view: article (largest)', ...ok.map((r) => cell(r, (x) => fv(x, 'article')))],
    ['first view: timeline', ...ok.map((r) => cell(r, (x) => fv(x, 'timeline')))],
    ['largest page (raw / gzip)', ...ok.map((r) => cell(r, (x) => (x.largestPage ? `${x.largestPage.url} ${kb(x.largestPage.bytes)} / ${kb(x.largestPage.gzipBytes)}` : '—')))],
  ];
  let out = table(rows);
  for (const r of results.filter((x) => x.lighthouse.length > 0)) {
    out += `\n\nLighthouse, N=${r.articles} (mobile, simulated throttling; median of ${r.lighthouse[0]?.runs?.length ?? 1} runs):\n`;
    out += table([
      ['page', ...LH_CATEGORIES],
      ...r.lighthouse.map((l) => [`${l.page} ${l.url}`, ...LH_CATEGORIES.map((c) => (l.error ? 'error' : String(l.scores[c] ?? '—')))]),
    ]);
    const missing = Object.entries(r.pageUrls).filter(([, u]) => !u).map(([p]) => p);
    if (missing.length) out += `\nno page built for: ${missing.join(', ')}`;
    for (const l of r.lighthouse) {
      if (l.error) out += `\n  ${l.page}: ${l.error}`;
      else if (l.failing.length) out += `\n  ${l.page}: ${l.failing.join('; ')}`;
    }
  }
  for (const r of results.filter((x) => x.searchPage)) out += `\n\nThrough /search/, N=${r.articles}:\n  ${describeSearchRuns(r.searchPage!).join('\n  ')}`;
  out += '\n\nTargets (issues #7, #11 and #12):\n';
  for (const c of checks) out += `  ${c.met === undefined ? 'n/a   ' : c.met ? 'met   ' : 'MISSED'}  ${c.target} — ${c.measured}\n`;
  return out;
}

// ---------------------------------------------------------------------------------------------

async function main(): Promise<number> {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    options: {
      sizes: { type: 'string', default: '5,100,1000' },
      lighthouse: { type: 'string', default: '' },
      'lighthouse-runs': { type: 'string', default: '3' },
      seed: { type: 'string', default: '1' },
      keep: { type: 'boolean', default: false },
      'cpu-prof': { type: 'boolean', default: false },
      out: { type: 'string', default: 'bench-results/latest.json' },
    },
  });
  const sizes = values.sizes.split(',').map(Number);
  const lighthouseSizes = new Set(values.lighthouse.split(',').filter(Boolean).map(Number));
  if (sizes.some((n) => !Number.isInteger(n) || n < 1)) {
    console.error('bench: --sizes expects positive integers, e.g. --sizes 5,100,1000');
    return 2;
  }
  if (lighthouseSizes.size > 0 && !existsSync(LIGHTHOUSE_CLI)) {
    console.error('bench: --lighthouse needs the lighthouse package, which `npm install` leaves out; install it with `npm install --no-save lighthouse@13`, or run without --lighthouse.');
    return 2;
  }
  // Everything goes in one .dist-bench-* folder of the project (gitignored, and excluded from
  // type checking): Astro's content layer refuses corpus files outside the project, and with
  // an outDir outside it Astro writes its prerender chunks to the shared ./.astro/, where
  // concurrent builds overwrite each other's.
  const work = mkdtempSync(path.join(root, '.dist-bench-'));
  // Ctrl-C / SIGTERM: the build (and its lock), Chromium and Lighthouse stop; the work folder goes.
  stopOnSignals((why) => `bench: stopped (${why}); no results written${values.keep ? `; the work folder ${work} was kept` : ''}.`);
  onStop(() => {
    if (!values.keep) rmSync(work, { recursive: true, force: true });
  });
  const corpora = work;
  let browser: Browser | undefined;
  const getBrowser = async () => (browser ??= await chromium.launch({ executablePath: CHROMIUM, args: CHROME_ARGS }));
  const results: SizeResult[] = [];
  try {
    for (const n of sizes) {
      const r = await whileRunning(benchSize(n, work, corpora, { seed: Number(values.seed), lighthouseRuns: lighthouseSizes.has(n) ? Number(values['lighthouse-runs']) : 0, cpuProf: values['cpu-prof'], browser: getBrowser }));
      results.push(r);
      // Free the disk between sizes: a 1,000-article dist is large.
      if (!values.keep) for (const f of [path.join(work, `dist-${n}`), path.join(work, `cache-${n}`), path.join(corpora, `corpus-${n}`)]) rmSync(f, { recursive: true, force: true });
    }
  } finally {
    await browser?.close();
    if (!values.keep) rmSync(work, { recursive: true, force: true });
    else console.log(`bench: kept the corpora, builds and reports in ${work}`);
  }
  const checks = checkTargets(results);
  const text = report(results, checks);
  console.log(`\n${text}`);
  const json = {
    date: new Date().toISOString(),
    command: `npm run bench -- --sizes ${sizes.join(',')} --lighthouse ${[...lighthouseSizes].join(',')} --lighthouse-runs ${values['lighthouse-runs']} --seed ${values.seed}`,
    machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model, memoryGB: Math.round(totalmem() / 2 ** 30), node: process.version },
    method: {
      build: 'node src/cli/build.ts as a child process (validate + astro build + Pagefind); wall time from spawn to exit',
      peakRss: 'max over 50 ms samples of the summed VmRSS of the build process tree, or the largest single VmHWM if higher',
      queries: `Chromium, Pagefind noWorker, fresh context per query, first ${RESULTS_SHOWN} results' fragments loaded; bytes = response bodies under /pagefind/ as transferred (text gzip-compressed by the server, Pagefind's own files as written)`,
      firstView: 'Chromium, fresh context; each same-origin HTML/CSS/JS response compressed with zlib gzip level 9 and summed',
      lighthouse: `lighthouse CLI, default mobile config (simulated throttling), categories ${LH_CATEGORIES.join(', ')}; median of ${values['lighthouse-runs']} runs per page`,
    },
    queries: QUERIES,
    results,
    targets: checks,
  };
  mkdirSync(path.dirname(path.resolve(root, values.out)), { recursive: true });
  writeFileSync(path.resolve(root, values.out), `${JSON.stringify(json, null, 2)}\n`);
  console.log(`bench: results written to ${values.out}`);
  return results.every((r) => r.build.ok) ? 0 : 1;
}

process.exitCode = await main();
