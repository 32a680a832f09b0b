/**
 * `astro build` into the folder given as the first argument, from the model file named by
 * CORPUS_MODEL_FILE. build.ts runs this as a child process after prepare.ts has ended, so that
 * the two never hold their copies of the model at once. Errors are printed without a stack trace.
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
