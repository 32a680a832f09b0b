/** The Node options of the Astro step of `npm run build` (src/cli/build.ts). */
import { totalmem } from 'node:os';

/**
 * How the Astro step's heap is collected, unless NODE_OPTIONS says otherwise. At 10,000 articles
 * the model and its views are a heap of ~1.7 GB that every full collection walks again:
 * - its limit: Node caps the heap at about 4 GB whatever the machine has; the step reached that
 *   cap and then spent its time collecting garbage (20,000 of 45,000 pages in 13 minutes, then
 *   almost no progress). Half the machine's memory, at most 8 GB;
 * - when it is collected: each page's HTML becomes a byte buffer outside the heap, and V8 starts
 *   a full collection whenever such "external" memory has grown by 64 MB, every ~3 s there (45
 *   full collections of 1.5 s each in one build). Counted with the heap instead, and the heap let
 *   grow by a fifth before the next one, the step took 172 s and 201 s of CPU instead of 211 s
 *   and 287 s, with 3.2 GB of RSS instead of 3.0 (the external memory counted without the fixed
 *   growth took it to 5.6 GB). By 40 %, the step alone took 157 s and 3.4 GB, but the whole
 *   10,000-article bench 398 s, between the 363 s and 437 s of two runs by 20 %: not told apart
 *   on this machine, so the one that holds less memory.
 */
export function astroHeapArgs(options = process.env.NODE_OPTIONS ?? '', total = totalmem()): string[] {
  const args = /--external-memory-accounted|--heap-growing-percent/.test(options) ? [] : ['--external-memory-accounted-in-global-limit', '--heap-growing-percent=20'];
  if (/--max-old-space-size/.test(options)) return args;
  const mb = Math.min(8192, Math.floor(total / 2 ** 20 / 2));
  return mb > 4096 ? [...args, `--max-old-space-size=${mb}`] : args;
}
