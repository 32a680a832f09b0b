/**
 * `astro build` into the folder given as the first argument. build.ts runs this as a child
 * process so that Astro's memory is returned to the system before Pagefind indexes the site
 * (together they went past 2 GB at 1,000 articles). Errors are printed without a stack trace.
 */
import { build } from 'astro';

const outDir = process.argv[2];
if (!outDir) {
  console.error('astro-build: usage: node src/cli/astro-build.ts <output folder>');
  process.exit(2);
}
try {
  await build({ root: process.cwd(), outDir, logLevel: process.env.ASTRO_LOG_LEVEL === 'info' ? 'info' : 'warn' });
} catch (err) {
  console.error(`build: astro build failed — ${err instanceof Error ? err.message : String(err)}`);
  process.exitCode = 1;
}
