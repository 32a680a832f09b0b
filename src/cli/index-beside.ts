/**
 * Whether `npm run build` may index the search beside the Astro step instead of before it.
 * Side by side, the build saves Pagefind's time (about 7 s of 44 at 1,000 articles, when the
 * other core would otherwise wait), but the two processes' memory adds up: at 10,000 articles
 * Astro holds ~3.2 GB and Pagefind with its feeder ~3.75 GB, so there they run one after the
 * other. The choice is made from the sizes of the files the two steps read, with the memory each
 * step was measured to take per megabyte of them (sampled builds of 1,000 and 10,000 articles):
 *   Astro ≈ 690 MB + 3.9 × the model file; Pagefind and its feeder ≈ 180 MB + 28 × the records;
 *   plus ~300 MB for this process and a share-image child.
 */
import { totalmem } from 'node:os';

const MB = 2 ** 20;

/** The environment variable that sets the memory budget, in MB (e.g. a smaller one on a small machine). */
export const MEMORY_BUDGET_ENV = 'BUILD_MEMORY_MB';

/** What is wrong with a BUILD_MEMORY_MB value, in words; undefined when it is unset or a whole number of MB. */
export function memoryBudgetProblem(raw = process.env[MEMORY_BUDGET_ENV]): string | undefined {
  if (raw === undefined || /^[1-9]\d*$/.test(raw.trim())) return undefined;
  return `${MEMORY_BUDGET_ENV} is "${raw}" — expected a whole number of megabytes, e.g. ${MEMORY_BUDGET_ENV}=2048`;
}

/** The memory the build keeps to: BUILD_MEMORY_MB, else the 4 GB or half the machine's memory if that is less. */
export function memoryBudget(raw = process.env[MEMORY_BUDGET_ENV], total = totalmem()): number {
  if (raw !== undefined && !memoryBudgetProblem(raw)) return Number(raw.trim()) * MB;
  return Math.min(4096 * MB, total / 2);
}

/** The estimated peak, in bytes, of the Astro step and the indexing run side by side. */
export function besidePeak(modelBytes: number, recordBytes: number): number {
  return (690 + 180 + 300) * MB + 3.9 * modelBytes + 28 * recordBytes;
}

export function indexBesideAstro(modelBytes: number, recordBytes: number, budget = memoryBudget()): boolean {
  return besidePeak(modelBytes, recordBytes) <= budget;
}

/** What makes the build index the search before the pages for these sizes, in words. */
export function indexBefore(modelBytes: number, recordBytes: number): string {
  return `${MEMORY_BUDGET_ENV}=${Math.ceil(besidePeak(modelBytes, recordBytes) / MB) - 1} or less makes the build index the search before the pages, not beside them`;
}

const gb = (bytes: number) => `${(bytes / 2 ** 30).toFixed(1)} GB`;

/** The line `npm run build` prints about the choice. */
export function scheduleLine(modelBytes: number, recordBytes: number, budget = memoryBudget()): string {
  const peak = besidePeak(modelBytes, recordBytes);
  return indexBesideAstro(modelBytes, recordBytes, budget)
    ? `build: indexing the search beside the pages (estimated peak ${gb(peak)}, within the ${gb(budget)} budget)`
    : `build: indexing the search before the pages (side by side they would need an estimated ${gb(peak)}, over the ${gb(budget)} budget set by ${MEMORY_BUDGET_ENV} or the machine)`;
}
