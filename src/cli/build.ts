/**
 * `npm run build`: validate the corpus and write its model and search records (prepare.ts),
 * index the records (index-search.ts) and build the site from the model into a staging folder
 * (astro-build.ts), one after the other, or side by side when the two fit the memory budget
 * (index-beside.ts), while the share images are drawn beside them (share-cards.ts); put the
 * index and the images in it, and only then swap it in as dist/. Each step runs in a process of
 * its own, so the build's memory peaks at the largest step's (or the pair's, within the budget),
 * and this one never holds the model.
 * A failed build prints what went wrong (no stack trace) and leaves the previous dist/ untouched.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { spawn, type StdioOptions } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { IndexStats } from './search-index.ts';
import { acquireBuildLock, releaseBuildLock } from './build-lock.ts';
import { onStop, stopOnSignals, whileRunning } from './signals.ts';
import { outDirProblem } from './out-dir.ts';
import { indexBefore, indexBesideAstro, memoryBudgetProblem, scheduleLine } from './index-beside.ts';
import { astroHeapArgs } from './astro-heap.ts';
import { siteUrlProblem } from '../site/origin.ts';
import { MODEL_FILE_ENV } from '../corpus/model-file.ts';
import { writeShareImages } from './share-cards.ts';
import { SHARE_CARDS_READY, workFiles } from './work-files.ts';
import { SHARE_IMAGES_BY_BUILD_ENV } from '../site/share-cards.ts';
import { DOWNLOADS_BY_BUILD_ENV } from '../site/data-files.ts';
import { REFERENCES_BY_BUILD_ENV } from '../site/references.ts';
import { SEARCH_FACETS_BY_BUILD_ENV } from '../site/search-facets.ts';

const root = process.cwd();
// ASTRO_OUT_DIR moves the whole output (astro preview reads it too); staging sits beside it.
const dist = path.resolve(root, process.env.ASTRO_OUT_DIR ?? 'dist');
const stage = `${dist}-next`;
/** The search index is written here before the site is built (Astro would clear it from the staging folder), then moved in. */
const indexDir = `${dist}-index`;
/** The share images are written here while Astro builds (it would clear them from the staging folder), then moved in. */
const shareDir = `${dist}-share`;
/** The downloads of /data/, written by prepare.ts, then moved in (src/site/data-files.ts). */
const dataDir = `${dist}-data`;
const previous = `${dist}-prev`;
// As the user would type it: relative inside the project, absolute elsewhere (a temporary folder).
const shown = `${path.relative(root, dist).startsWith('..') ? dist : path.relative(root, dist) || dist}/`;

/** Replaces dist/ with the staged build; if the last rename fails, the previous dist/ is put back. */
function swapIn(staged: string): void {
  rmSync(previous, { recursive: true, force: true });
  const hadDist = existsSync(dist);
  if (hadDist) renameSync(dist, previous);
  try {
    renameSync(staged, dist);
  } catch (err) {
    if (hadDist) renameSync(previous, dist);
    throw err;
  }
  rmSync(previous, { recursive: true, force: true });
}

/**
 * Variables Astro reads as `import.meta.env.*` straight from the environment. Left over from a
 * parent process (a test runner on Vite sets BASE_URL and SITE; some CI systems set BASE_URL),
 * they would override the base path and address this build takes from BASE_PATH and SITE_URL.
 */
const ASTRO_ENV_KEYS = ['SITE', 'BASE_URL', 'ASSETS_PREFIX'];

/** How a step's process ended: its exit code, or the signal that ended it. */
type StepEnd = number | NodeJS.Signals;

/**
 * Runs a Node script as a child process with this one's output; resolves with how it ended.
 * With `onMessage`, the child gets an IPC channel and its messages are passed on.
 */
