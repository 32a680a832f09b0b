/**
 * `npm run build`: validate the corpus, build the site into a staging folder, index it with
 * Pagefind, and only then swap it in as dist/. A failed build prints what went wrong (no
 * stack trace) and leaves the previous dist/ untouched.
 */
import { existsSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { runValidate } from './validate.ts';
import { indexSite } from './search-index.ts';

const root = process.cwd();
// ASTRO_OUT_DIR moves the whole output (astro preview reads it too); staging sits beside it.
const dist = path.resolve(root, process.env.ASTRO_OUT_DIR ?? 'dist');
const stage = `${dist}-next`;
const previous = `${dist}-prev`;

async function main(): Promise<number> {
  if (runValidate() !== 0) {
    console.error('build: stopped — fix the corpus errors above; dist/ was left as it was.');
    return 1;
  }
  rmSync(stage, { recursive: true, force: true });
  const started = performance.now();
  try {
    const { build } = await import('astro');
    await build({ root, outDir: stage, logLevel: process.env.ASTRO_LOG_LEVEL === 'info' ? 'info' : 'warn' });
    const stats = await indexSite(stage);
    rmSync(previous, { recursive: true, force: true });
    if (existsSync(dist)) renameSync(dist, previous);
    renameSync(stage, dist);
    rmSync(previous, { recursive: true, force: true });
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(`build: site and search index (${stats.pages} pages) written to ${path.relative(root, dist) || dist} in ${seconds} s`);
    return 0;
  } catch (err) {
    rmSync(stage, { recursive: true, force: true });
    const message = err instanceof Error ? err.message : String(err);
    console.error(`build: failed — ${message}\nbuild: dist/ was left as it was.`);
    return 1;
  }
}

process.exitCode = await main();