function runNodeScript(script: string, args: string[], env: NodeJS.ProcessEnv = {}, nodeArgs: string[] = [], onMessage?: (message: unknown) => void, signal?: AbortSignal): Promise<StepEnd> {
  return new Promise((resolve, reject) => {
    const inherited = Object.fromEntries(Object.entries(process.env).filter(([k]) => !ASTRO_ENV_KEYS.includes(k)));
    const stdio: StdioOptions = onMessage ? ['inherit', 'inherit', 'inherit', 'ipc'] : 'inherit';
    const child = spawn(process.execPath, [...nodeArgs, script, ...args], { stdio, env: { ...inherited, ...env }, signal });
    if (onMessage) child.on('message', onMessage);
    // Ended by `signal`, the child is gone: that is its end, not a failure to start.
    child.on('error', (err) => (signal?.aborted ? undefined : reject(err)));
    child.on('close', (code, ended) => resolve(code ?? ended ?? 1));
  });
}

/**
 * The error a failed step is reported with. A step that failed printed why (above); one ended
 * by a signal printed nothing, so the line says what ended it, and for SIGKILL (how the system's
 * out-of-memory killer ends a process) what to try.
 */
function stepFailed(what: string, end: StepEnd, killedHint = ''): Error {
  if (typeof end === 'number') return new Error(`${what} (see above)`);
  return new Error(`${what}: its process was ended by ${end}${end === 'SIGKILL' ? ` (so the system ends a process when memory runs out${killedHint})` : ''}`);
}

// Stopped (Ctrl-C, SIGTERM, npm killed): the children end, the staging folder goes, the lock is
// released, and the previous dist/ stays — the swap below never runs once a stop is requested.
stopOnSignals((why) => `build: stopped (${why}); ${shown} was left as it was.`);
let staging = false;
/** The temporary folder the steps hand their files through (the model alone is 640 MB at 10,000 articles). */
let workDir: string | undefined;
onStop(() => {
  if (workDir) rmSync(workDir, { recursive: true, force: true });
  // Only a build holding the lock owns the staging folder (another may be waiting for it).
  if (staging) for (const dir of [stage, indexDir, shareDir, dataDir]) rmSync(dir, { recursive: true, force: true });
  releaseBuildLock(root);
});

async function main(): Promise<number> {
  // Settings that would make a wrong site (or no site) refused before any work, in one line.
  const setting = siteUrlProblem(process.env.SITE_URL) ?? outDirProblem(root, dist) ?? memoryBudgetProblem();
  if (setting) {
    console.error(`build: ${setting}.`);
    return 1;
  }
  const release = await whileRunning(acquireBuildLock(root));
  staging = true;
  for (const dir of [stage, indexDir, shareDir, dataDir]) rmSync(dir, { recursive: true, force: true });
  const started = performance.now();
  // The model the validator builds is the one the pages and the search index are made from: built once.
  const work = mkdtempSync(path.join(tmpdir(), 'corpus-build-'));
  workDir = work;
  const files = workFiles(work);
  const stopCards = new AbortController();
  const stopIndex = new AbortController();
  let indexing: Promise<StepEnd> | undefined;
  // The share images are drawn on the cores the steps leave idle (each runs on about one):
  // beside prepare.ts from the moment it has listed them (it then still checks and renders the
  // bodies), paused while the search is indexed before the pages (at 10,000 articles Pagefind's
  // 3.3 GB, its feeder's ~0.4 GB and a drawing process would pass 4 GB), then beside the Astro
  // step (and the index, when the two run side by side within the memory budget) and on
  // every core once it is done. A paused child finishes its card, so the next round goes on.
  let drawing: Promise<void> | undefined;
  const draw = (until: Promise<unknown>, signal: AbortSignal) => {
    if (!existsSync(files.shareCards)) return;
    drawing = writeShareImages(files.shareCards, shareDir, work, until, signal);
    // Its failure is handled where it is awaited; not a crash before.
    drawing.catch(() => undefined);
  };
  try {
    const pause = new AbortController();
    const prepareRun = runNodeScript(fileURLToPath(new URL('./prepare.ts', import.meta.url)), [work, dataDir], {}, [], (message) => {
      if (message === SHARE_CARDS_READY && !drawing && !pause.signal.aborted) draw(prepareEnded, AbortSignal.any([pause.signal, stopCards.signal]));
    });
    const prepareEnded = prepareRun.finally(() => pause.abort());
    const prepared = await whileRunning(prepareRun);
    await drawing?.catch(() => undefined);
    if (prepared === 1) {
      console.error(`build: stopped — fix the corpus errors above; ${shown} was left as it was.`);
      return 1;
    }
    if (prepared !== 0) throw stepFailed('the model, the search records, the references or the downloads could not be written', prepared);
    // The search is indexed before the Astro step, or beside it when both fit the memory budget (src/cli/index-beside.ts).
    const indexRun = () => runNodeScript(fileURLToPath(new URL('./index-search.ts', import.meta.url)), [work, indexDir], {}, [], undefined, stopIndex.signal);
    const indexFailed = 'the search index could not be written';
    const sizes = [statSync(files.model).size, statSync(files.searchRecords).size] as const;
    console.log(scheduleLine(...sizes));
    if (!indexBesideAstro(...sizes)) {
      const indexed = await whileRunning(indexRun());
      if (indexed !== 0) throw stepFailed(indexFailed, indexed);
    } else {
      indexing = indexRun();
      // Its failure is handled where it is awaited; not a crash before.
      indexing.catch(() => undefined);
    }
    const astroEnv = { [MODEL_FILE_ENV]: files.model, [DOWNLOADS_BY_BUILD_ENV]: files.downloadSizes, [REFERENCES_BY_BUILD_ENV]: files.references, [SEARCH_FACETS_BY_BUILD_ENV]: files.searchFacets, ...(existsSync(files.shareCards) ? { [SHARE_IMAGES_BY_BUILD_ENV]: '1' } : {}) };
    const astroRun = runNodeScript(fileURLToPath(new URL('./astro-build.ts', import.meta.url)), [stage], astroEnv, astroHeapArgs());
    draw(astroRun, stopCards.signal);
    const astro = await whileRunning(astroRun);
    if (astro !== 0) throw stepFailed('the site could not be built', astro);
    const indexed = indexing && (await whileRunning(indexing));
    if (indexed !== undefined && indexed !== 0) throw stepFailed(indexFailed, indexed, `; ${indexBefore(...sizes)}`);
    if (drawing) await whileRunning(drawing);
    if (existsSync(shareDir)) renameSync(shareDir, path.join(stage, 'share'));
    for (const file of readdirSync(dataDir)) renameSync(path.join(dataDir, file), path.join(stage, 'data', file));
    const stats = JSON.parse(readFileSync(files.indexStats, 'utf8')) as IndexStats;
    renameSync(path.join(indexDir, 'pagefind'), path.join(stage, 'pagefind'));
    swapIn(stage);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const kinds = Object.entries(stats.byKind).map(([k, n]) => `${n} ${k}`).join(', ');
    console.log(`build: site and search index (${stats.records} records: ${kinds}; ${(stats.bytes / 1024).toFixed(0)} KB) written to ${shown} in ${seconds} s`);
    return 0;
  } catch (err) {
    rmSync(stage, { recursive: true, force: true });
    const message = err instanceof Error ? err.message : String(err);
    console.error(`build: failed — ${message}\nbuild: ${shown} was left as it was.`);
    return 1;
  } finally {
    // A failed or refused build ends the drawing before its folder goes (a finished one is over).
    stopCards.abort();
    stopIndex.abort();
    await drawing?.catch(() => undefined);
    await indexing?.catch(() => undefined);
    rmSync(indexDir, { recursive: true, force: true });
    rmSync(shareDir, { recursive: true, force: true });
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(work, { recursive: true, force: true });
    release();
  }
}

process.exitCode = await main();
